import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDepartmentDocument,
  CreateProjectDocument,
  ProjectByIdDocument,
  UpdateDepartmentDocument,
  UpdateProjectDocument,
  type CreateProjectInput,
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
  fiscalYear: 2024,
  kindCode: '31',
  budgetType: 'GENERAL_PUBLIC',
  approvedAmount: '1250000.50',
});

describe('creating and changing projects', () => {
  it('creates a project with an exact amount and reads it back', async () => {
    const created = await app.request(CreateProjectDocument, { input: validProject() }, AS.shantingAdmin);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProject).toMatchObject({ code: 'P2024001', approvedAmount: '1250000.50', version: 1, tenant: { code: '370406' } });
    const [row] = await app.sql('select approved_amount::text as amount from project where id = $1', [created.data!.createProject.id]);
    expect(row.amount).toBe('1250000.50');
  });

  it.each([
    ['a negative amount', { approvedAmount: '-5.00' }, 'approvedAmount'],
    ['an amount with three decimals', { approvedAmount: '12.345' }, 'approvedAmount'],
    ['an amount that is a float', { approvedAmount: 12.5 as unknown as string }, 'approvedAmount'],
    ['an amount too large for numeric(18,2)', { approvedAmount: '12345678901234567.00' }, 'approvedAmount'],
    ['an unknown budget type', { budgetType: 'LOTTERY' as never }, 'budgetType'],
    ['an unknown project kind', { kindCode: '99' }, 'kindCode'],
    ['a fiscal year out of range', { fiscalYear: 1999 }, 'fiscalYear'],
    ['an empty code', { code: '' }, 'code'],
    ['a code with spaces', { code: 'P 1' }, 'code'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a department id that is not an id', { departmentId: 'finance' }, 'departmentId'],
    ['a department that does not exist', { departmentId: '00000000-0000-4000-8000-000000000000' }, 'departmentId'],
  ])('when the input has %s, it fails with BAD_USER_INPUT naming the field and writes nothing', async (_what, change, field) => {
    const before = await snapshot(app);
    const result = await app.request(CreateProjectDocument, { input: { ...validProject(), code: 'NEW1', ...change } }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(field);
    expect(await snapshot(app)).toBe(before);
  });

  it('a code already used in the same year fails with BAD_USER_INPUT on code', async () => {
    const before = await snapshot(app);
    const result = await app.request(CreateProjectDocument, { input: validProject() }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await snapshot(app)).toBe(before);
  });

  it('the same code in another fiscal year is a different project', async () => {
    const result = await app.request(CreateProjectDocument, { input: { ...validProject(), fiscalYear: 2025 } }, AS.shantingAdmin);
    expect(result.errors).toBeUndefined();
  });

  it('an update with the version read succeeds; a stale version fails with CONFLICT and changes nothing', async () => {
    const created = await app.request(CreateProjectDocument, { input: { ...validProject(), code: 'P2024002' } }, AS.shantingAdmin);
    const id = created.data!.createProject.id;
    const first = await app.request(UpdateProjectDocument, { input: { id, version: 1, approvedAmount: '999.99' } }, AS.shantingAdmin);
    expect(first.data!.updateProject).toMatchObject({ approvedAmount: '999.99', version: 2 });

    const before = await snapshot(app);
    const stale = await app.request(UpdateProjectDocument, { input: { id, version: 1, approvedAmount: '1.00' } }, AS.shantingAdmin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/changed by someone else/);
    expect(await snapshot(app)).toBe(before);
    const read = await app.request(ProjectByIdDocument, { id }, AS.shantingAdmin);
    expect(read.data!.project).toMatchObject({ approvedAmount: '999.99', version: 2 });
  });

  it.each([
    ['an unknown project', { id: '00000000-0000-4000-8000-000000000000', version: 1 }, 'NOT_FOUND'],
    ['version 0', { id: '00000000-0000-4000-8000-000000000000', version: 0 }, 'BAD_USER_INPUT'],
    ['a negative amount', { id: '00000000-0000-4000-8000-000000000000', version: 1, approvedAmount: '-1' }, 'BAD_USER_INPUT'],
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
