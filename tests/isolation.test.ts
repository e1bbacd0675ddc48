import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDepartmentDocument,
  CreateProjectDocument,
  DepartmentByIdDocument,
  DepartmentsDocument,
  DepartmentsWithProjectsDocument,
  MeDocument,
  ProjectByIdDocument,
  ProjectsDocument,
  TenantByCodeDocument,
  TenantsDocument,
  UpdateDepartmentDocument,
  UpdateProjectDocument,
} from '../schema/generated/graphql.js';
import { departmentId, insertProjects, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type TestApp, type TokenSpec } from './helpers/test-app.js';

let app: TestApp;
const ids: Record<string, string[]> = {};
let laiwuWaterDept: string;
let laiwuStatsDept: string;

beforeAll(async () => {
  app = await startTestApp();
  ids.shanting = await insertProjects(app, { tenant: '370406', department: 'FIN', count: 3, prefix: 'ST' });
  ids.laiwuWater = await insertProjects(app, { tenant: '370116', department: 'SW', count: 2, prefix: 'SW' });
  ids.laiwuStats = await insertProjects(app, { tenant: '370116', department: 'TJ', count: 2, prefix: 'TJ' });
  ids.shilou = await insertProjects(app, { tenant: '141126', department: 'FIN', count: 2, prefix: 'SL' });
  laiwuWaterDept = await departmentId(app, '370116', 'SW');
  laiwuStatsDept = await departmentId(app, '370116', 'TJ');
});
afterAll(() => app?.close());

async function tenantCodes(as: TokenSpec) {
  const result = await app.request(TenantsDocument, { first: 100 }, as);
  return result.data!.tenants.nodes.map((t) => t.code);
}

async function projectCodes(as: TokenSpec, filter?: { tenantCode?: string; departmentId?: string }) {
  const result = await app.request(ProjectsDocument, { first: 100, filter }, as);
  expect(result.errors).toBeUndefined();
  return result.data!.projects.nodes.map((p) => p.code);
}

describe('what each role sees in lists', () => {
  it.each([
    ['a 山亭 county admin', AS.shantingAdmin, ['370406']],
    ['a 山东 province analyst', AS.shandongAnalyst, ['370116', '370406']],
    ['a 山东 province admin', AS.shandongAdmin, ['370116', '370406']],
    ['a 山东 BI reader', AS.shandongBi, ['370116', '370406']],
    ['a 莱芜 BI reader', AS.laiwuBi, ['370116']],
    ['a 莱芜 department user', AS.laiwuWaterUser, ['370116']],
    ['a 石楼 county admin', AS.shilouAdmin, ['141126']],
  ])('when %s lists tenants, it sees only its own', async (_who, as, expected) => {
    expect(await tenantCodes(as)).toEqual(expected);
  });

  it('a province token for 37 sees 山亭区 and 莱芜区 projects, not 石楼县', async () => {
    const codes = await projectCodes(AS.shandongAnalyst);
    expect(codes).toEqual(['ST0001', 'ST0002', 'ST0003', 'SW0001', 'SW0002', 'TJ0001', 'TJ0002']);
  });

  it('a county admin lists only its own departments and projects', async () => {
    const departments = await app.request(DepartmentsDocument, { first: 100 }, AS.shantingAdmin);
    expect(new Set(departments.data!.departments.nodes.map((d) => d.tenant.code))).toEqual(new Set(['370406']));
    expect(await projectCodes(AS.shantingAdmin)).toEqual(['ST0001', 'ST0002', 'ST0003']);
  });

  it('a department user lists only its department’s projects but every department of its tenant', async () => {
    expect(await projectCodes(AS.laiwuWaterUser)).toEqual(['SW0001', 'SW0002']);
    const departments = await app.request(DepartmentsDocument, { first: 100 }, AS.laiwuWaterUser);
    expect(departments.data!.departments.nodes.map((d) => d.code)).toEqual(expect.arrayContaining(['SW', 'TJ', 'SCJG', 'CL', 'FIN']));
    expect(new Set(departments.data!.departments.nodes.map((d) => d.tenant.code))).toEqual(new Set(['370116']));
  });

  it('filters cannot widen the scope: another tenant’s code or department filters to nothing', async () => {
    expect(await projectCodes(AS.shantingAdmin, { tenantCode: '370116' })).toEqual([]);
    expect(await projectCodes(AS.shantingAdmin, { departmentId: laiwuWaterDept })).toEqual([]);
    expect(await projectCodes(AS.laiwuWaterUser, { departmentId: laiwuStatsDept })).toEqual([]);
    expect(await projectCodes(AS.shandongAnalyst, { tenantCode: '141126' })).toEqual([]);
    const departments = await app.request(DepartmentsDocument, { filter: { tenantCode: '141126' } }, AS.shandongAnalyst);
    expect(departments.data!.departments.totalCount).toBe(0);
  });

  it('nested fields only reach rows in scope', async () => {
    const nested = await app.request(DepartmentsWithProjectsDocument, { departments: 100, projects: 100 }, AS.laiwuWaterUser);
    const projects = nested.data!.departments.nodes.flatMap((d) => d.projects.map((p) => p.code));
    expect(projects).toEqual(['SW0001', 'SW0002']);
    const tenant = await app.request(TenantByCodeDocument, { code: '370406' }, AS.shantingAdmin);
    expect(tenant.data!.tenant!.departments.map((d) => d.code)).toEqual(['FIN']);
  });
});

describe('reading another scope’s rows by id or code', () => {
  it.each([
    ['山亭 admin reads a 莱芜 project', AS.shantingAdmin, () => ids.laiwuWater[0]],
    ['山东 analyst reads a 石楼 project', AS.shandongAnalyst, () => ids.shilou[0]],
    ['莱芜 water-department user reads a statistics-bureau project', AS.laiwuWaterUser, () => ids.laiwuStats[0]],
    ['莱芜 BI reader reads a 山亭 project', AS.laiwuBi, () => ids.shanting[0]],
  ])('when %s, it gets null', async (_who, as, id) => {
    const result = await app.request(ProjectByIdDocument, { id: id() }, as);
    expect(result.errors).toBeUndefined();
    expect(result.data!.project).toBeNull();
  });

  it('a county admin gets null for another tenant and for its departments', async () => {
    expect((await app.request(TenantByCodeDocument, { code: '370116' }, AS.shantingAdmin)).data!.tenant).toBeNull();
    expect((await app.request(DepartmentByIdDocument, { id: laiwuWaterDept }, AS.shantingAdmin)).data!.department).toBeNull();
  });

  it('a 石楼 county admin cannot see 山东 tenants through the province either', async () => {
    const me = await app.request(MeDocument, {}, AS.shilouAdmin);
    expect(me.data!.me.tenant).toEqual({ code: '141126', name: '石楼县' });
    expect(await tenantCodes(AS.shilouAdmin)).toEqual(['141126']);
  });
});

describe('writing outside the scope changes nothing', () => {
  const project = (departmentId: string, code: string) => ({ departmentId, code, name: '越权项目', kindCode: '31' });

  it.each([
    ['山亭 admin updates a 莱芜 project', AS.shantingAdmin, () => ({ id: ids.laiwuWater[0], version: 1, name: 'x' }), 'NOT_FOUND'],
    ['莱芜 water user updates a statistics-bureau project', AS.laiwuWaterUser, () => ({ id: ids.laiwuStats[0], version: 1, name: 'x' }), 'NOT_FOUND'],
    ['山东 analyst updates a 莱芜 project', AS.shandongAnalyst, () => ({ id: ids.laiwuWater[0], version: 1, name: 'x' }), 'FORBIDDEN'],
    ['山东 BI reader updates a 莱芜 project', AS.shandongBi, () => ({ id: ids.laiwuWater[0], version: 1, name: 'x' }), 'FORBIDDEN'],
  ])('when %s, it fails with %s', async (_who, as, input, code) => {
    const before = await snapshot(app);
    const result = await app.request(UpdateProjectDocument, { input: input() }, as);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(result.data).toBeNull();
    expect(await snapshot(app)).toBe(before);
  });

  it.each([
    ['山亭 admin creates a project in a 莱芜 department', AS.shantingAdmin, () => project(laiwuWaterDept, 'X1'), 'BAD_USER_INPUT'],
    ['莱芜 water user creates a project in the statistics bureau', AS.laiwuWaterUser, () => project(laiwuStatsDept, 'X2'), 'FORBIDDEN'],
    ['山东 province admin creates a 莱芜 project', AS.shandongAdmin, () => project(laiwuWaterDept, 'X3'), 'FORBIDDEN'],
  ])('when %s, it fails with %s', async (_who, as, input, code) => {
    const before = await snapshot(app);
    const result = await app.request(CreateProjectDocument, { input: input() }, as);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await snapshot(app)).toBe(before);
  });

  it.each([
    ['山亭 admin renames a 莱芜 department', AS.shantingAdmin, 'NOT_FOUND'],
    ['莱芜 water user renames its own tenant’s department', AS.laiwuWaterUser, 'FORBIDDEN'],
    ['山东 province admin renames a 莱芜 department', AS.shandongAdmin, 'FORBIDDEN'],
  ])('when %s, it fails with %s', async (_who, as, code) => {
    const before = await snapshot(app);
    const result = await app.request(UpdateDepartmentDocument, { input: { id: laiwuWaterDept, version: 1, name: '改名' } }, as);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await snapshot(app)).toBe(before);
  });

  it('a department user may create and change projects of its own department', async () => {
    const created = await app.request(CreateProjectDocument, { input: project(laiwuWaterDept, 'SW9001') }, AS.laiwuWaterUser);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProject).toMatchObject({ code: 'SW9001', department: { code: 'SW' }, tenant: { code: '370116' } });
    const updated = await app.request(
      UpdateProjectDocument,
      { input: { id: created.data!.createProject.id, version: 1, name: '河道整治' } },
      AS.laiwuWaterUser,
    );
    expect(updated.data!.updateProject).toMatchObject({ name: '河道整治', version: 2 });
  });

  it('a province admin cannot create departments in a county', async () => {
    const result = await app.request(CreateDepartmentDocument, { input: { code: 'NEW', name: '新部门' } }, AS.shandongAdmin);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
