import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDepartmentDocument,
  CreateProjectDocument,
  CreateProjectYearDocument,
  ProjectByIdDocument,
  UpdateDepartmentDocument,
  UpdateProjectDocument,
  type CreateProjectInput,
  type CreateProjectYearInput,
} from '../schema/generated/graphql.js';
import { departmentId, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type TestApp } from './helpers/test-app.js';

let app: TestApp;
let finance: string;
beforeAll(async () => {
  app = await startTestApp();
  finance = await departmentId(app, '370406', 'FIN');
});
afterAll(() => app?.close());

const validProject = (): CreateProjectInput => ({
  departmentId: finance,
  code: 'P2024001',
  name: '城区道路维修',
  kindCode: '31',
});

const validYear = (projectId: string): CreateProjectYearInput => ({
  projectId,
  fiscalYear: 2024,
  budgetType: 'GENERAL_PUBLIC',
  requestedAmount: '1250000.50',
});

describe('creating and changing projects', () => {
  let projectId: string;

  it('creates a library entry and a budget year with an exact amount', async () => {
    const created = await app.request(CreateProjectDocument, { input: validProject() }, AS.shantingAdmin);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProject).toMatchObject({ code: 'P2024001', nature: 'NEW', termYears: 1, version: 1, tenant: { code: '370406' } });
    projectId = created.data!.createProject.id;
    const year = await app.request(CreateProjectYearDocument, { input: validYear(projectId) }, AS.shantingAdmin);
    expect(year.data!.createProjectYear).toMatchObject({ status: 'DRAFT', requestedAmount: '1250000.50', approvedAmount: '0.00' });
    const [row] = await app.sql('select requested_amount::text as amount from project_year where id = $1', [year.data!.createProjectYear.id]);
    expect(row.amount).toBe('1250000.50');
  });

  it.each([
    ['an unknown project kind', { kindCode: '99' }, 'kindCode'],
    ['an empty code', { code: '' }, 'code'],
    ['a code with spaces', { code: 'P 1' }, 'code'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a term of 0 years', { termYears: 0 }, 'termYears'],
    ['an unknown nature', { nature: 'OLD' as never }, 'nature'],
    ['a department id that is not an id', { departmentId: 'finance' }, 'departmentId'],
    ['a department that does not exist', { departmentId: '00000000-0000-4000-8000-000000000000' }, 'departmentId'],
  ])('when a project has %s, it fails with BAD_USER_INPUT naming the field and writes nothing', async (_what, change, field) => {
    const before = await snapshot(app);
    const result = await app.request(CreateProjectDocument, { input: { ...validProject(), code: 'NEW1', ...change } }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(field);
    expect(await snapshot(app)).toBe(before);
  });

  it.each([
    ['a negative amount', { requestedAmount: '-5.00' }, 'requestedAmount'],
    ['an amount with three decimals', { requestedAmount: '12.345' }, 'requestedAmount'],
    ['an amount that is a float', { requestedAmount: 12.5 as unknown as string }, 'requestedAmount'],
    ['an amount too large for numeric(18,2)', { requestedAmount: '12345678901234567.00' }, 'requestedAmount'],
    ['an unknown budget type', { budgetType: 'LOTTERY' as never }, 'budgetType'],
    ['a fiscal year out of range', { fiscalYear: 1999 }, 'fiscalYear'],
    ['a negative previous-year amount', { previousYearAmount: '-1' }, 'previousYearAmount'],
    ['a project that does not exist', { projectId: '00000000-0000-4000-8000-000000000000' }, 'projectId'],
  ])('when a budget year has %s, it fails with BAD_USER_INPUT naming the field and writes nothing', async (_what, change, field) => {
    const before = await snapshot(app);
    const result = await app.request(CreateProjectYearDocument, { input: { ...validYear(projectId), fiscalYear: 2030, ...change } }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(field);
    expect(await snapshot(app)).toBe(before);
  });

  it('a code already used fails with BAD_USER_INPUT on code; a second budget for the same year on fiscalYear', async () => {
    const before = await snapshot(app);
    const project = await app.request(CreateProjectDocument, { input: validProject() }, AS.shantingAdmin);
    expect(project.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const year = await app.request(CreateProjectYearDocument, { input: validYear(projectId) }, AS.shantingAdmin);
    expect(year.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fiscalYear' });
    expect(await snapshot(app)).toBe(before);
  });

  it('an update with the version read succeeds; a stale version fails with CONFLICT and changes nothing', async () => {
    const first = await app.request(UpdateProjectDocument, { input: { id: projectId, version: 1, name: '城区道路维修（一期）' } }, AS.shantingAdmin);
    expect(first.data!.updateProject).toMatchObject({ name: '城区道路维修（一期）', version: 2 });

    const before = await snapshot(app);
    const stale = await app.request(UpdateProjectDocument, { input: { id: projectId, version: 1, name: '旧' } }, AS.shantingAdmin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/changed by someone else/);
    expect(await snapshot(app)).toBe(before);
    const read = await app.request(ProjectByIdDocument, { id: projectId }, AS.shantingAdmin);
    expect(read.data!.project).toMatchObject({ name: '城区道路维修（一期）', version: 2 });
  });

  it.each([
    ['an unknown project', { id: '00000000-0000-4000-8000-000000000000', version: 1 }, 'NOT_FOUND'],
    ['version 0', { id: '00000000-0000-4000-8000-000000000000', version: 0 }, 'BAD_USER_INPUT'],
    ['a blank name', { id: '00000000-0000-4000-8000-000000000000', version: 1, name: ' ' }, 'BAD_USER_INPUT'],
  ])('when an update names %s, it fails with %s', async (_what, input, code) => {
    const before = await snapshot(app);
    const result = await app.request(UpdateProjectDocument, { input }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await snapshot(app)).toBe(before);
  });
});

describe('creating and changing departments', () => {
  it('adds a unit under a department; it is not first-level', async () => {
    const result = await app.request(CreateDepartmentDocument, { input: { code: 'FIN-PERF', name: '绩效管理股', parentId: finance } }, AS.shantingAdmin);
    expect(result.data!.createDepartment).toMatchObject({ code: 'FIN-PERF', isFirstLevel: false, parent: { code: 'FIN' }, version: 1 });
  });

  it.each([
    ['a duplicate code', { code: 'FIN', name: '重复' }, 'code'],
    ['an unknown parent', { code: 'NEW', name: '新', parentId: '00000000-0000-4000-8000-000000000000' }, 'parentId'],
    ['an empty name', { code: 'NEW', name: '' }, 'name'],
    ['a code of 22 characters', { code: 'A'.repeat(22), name: '长' }, 'code'],
  ])('when the input has %s, it fails naming %s and writes nothing', async (_what, input, field) => {
    const before = await snapshot(app);
    const result = await app.request(CreateDepartmentDocument, { input }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot(app)).toBe(before);
  });

  it('renames with the current version and refuses a stale one', async () => {
    const renamed = await app.request(UpdateDepartmentDocument, { input: { id: finance, version: 1, name: '山亭区财政局（新）' } }, AS.shantingAdmin);
    expect(renamed.data!.updateDepartment).toMatchObject({ name: '山亭区财政局（新）', version: 2 });
    const stale = await app.request(UpdateDepartmentDocument, { input: { id: finance, version: 1, name: '旧名' } }, AS.shantingAdmin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
