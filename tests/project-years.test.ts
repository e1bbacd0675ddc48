import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import {
  AdjustBudgetDocument,
  ApproveBudgetDocument,
  CloseProjectYearDocument,
  ConcludePreAssessmentDocument,
  CreatePreAssessmentDocument,
  EnterLibraryDocument,
  ProjectYearByIdDocument,
  ProjectYearsDocument,
  RecordExecutionDocument,
  SubmitPreAssessmentDocument,
  SubmitProjectYearDocument,
  UpdateProjectDocument,
  UpdateProjectYearDocument,
} from '../schema/generated/graphql.js';
import { approvedGoal, approvedProjectYear, draftProjectYear, expectData } from './helpers/chain.js';
import { departmentId, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type TestApp, type TokenSpec } from './helpers/test-app.js';

let app: TestApp;
let finance: string;
let laiwuWater: string;
let code = 0;
const nextCode = () => `PY${String(++code).padStart(4, '0')}`;

beforeAll(async () => {
  app = await startTestApp();
  finance = await departmentId(app, '370406', 'FIN');
  laiwuWater = await departmentId(app, '370116', 'SW');
});
afterAll(() => app?.close());

async function submitted(project: Partial<{ nature: 'NEW' | 'CONTINUING'; termYears: number; isPolicy: boolean; kindCode: string }>, year: { requestedAmount: string; previousYearAmount?: string; preAssessmentExemption?: 'EMERGENCY' }) {
  const draft = await draftProjectYear(
    app,
    AS.shantingAdmin,
    { departmentId: finance, code: nextCode(), name: '项目', kindCode: project.kindCode ?? '31', ...project },
    { fiscalYear: 2024, budgetType: 'GENERAL_PUBLIC', ...year },
  );
  const result = expectData(await app.request(SubmitProjectYearDocument, { input: { id: draft.year.id, version: draft.year.version } }, AS.shantingAdmin), 'submit');
  return result.submitProjectYear;
}

describe('the budget process of a project year', () => {
  it('goes DRAFT → SUBMITTED → IN_LIBRARY → APPROVED → CLOSED, issuing the goal with the budget', async () => {
    const { projectYear } = await approvedProjectYear(app, { admin: AS.shantingAdmin, departmentId: finance, code: nextCode(), requested: '1000000.00', approved: '900000.00' });
    expect(projectYear).toMatchObject({ status: 'APPROVED', approvedAmount: '900000.00', currentAmount: '900000.00', goal: { status: 'ISSUED' } });
    const adjusted = expectData(await app.request(AdjustBudgetDocument, { input: { id: projectYear.id, version: projectYear.version, amount: '850000.00' } }, AS.shantingAdmin), 'adjust').adjustBudget;
    expect(adjusted).toMatchObject({ adjustedAmount: '850000.00', currentAmount: '850000.00' });
    const executed = expectData(await app.request(RecordExecutionDocument, { input: { id: projectYear.id, version: adjusted.version, amount: '800000.00' } }, AS.shantingAdmin), 'execution').recordExecution;
    const closed = expectData(await app.request(CloseProjectYearDocument, { input: { id: projectYear.id, version: executed.version } }, AS.shantingAdmin), 'close').closeProjectYear;
    expect(closed).toMatchObject({ status: 'CLOSED', executedAmount: '800000.00', allowedActions: [] });
  });

  it('先审核、后入库: without an approved goal the year cannot enter the library; with one it can', async () => {
    const year = await submitted({}, { requestedAmount: '500000.00' });
    const before = await snapshot(app);
    const blocked = await app.request(EnterLibraryDocument, { input: { id: year.id, version: year.version } }, AS.shantingAdmin);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'SUBMITTED', requestedState: 'IN_LIBRARY' });
    expect(blocked.errors?.[0].message).toMatch(/no performance goal \(先审核、后入库\)/);
    expect(await snapshot(app)).toBe(before);
    await approvedGoal(app, AS.shantingAdmin, AS.shantingAdmin, year.id);
    const entered = await app.request(EnterLibraryDocument, { input: { id: year.id, version: year.version } }, AS.shantingAdmin);
    expect(entered.data!.enterLibrary.status).toBe('IN_LIBRARY');
  });

  it('公用经费 (kind 21) needs no performance goal', async () => {
    const year = await submitted({ kindCode: '21' }, { requestedAmount: '200000.00' });
    const entered = await app.request(EnterLibraryDocument, { input: { id: year.id, version: year.version } }, AS.shantingAdmin);
    expect(entered.errors).toBeUndefined();
  });

  it.each([
    ['approving a SUBMITTED year', ApproveBudgetDocument, (id: string, version: number) => ({ id, version, amount: '1.00' }), 'SUBMITTED', 'APPROVED'],
    ['closing a SUBMITTED year', CloseProjectYearDocument, (id: string, version: number) => ({ id, version }), 'SUBMITTED', 'CLOSED'],
    ['submitting a SUBMITTED year', SubmitProjectYearDocument, (id: string, version: number) => ({ id, version }), 'SUBMITTED', 'SUBMITTED'],
  ])('when %s, it fails with INVALID_TRANSITION naming both states and writes nothing', async (_what, document, input, current, requested) => {
    const year = await submitted({}, { requestedAmount: '100000.00' });
    const before = await snapshot(app);
    const result = await app.request(document as typeof CloseProjectYearDocument, { input: input(year.id, year.version) as never }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: current, requestedState: requested });
    expect(result.errors?.[0].message).toContain(`is ${current}`);
    expect(await snapshot(app)).toBe(before);
  });

  it('a submitted request can no longer be edited', async () => {
    const year = await submitted({}, { requestedAmount: '100000.00' });
    const result = await app.request(UpdateProjectYearDocument, { input: { id: year.id, version: year.version, requestedAmount: '1.00' } }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'SUBMITTED' });
  });

  it('finance steps belong to the county admin; a department user may only submit', async () => {
    const { year } = await draftProjectYear(
      app,
      AS.laiwuWaterUser,
      { departmentId: laiwuWater, code: nextCode(), name: '河道', kindCode: '21' },
      { fiscalYear: 2024, budgetType: 'GENERAL_PUBLIC', requestedAmount: '1000.00' },
    );
    const sent = await app.request(SubmitProjectYearDocument, { input: { id: year.id, version: year.version } }, AS.laiwuWaterUser);
    expect(sent.data!.submitProjectYear.status).toBe('SUBMITTED');
    const before = await snapshot(app);
    const entered = await app.request(EnterLibraryDocument, { input: { id: year.id, version: sent.data!.submitProjectYear.version } }, AS.laiwuWaterUser);
    expect(entered.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(app)).toBe(before);
  });

  it('lists project years of a fiscal year by project code, with department and approved amount', async () => {
    const list = await app.request(ProjectYearsDocument, { first: 100, filter: { fiscalYear: 2024, status: 'IN_LIBRARY' } }, AS.shantingAdmin);
    expect(list.data!.projectYears.nodes.length).toBeGreaterThan(0);
    const codes = list.data!.projectYears.nodes.map((node) => node.project.code);
    expect(codes).toEqual([...codes].sort());
    expect(list.data!.projectYears.nodes.every((node) => node.department.code === 'FIN')).toBe(true);
    const none = await app.request(ProjectYearsDocument, { filter: { fiscalYear: 2024 } }, AS.laiwuAdmin);
    expect(none.data!.projectYears.nodes.map((node) => node.department.code)).not.toContain('FIN');
  });

  it('pages through a year by project code: a county reads the same rows, count and order as the province filtering to it', async () => {
    const pages = async (who: TokenSpec, filter: { fiscalYear: number; tenantCode?: string }) => {
      const ids: string[] = [];
      const codes: string[] = [];
      const counts = new Set<number>();
      let after: string | null | undefined;
      let last: string | null | undefined;
      do {
        const page = expectData(await app.request(ProjectYearsDocument, { first: 3, after, filter }, who), 'projectYears').projectYears;
        ids.push(...page.nodes.map((node) => node.id));
        codes.push(...page.nodes.map((node) => node.project.code));
        counts.add(page.totalCount);
        last = page.pageInfo.endCursor;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      // Past the last row: no rows, and still the whole list's count.
      const beyond = expectData(await app.request(ProjectYearsDocument, { first: 3, after: last, filter }, who), 'projectYears').projectYears;
      expect(beyond.nodes).toEqual([]);
      counts.add(beyond.totalCount);
      return { ids, codes, counts: [...counts] };
    };
    const county = await pages(AS.shantingAdmin, { fiscalYear: 2024 });
    const province = await pages(AS.shandongAdmin, { fiscalYear: 2024, tenantCode: '370406' });
    expect(county.ids.length).toBeGreaterThan(6);
    expect(county.ids).toEqual(province.ids);
    expect(county.counts).toEqual([county.ids.length]);
    expect(province.counts).toEqual([county.ids.length]);
    expect(county.codes).toEqual([...county.codes].sort());
    const finance = await pages({ role: 'DEPARTMENT_USER', tenant: '370406', department: 'FIN' }, { fiscalYear: 2024 });
    expect(finance.ids.length).toBeGreaterThan(0);
    expect(finance.counts).toEqual([finance.ids.length]);
    expect(finance.ids).toEqual(county.ids.filter((id) => finance.ids.includes(id)));

    // A county's list: begin, the scope with sorting off (the page walks the year's project codes
    // in index order), and the page with its count, projects and departments: the same for 3 rows or 100.
    const three = await app.request(ProjectYearsDocument, { first: 3, filter: { fiscalYear: 2024 } }, AS.shantingAdmin);
    const hundred = await app.request(ProjectYearsDocument, { first: 100, filter: { fiscalYear: 2024 } }, AS.shantingAdmin);
    expect(three.statements).toBe(3);
    expect(hundred.statements).toBe(3);
  });

  it("reads each row's project and department with the page, through nodes or edges, as they are when read by id", async () => {
    type Row = { id: string; project: { id: string; code: string; name: string }; department: { id: string; code: string; name: string } };
    const fields = 'id project { id code name } department { id code name }';
    const ask = <T>(selection: string) => app.request(parse(`query { projectYears(first: 5, filter: { fiscalYear: 2024 }) { ${selection} } }`) as TypedDocumentNode<{ projectYears: T }, object>, {}, AS.shantingAdmin);
    const nodes = await ask<{ nodes: Row[] }>(`nodes { ${fields} }`);
    const edges = await ask<{ edges: { node: Row }[] }>(`edges { node { ${fields} } }`);
    const projectsOnly = await ask<{ nodes: { project: { code: string } }[] }>('nodes { project { code } }');
    expect(nodes.data!.projectYears.nodes).toHaveLength(5);
    expect(edges.data!.projectYears.edges.map((edge) => edge.node)).toEqual(nodes.data!.projectYears.nodes);
    expect(projectsOnly.data!.projectYears.nodes.map((node) => node.project.code)).toEqual(nodes.data!.projectYears.nodes.map((node) => node.project.code));
    // begin, the scope, the page: no statement for the projects or departments
    for (const answer of [nodes, edges, projectsOnly]) expect(answer.statements).toBe(3);
    for (const row of nodes.data!.projectYears.nodes) {
      const byId = await app.request(parse(`query($id: ID!) { projectYear(id: $id) { ${fields} } }`) as TypedDocumentNode<{ projectYear: Row }, { id: string }>, { id: row.id }, AS.shantingAdmin);
      expect(byId.data!.projectYear).toEqual(row);
    }
  });

  it('shows the same timestamps and amounts in a list (read-only) as the database holds and a change returns', async () => {
    const { year } = await draftProjectYear(app, AS.shantingAdmin, { departmentId: finance, code: nextCode(), name: '时间项目', kindCode: '31' }, { fiscalYear: 2032, budgetType: 'GENERAL_PUBLIC', requestedAmount: '1234.56' });
    const changed = expectData(await app.request(UpdateProjectYearDocument, { input: { id: year.id, version: year.version, requestedAmount: '2345.67' } }, AS.shantingAdmin), 'updateProjectYear').updateProjectYear;
    type Listed = { projectYears: { nodes: { id: string; createdAt: string; updatedAt: string; requestedAmount: string; isSpecialBond: boolean }[] } };
    const listed = expectData(await app.request(parse('query { projectYears(filter: { fiscalYear: 2032 }) { nodes { id createdAt updatedAt requestedAmount isSpecialBond } } }') as TypedDocumentNode<Listed, object>, {}, AS.shantingAdmin), 'projectYears');
    const [node] = listed.projectYears.nodes.filter((row) => row.id === year.id);
    const [stored] = await app.sql<{ created_ms: string; updated_ms: string }>(
      'select floor(extract(epoch from created_at) * 1000)::bigint as created_ms, floor(extract(epoch from updated_at) * 1000)::bigint as updated_ms from project_year where id = $1',
      [year.id],
    );
    expect(new Date(node.createdAt).getTime()).toBe(Number(stored.created_ms));
    expect(new Date(node.updatedAt).getTime()).toBe(Number(stored.updated_ms));
    expect(changed.requestedAmount).toBe('2345.67');
    expect(node.requestedAmount).toBe('2345.67');
    expect(node.isSpecialBond).toBe(false);
  });

  it("follows a project's new code: its years move to their new place in the list", async () => {
    const year = 2031;
    const make = (code: string) => draftProjectYear(app, AS.shantingAdmin, { departmentId: finance, code, name: '改码项目', kindCode: '31' }, { fiscalYear: year, budgetType: 'GENERAL_PUBLIC', requestedAmount: '1000.00' });
    const first = await make('RECODE-A');
    await make('RECODE-B');
    const listed = async () =>
      expectData(await app.request(ProjectYearsDocument, { first: 10, filter: { fiscalYear: year } }, AS.shantingAdmin), 'projectYears').projectYears.nodes.map((node) => node.project.code);
    expect(await listed()).toEqual(['RECODE-A', 'RECODE-B']);
    const [project] = await app.sql<{ version: number }>('select version from project where id = $1', [first.projectId]);
    expectData(await app.request(UpdateProjectDocument, { input: { id: first.projectId, version: project.version, code: 'RECODE-C' } }, AS.shantingAdmin), 'updateProject');
    expect(await listed()).toEqual(['RECODE-B', 'RECODE-C']);
    const [stored] = await app.sql<{ project_code: string }>('select project_code from project_year where id = $1', [first.year.id]);
    expect(stored.project_code).toBe('RECODE-C');
  });

  it('counts the list in the page statement when totalCount is asked for, in a fragment too, and not at all otherwise', async () => {
    const ask = (selection: string) =>
      app.request(parse(`query { projectYears(first: 2, filter: { fiscalYear: 2024 }) { ${selection} } }${selection.includes('...Counted') ? ' fragment Counted on ProjectYearConnection { totalCount }' : ''}`) as TypedDocumentNode<{ projectYears: { totalCount?: number; nodes: { id: string }[] } }, object>, {}, AS.shantingAdmin);
    const plain = expectData(await app.request(ProjectYearsDocument, { first: 2, filter: { fiscalYear: 2024 } }, AS.shantingAdmin), 'projectYears');
    const direct = await ask('totalCount nodes { id }');
    const spread = await ask('...Counted nodes { id }');
    const inline = await ask('... on ProjectYearConnection { totalCount } nodes { id }');
    const uncounted = await ask('nodes { id }');
    for (const counted of [direct, spread, inline]) {
      expect(counted.data!.projectYears.totalCount).toBe(plain.projectYears.totalCount);
      // begin, the scope, the page with its count
      expect(counted.statements).toBe(3);
    }
    expect(uncounted.data!.projectYears.nodes).toHaveLength(2);
    expect(uncounted.statements).toBe(3);
  });
});

describe('ex-ante assessment (事前绩效评估)', () => {
  async function triggersOf(year: { id: string }) {
    const read = await app.request(ProjectYearByIdDocument, { id: year.id }, AS.shantingAdmin);
    return read.data!.projectYear!.preAssessmentTriggers;
  }

  it.each([
    ['a new project of 400万', { nature: 'NEW' as const }, { requestedAmount: '4000000.00' }, ['NEW_MAJOR_PROJECT']],
    ['a new project just under 400万', { nature: 'NEW' as const }, { requestedAmount: '3999999.99' }, []],
    ['a new major policy', { nature: 'NEW' as const, isPolicy: true }, { requestedAmount: '10000.00' }, ['NEW_MAJOR_POLICY']],
    ['a continuing project growing 30%', { nature: 'CONTINUING' as const }, { requestedAmount: '1300000.00', previousYearAmount: '1000000.00' }, ['CONTINUING_INCREASE_PCT']],
    ['a continuing project growing 29.99%', { nature: 'CONTINUING' as const }, { requestedAmount: '1299900.00', previousYearAmount: '1000000.00' }, []],
    ['a continuing project growing by 400万', { nature: 'CONTINUING' as const }, { requestedAmount: '54000000.00', previousYearAmount: '50000000.00' }, ['CONTINUING_INCREASE_AMOUNT']],
    ['a project to run 3 years', { termYears: 3 }, { requestedAmount: '10000.00' }, ['LONG_TERM']],
    ['an emergency that would trigger', { nature: 'NEW' as const }, { requestedAmount: '9000000.00', preAssessmentExemption: 'EMERGENCY' as const }, []],
  ])('when the year is %s, the triggers are %j', async (_what, project, year, expected) => {
    expect(await triggersOf(await submitted(project, year))).toEqual(expected);
  });

  it('a required assessment blocks library entry until concluded; 不予支持 blocks it for good', async () => {
    const year = await submitted({ nature: 'NEW' }, { requestedAmount: '5000000.00' });
    await approvedGoal(app, AS.shantingAdmin, AS.shantingAdmin, year.id);
    const missing = await app.request(EnterLibraryDocument, { input: { id: year.id, version: year.version } }, AS.shantingAdmin);
    expect(missing.errors?.[0].message).toMatch(/ex-ante assessment is required \(新增重大项目/);

    const draft = expectData(await app.request(CreatePreAssessmentDocument, { input: { projectYearId: year.id, assessor: 'THIRD_PARTY', thirdPartyName: '某会计师事务所' } }, AS.shantingAdmin), 'create').createPreAssessment;
    const sent = expectData(await app.request(SubmitPreAssessmentDocument, { input: { id: draft.id, version: draft.version } }, AS.shantingAdmin), 'submit').submitPreAssessment;
    const scores = { necessity: '12.00', economy: '10.50', goal: '11', feasibility: '9', financing: '8' };
    const concluded = expectData(
      await app.request(ConcludePreAssessmentDocument, { input: { id: draft.id, version: sent.version, conclusion: 'NOT_SUPPORT', scores, opinion: '立项依据不足' } }, AS.shantingAdmin),
      'conclude',
    ).concludePreAssessment;
    expect(concluded).toMatchObject({ status: 'CONCLUDED', totalScore: '50.50', conclusionLabel: '不予支持' });
    const refused = await app.request(EnterLibraryDocument, { input: { id: year.id, version: year.version } }, AS.shantingAdmin);
    expect(refused.errors?.[0].message).toMatch(/不予支持/);
  });

  it('a supported assessment lets the year into the library and to approval', async () => {
    const year = await submitted({ nature: 'NEW' }, { requestedAmount: '6000000.00' });
    await approvedGoal(app, AS.shantingAdmin, AS.shantingAdmin, year.id);
    const draft = expectData(await app.request(CreatePreAssessmentDocument, { input: { projectYearId: year.id, assessor: 'FINANCE' } }, AS.shantingAdmin), 'create').createPreAssessment;
    const sent = expectData(await app.request(SubmitPreAssessmentDocument, { input: { id: draft.id, version: draft.version } }, AS.shantingAdmin), 'submit').submitPreAssessment;
    const scores = { necessity: '18', economy: '17', goal: '18', feasibility: '17', financing: '18' };
    expectData(await app.request(ConcludePreAssessmentDocument, { input: { id: draft.id, version: sent.version, conclusion: 'SUPPORT_AFTER_ADJUSTMENT', scores, recommendedAmount: '5000000.00' } }, AS.shantingAdmin), 'conclude');
    const entered = expectData(await app.request(EnterLibraryDocument, { input: { id: year.id, version: year.version } }, AS.shantingAdmin), 'enter').enterLibrary;
    const approved = await app.request(ApproveBudgetDocument, { input: { id: year.id, version: entered.version, amount: '5000000.00' } }, AS.shantingAdmin);
    expect(approved.data!.approveBudget.status).toBe('APPROVED');
  });

  it.each([
    ['a dimension score above 20', { necessity: '20.01' }, 'scores.necessity'],
    ['a negative dimension score', { economy: '-1' }, 'scores.economy'],
  ])('when concluding with %s, it fails naming %s and writes nothing', async (_what, change, field) => {
    const year = await submitted({ nature: 'NEW' }, { requestedAmount: '4500000.00' });
    const draft = expectData(await app.request(CreatePreAssessmentDocument, { input: { projectYearId: year.id, assessor: 'FINANCE' } }, AS.shantingAdmin), 'create').createPreAssessment;
    const sent = expectData(await app.request(SubmitPreAssessmentDocument, { input: { id: draft.id, version: draft.version } }, AS.shantingAdmin), 'submit').submitPreAssessment;
    const before = await snapshot(app);
    const scores = { necessity: '10', economy: '10', goal: '10', feasibility: '10', financing: '10', ...change };
    const result = await app.request(ConcludePreAssessmentDocument, { input: { id: draft.id, version: sent.version, conclusion: 'SUPPORT', scores } }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot(app)).toBe(before);
  });

  it('concluding a DRAFT assessment is an invalid transition; a third party needs a name', async () => {
    const year = await submitted({ nature: 'NEW' }, { requestedAmount: '4100000.00' });
    const noName = await app.request(CreatePreAssessmentDocument, { input: { projectYearId: year.id, assessor: 'THIRD_PARTY' } }, AS.shantingAdmin);
    expect(noName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'thirdPartyName' });
    const draft = expectData(await app.request(CreatePreAssessmentDocument, { input: { projectYearId: year.id, assessor: 'SELF' } }, AS.shantingAdmin), 'create').createPreAssessment;
    const scores = { necessity: '10', economy: '10', goal: '10', feasibility: '10', financing: '10' };
    const result = await app.request(ConcludePreAssessmentDocument, { input: { id: draft.id, version: draft.version, conclusion: 'SUPPORT', scores } }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'DRAFT', requestedState: 'CONCLUDED' });
  });

  it('莱芜 assesses every submitted project (MANDATORY_ALL from its tenant rules)', async () => {
    const { year } = await draftProjectYear(
      app,
      AS.laiwuAdmin,
      { departmentId: laiwuWater, code: nextCode(), name: '小额项目', kindCode: '31' },
      { fiscalYear: 2020, budgetType: 'GENERAL_PUBLIC', requestedAmount: '1000.00' },
    );
    expect(year.preAssessmentTriggers).toEqual(['MANDATORY_ALL']);
  });
});
