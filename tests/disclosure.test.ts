import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DisclosureByIdDocument,
  DisclosuresDocument,
  RecordDisclosureDocument,
  UpdateDisclosureDocument,
  WithdrawDisclosureDocument,
  type RecordDisclosureInput,
} from '../schema/generated/graphql.js';
import { departmentId, insertProjects, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const EVALUATION_ID = '5b0f3c1e-2a51-4c36-9a39-3d7a8e0c1f22';

let app: TestApp;
/** 莱芜区: 水务局 (SW) and 统计局 (TJ); 山亭区 for another tenant. */
let water: string;
let stats: string;
let waterYear: string;
let waterGoal: string;
let statsGoal: string;
let shantingGoal: string;
let shantingDepartment: string;

async function projectYearOf(projectId: string): Promise<{ id: string; tenant_id: string; department_id: string }> {
  const [row] = await app.sql<{ id: string; tenant_id: string; department_id: string }>('select id, tenant_id, department_id from project_year where project_id = $1', [projectId]);
  return row;
}

/** An issued goal, inserted as the owner (the goal workflow is tested with the goals module). */
async function insertGoal(subject: 'PROJECT' | 'DEPARTMENT', tenantId: string, departmentId: string, projectYearId: string | null): Promise<string> {
  const [row] = await app.sql<{ id: string }>(
    `insert into performance_goal (tenant_id, subject, project_year_id, department_id, fiscal_year, goal_text, status, is_current, approved_at, issued_at)
     values ($1, $2, $3, $4, 2024, '年度绩效目标', 'ISSUED', true, now(), now()) returning id`,
    [tenantId, subject, projectYearId, departmentId],
  );
  return row.id;
}

beforeAll(async () => {
  app = await startTestApp();
  water = await departmentId(app, '370116', 'SW');
  stats = await departmentId(app, '370116', 'TJ');
  shantingDepartment = await departmentId(app, '370406', 'FIN');
  const [waterProject] = await insertProjects(app, { tenant: '370116', department: 'SW', count: 1, prefix: 'SW24' });
  const year = await projectYearOf(waterProject);
  waterYear = year.id;
  waterGoal = await insertGoal('PROJECT', year.tenant_id, water, waterYear);
  const [tenant] = await app.sql<{ id: string }>(`select id from tenant where code = '370116'`);
  statsGoal = await insertGoal('DEPARTMENT', tenant.id, stats, null);
  // The evaluation the reports are about: 统计局's department-overall evaluation of 2023.
  await app.sql(
    `insert into key_evaluation (tenant_id, id, object, title, fiscal_year, year_conducted, department_id, budget_type, amount, organizer, decision_weight, process_weight, output_weight, benefit_weight)
     values ($1, $2, 'DEPARTMENT_OVERALL', '统计局部门整体绩效评价', 2023, 2024, $3, 'GENERAL_PUBLIC', 0, '莱芜区财政局', 20, 20, 30, 30)`,
    [tenant.id, EVALUATION_ID, stats],
  );
  const [shantingProject] = await insertProjects(app, { tenant: '370406', department: 'FIN', count: 1, prefix: 'ST24' });
  const shantingYear = await projectYearOf(shantingProject);
  shantingGoal = await insertGoal('PROJECT', shantingYear.tenant_id, shantingDepartment, shantingYear.id);
});
afterAll(() => app?.close());

function expectError<T>(result: GraphQLResult<T>, code: string, field?: string) {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  if (field) {
    expect(result.errors?.[0].extensions?.field).toBe(field);
    expect(result.errors?.[0].message).toContain(field);
  }
}

async function expectRefusedWithoutWrites<T>(write: () => Promise<GraphQLResult<T>>, code: string, field?: string) {
  const before = await snapshot(app);
  const result = await write();
  expectError(result, code, field);
  expect(await snapshot(app)).toBe(before);
  return result;
}

const goalOnWebsite = (): RecordDisclosureInput => ({
  fiscalYear: 2024,
  docType: 'GOAL_TABLE',
  subjectKind: 'GOAL',
  subjectId: waterGoal,
  channel: 'GOV_WEBSITE',
  publishedOn: '2024-02-20',
  url: 'http://www.laiwu.gov.cn/xxgk/2024/jxmb-sw.html',
  note: '随部门预算同步公开',
});

let goalDisclosure: { id: string; version: number };

describe('recording disclosures (信息公开)', () => {
  it('the county admin records a goal table published on the government website', async () => {
    const result = await app.request(RecordDisclosureDocument, { input: goalOnWebsite() }, AS.laiwuAdmin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordDisclosure).toMatchObject({
      fiscalYear: 2024,
      docType: 'GOAL_TABLE',
      docTypeLabel: '绩效目标表',
      subjectKind: 'GOAL',
      channel: 'GOV_WEBSITE',
      channelLabel: '政府网站',
      publishedOn: '2024-02-20',
      url: 'http://www.laiwu.gov.cn/xxgk/2024/jxmb-sw.html',
      status: 'PUBLISHED',
      statusLabel: '已公开',
      allowedActions: ['update', 'withdraw'],
      version: 1,
      tenant: { code: '370116' },
      department: { id: water, code: 'SW' },
      goal: { id: waterGoal, subject: 'PROJECT', fiscalYear: 2024 },
      projectYear: null,
    });
    goalDisclosure = result.data!.recordDisclosure;
    const [audit] = await app.sql(`select actor_role, operation from audit_event where entity = 'disclosure' and entity_id = $1`, [goalDisclosure.id]);
    expect(audit).toMatchObject({ actor_role: 'COUNTY_ADMIN', operation: 'recordDisclosure' });
  });

  it('records what was reported to 人大 (no address needed), an evaluation report by id, and a department goal table', async () => {
    const npc = await app.request(
      RecordDisclosureDocument,
      { input: { fiscalYear: 2023, docType: 'FINAL_ACCOUNT_PERFORMANCE', subjectKind: 'REGION', channel: 'TO_NPC', publishedOn: '2024-07-25', note: '随决算草案报送区人大常委会' } },
      AS.laiwuAdmin,
    );
    expect(npc.errors).toBeUndefined();
    expect(npc.data!.recordDisclosure).toMatchObject({ subjectKind: 'REGION', subjectKindLabel: '本级（全县/区）', channelLabel: '报人大', url: null, department: null });

    const report = await app.request(
      RecordDisclosureDocument,
      {
        input: {
          fiscalYear: 2023,
          docType: 'EVALUATION_REPORT',
          subjectKind: 'EVALUATION',
          subjectId: EVALUATION_ID,
          departmentId: stats,
          channel: 'BUDGET_PORTAL',
          publishedOn: '2024-09-30',
          url: 'https://yjsgk.laiwu.gov.cn/report/2023-tj.pdf',
        },
      },
      AS.laiwuAdmin,
    );
    expect(report.errors).toBeUndefined();
    expect(report.data!.recordDisclosure).toMatchObject({ docTypeLabel: '重点评价报告', evaluationId: EVALUATION_ID, channelLabel: '预决算公开平台', department: { code: 'TJ' } });

    const departmentGoal = await app.request(
      RecordDisclosureDocument,
      { input: { fiscalYear: 2024, docType: 'DEPARTMENT_GOAL_TABLE', subjectKind: 'GOAL', subjectId: statsGoal, channel: 'TO_GOVERNMENT', publishedOn: '2024-01-10' } },
      AS.laiwuAdmin,
    );
    expect(departmentGoal.data!.recordDisclosure).toMatchObject({ docTypeLabel: '部门整体绩效目标表', department: { code: 'TJ' }, goal: { subject: 'DEPARTMENT' } });
  });

  it.each<[string, () => Partial<RecordDisclosureInput>, string]>([
    ['an ftp address', () => ({ channel: 'GOV_WEBSITE', url: 'ftp://www.laiwu.gov.cn/jxmb.pdf' }), 'url'],
    ['an address that is not a web address', () => ({ channel: 'GOV_WEBSITE', url: 'laiwu gov website' }), 'url'],
    ['no address on the government website', () => ({ channel: 'GOV_WEBSITE', url: undefined }), 'url'],
    ['no address on the budget disclosure portal', () => ({ channel: 'BUDGET_PORTAL', url: undefined }), 'url'],
    ['a publication date in the future', () => ({ publishedOn: '2099-12-31' }), 'publishedOn'],
    ['a date that does not exist', () => ({ publishedOn: '2024-02-30' }), 'publishedOn'],
    ['a date not written YYYY-MM-DD', () => ({ publishedOn: '2024/02/20' }), 'publishedOn'],
    ['a date years before the fiscal year', () => ({ publishedOn: '2019-05-01' }), 'publishedOn'],
    ['a goal that does not exist', () => ({ subjectId: UNKNOWN_ID }), 'subjectId'],
    ['a goal of another tenant', () => ({ subjectId: shantingGoal }), 'subjectId'],
    ['a subject id that is not an id', () => ({ subjectId: 'SW24-0001' }), 'subjectId'],
    ['no subject for a GOAL', () => ({ subjectId: undefined }), 'subjectId'],
    ['a department goal disclosed as a project goal table', () => ({ subjectId: statsGoal }), 'subjectId'],
    ['a project year that does not exist', () => ({ subjectKind: 'PROJECT_YEAR', subjectId: UNKNOWN_ID }), 'subjectId'],
    ['a department of another tenant', () => ({ docType: 'DEPARTMENT_GOAL_TABLE', subjectKind: 'DEPARTMENT', subjectId: shantingDepartment }), 'subjectId'],
    ['a subject for a REGION-wide document', () => ({ docType: 'FINAL_ACCOUNT_PERFORMANCE', subjectKind: 'REGION' }), 'subjectId'],
    ['a subject kind the document type does not allow', () => ({ docType: 'EVALUATION_REPORT' }), 'subjectKind'],
    ['a department besides a goal subject', () => ({ departmentId: water }), 'departmentId'],
    ['a fiscal year other than the goal’s', () => ({ fiscalYear: 2025, publishedOn: '2024-12-20' }), 'fiscalYear'],
    ['a fiscal year out of range', () => ({ fiscalYear: 1999 }), 'fiscalYear'],
    ['a blank note', () => ({ note: '  ' }), 'note'],
  ])('when a disclosure has %s, it fails with BAD_USER_INPUT naming %s and writes nothing', async (_what, change, field) => {
    const input = { ...goalOnWebsite(), channel: 'TO_GOVERNMENT' as const, ...change() };
    await expectRefusedWithoutWrites(() => app.request(RecordDisclosureDocument, { input }, AS.laiwuAdmin), 'BAD_USER_INPUT', field);
  });

  it('refuses the same document on the same channel twice, but takes it on another channel', async () => {
    const twice = await expectRefusedWithoutWrites(() => app.request(RecordDisclosureDocument, { input: goalOnWebsite() }, AS.laiwuAdmin), 'BAD_USER_INPUT', 'channel');
    expect(twice.errors![0].message).toContain(goalDisclosure.id);
    const portal = await app.request(RecordDisclosureDocument, { input: { ...goalOnWebsite(), channel: 'BUDGET_PORTAL', url: 'https://yjsgk.laiwu.gov.cn/2024/sw.html' } }, AS.laiwuAdmin);
    expect(portal.errors).toBeUndefined();
  });
});

describe('correcting and withdrawing disclosures', () => {
  it('corrects the address with the version read; a stale version is a CONFLICT and changes nothing', async () => {
    const updated = await app.request(
      UpdateDisclosureDocument,
      { input: { id: goalDisclosure.id, version: goalDisclosure.version, url: 'https://www.laiwu.gov.cn/xxgk/2024/jxmb-sw.html', publishedOn: '2024-02-21' } },
      AS.laiwuAdmin,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateDisclosure).toMatchObject({ url: 'https://www.laiwu.gov.cn/xxgk/2024/jxmb-sw.html', publishedOn: '2024-02-21', version: 2 });
    const stale = await expectRefusedWithoutWrites(() => app.request(UpdateDisclosureDocument, { input: { id: goalDisclosure.id, version: 1, note: '旧' } }, AS.laiwuAdmin), 'CONFLICT');
    expect(stale.errors![0].message).toMatch(/changed by someone else/);
    goalDisclosure = updated.data!.updateDisclosure;
  });

  it.each([
    ['a future date', { publishedOn: '2099-01-01' }, 'publishedOn'],
    ['an address that is not http or https', { url: 'javascript:alert(1)' }, 'url'],
    ['a move to the budget portal, where it is already disclosed', { channel: 'BUDGET_PORTAL' as const }, 'channel'],
    ['version 0', { version: 0 }, 'version'],
  ])('when a correction has %s, it fails with BAD_USER_INPUT naming %s and writes nothing', async (_what, change, field) => {
    await expectRefusedWithoutWrites(
      () => app.request(UpdateDisclosureDocument, { input: { id: goalDisclosure.id, version: goalDisclosure.version, ...change } }, AS.laiwuAdmin),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('withdraws: the entry stays listed as WITHDRAWN, can no longer be corrected, and may be recorded anew', async () => {
    await expectRefusedWithoutWrites(() => app.request(WithdrawDisclosureDocument, { input: { id: goalDisclosure.id, version: goalDisclosure.version, reason: ' ' } }, AS.laiwuAdmin), 'BAD_USER_INPUT', 'reason');
    const withdrawn = await app.request(WithdrawDisclosureDocument, { input: { id: goalDisclosure.id, version: goalDisclosure.version, reason: '附件有误，更正后重新公开' } }, AS.laiwuAdmin);
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawDisclosure).toMatchObject({ status: 'WITHDRAWN', statusLabel: '已撤回', withdrawReason: '附件有误，更正后重新公开', allowedActions: [] });
    expect(withdrawn.data!.withdrawDisclosure.withdrawnAt).toBeTruthy();
    const version = withdrawn.data!.withdrawDisclosure.version;

    const listed = await app.request(DisclosuresDocument, { filter: { status: 'WITHDRAWN' } }, AS.laiwuAdmin);
    expect(listed.data!.disclosures.nodes.map((node) => node.id)).toEqual([goalDisclosure.id]);

    const update = await expectRefusedWithoutWrites(() => app.request(UpdateDisclosureDocument, { input: { id: goalDisclosure.id, version, note: '改' } }, AS.laiwuAdmin), 'INVALID_TRANSITION');
    expect(update.errors![0].extensions).toMatchObject({ currentState: 'WITHDRAWN', requestedState: 'PUBLISHED' });
    const again = await expectRefusedWithoutWrites(() => app.request(WithdrawDisclosureDocument, { input: { id: goalDisclosure.id, version, reason: '再撤' } }, AS.laiwuAdmin), 'INVALID_TRANSITION');
    expect(again.errors![0].message).toContain('Cannot withdraw a disclosure that is WITHDRAWN');

    const anew = await app.request(RecordDisclosureDocument, { input: { ...goalOnWebsite(), publishedOn: '2024-02-22' } }, AS.laiwuAdmin);
    expect(anew.errors).toBeUndefined();
  });
});

describe('department users, filters and isolation', () => {
  it('a department user records its own department’s documents only', async () => {
    const own = await app.request(
      RecordDisclosureDocument,
      { input: { fiscalYear: 2024, docType: 'PRE_ASSESSMENT_REPORT', subjectKind: 'PROJECT_YEAR', subjectId: waterYear, channel: 'TO_GOVERNMENT', publishedOn: '2023-11-30' } },
      AS.laiwuWaterUser,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.recordDisclosure).toMatchObject({ docTypeLabel: '事前绩效评估报告', department: { code: 'SW' }, projectYear: { id: waterYear } });

    // Another department's goal is invisible to 水务局; region-wide and other departments' documents are the bureau's.
    await expectRefusedWithoutWrites(
      () => app.request(RecordDisclosureDocument, { input: { fiscalYear: 2024, docType: 'DEPARTMENT_GOAL_TABLE', subjectKind: 'GOAL', subjectId: statsGoal, channel: 'TO_GOVERNMENT', publishedOn: '2024-01-10' } }, AS.laiwuWaterUser),
      'BAD_USER_INPUT',
      'subjectId',
    );
    await expectRefusedWithoutWrites(
      () => app.request(RecordDisclosureDocument, { input: { fiscalYear: 2024, docType: 'FINAL_ACCOUNT_PERFORMANCE', subjectKind: 'REGION', channel: 'TO_NPC', publishedOn: '2024-07-25' } }, AS.laiwuWaterUser),
      'FORBIDDEN',
    );
    await expectRefusedWithoutWrites(
      () =>
        app.request(
          RecordDisclosureDocument,
          { input: { fiscalYear: 2024, docType: 'SELF_EVALUATION_REPORT', subjectKind: 'EVALUATION', subjectId: EVALUATION_ID, departmentId: stats, channel: 'TO_GOVERNMENT', publishedOn: '2024-05-01' } },
          AS.laiwuWaterUser,
        ),
      'FORBIDDEN',
    );
  });

  it('a department user sees its own department’s disclosures, not the region’s or other departments’', async () => {
    const waterView = await app.request(DisclosuresDocument, { first: 50 }, AS.laiwuWaterUser);
    expect(waterView.data!.disclosures.nodes.every((node) => node.department?.code === 'SW')).toBe(true);
    expect(waterView.data!.disclosures.totalCount).toBe(4);
    const all = await app.request(DisclosuresDocument, { first: 50 }, AS.laiwuAdmin);
    expect(all.data!.disclosures.totalCount).toBe(7);
    const regionWide = all.data!.disclosures.nodes.find((node) => node.subjectKind === 'REGION')!;
    expect((await app.request(DisclosureByIdDocument, { id: regionWide.id }, AS.laiwuWaterUser)).data!.disclosure).toBeNull();
    await expectRefusedWithoutWrites(() => app.request(WithdrawDisclosureDocument, { input: { id: regionWide.id, version: 1, reason: '越权' } }, AS.laiwuWaterUser), 'NOT_FOUND');
    // 统计局 sees none of 水务局's.
    const statsView = await app.request(DisclosuresDocument, { filter: { departmentId: water } }, AS.laiwuStatsUser);
    expect(statsView.data!.disclosures.totalCount).toBe(0);
  });

  it('filters by fiscal year, document type, channel, department, subject kind and tenant, newest first, page by page', async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await app.request(DisclosuresDocument, { first: 50, filter }, AS.laiwuAdmin)).data!.disclosures.nodes.map((node) => `${node.docType}/${node.channel}/${node.publishedOn}`);
    expect(await ids({ fiscalYear: 2023 })).toEqual(['EVALUATION_REPORT/BUDGET_PORTAL/2024-09-30', 'FINAL_ACCOUNT_PERFORMANCE/TO_NPC/2024-07-25']);
    expect(await ids({ docType: 'GOAL_TABLE', status: 'PUBLISHED' })).toEqual(['GOAL_TABLE/GOV_WEBSITE/2024-02-22', 'GOAL_TABLE/BUDGET_PORTAL/2024-02-20']);
    expect(await ids({ channel: 'TO_GOVERNMENT' })).toEqual(['DEPARTMENT_GOAL_TABLE/TO_GOVERNMENT/2024-01-10', 'PRE_ASSESSMENT_REPORT/TO_GOVERNMENT/2023-11-30']);
    expect(await ids({ departmentId: stats })).toEqual(['EVALUATION_REPORT/BUDGET_PORTAL/2024-09-30', 'DEPARTMENT_GOAL_TABLE/TO_GOVERNMENT/2024-01-10']);
    expect(await ids({ subjectKind: 'REGION' })).toEqual(['FINAL_ACCOUNT_PERFORMANCE/TO_NPC/2024-07-25']);
    expect(await ids({ tenantCode: '370406' })).toEqual([]);

    const first = await app.request(DisclosuresDocument, { first: 4 }, AS.laiwuAdmin);
    expect(first.data!.disclosures.pageInfo.hasNextPage).toBe(true);
    const rest = await app.request(DisclosuresDocument, { first: 4, after: first.data!.disclosures.pageInfo.endCursor }, AS.laiwuAdmin);
    const pages = [...first.data!.disclosures.nodes, ...rest.data!.disclosures.nodes].map((node) => node.publishedOn);
    expect(pages).toHaveLength(7);
    expect(pages).toEqual([...pages].sort().reverse());
  });

  it('the 山东 province reads 莱芜区’s disclosures; 山西’s province and other counties see none', async () => {
    const province = await app.request(DisclosuresDocument, { first: 50, filter: { tenantCode: '370116' } }, AS.shandongAnalyst);
    expect(province.data!.disclosures.totalCount).toBe(7);
    const shanxi = await app.request(DisclosuresDocument, {}, { role: 'PROVINCE_ANALYST', province: '14' });
    expect(shanxi.data!.disclosures.totalCount).toBe(0);
    const shanting = await app.request(DisclosuresDocument, {}, AS.shantingAdmin);
    expect(shanting.data!.disclosures.totalCount).toBe(0);
    expect((await app.request(DisclosureByIdDocument, { id: goalDisclosure.id }, AS.shantingAdmin)).data!.disclosure).toBeNull();
    await expectRefusedWithoutWrites(() => app.request(UpdateDisclosureDocument, { input: { id: goalDisclosure.id, version: 1, note: '越权' } }, AS.shantingAdmin), 'NOT_FOUND');
    await expectRefusedWithoutWrites(() => app.request(WithdrawDisclosureDocument, { input: { id: goalDisclosure.id, version: 1, reason: '越权' } }, AS.shilouAdmin), 'NOT_FOUND');
  });

  it.each<[string, TokenSpec]>([
    ['the province analyst', AS.shandongAnalyst],
    ['the province admin', AS.shandongAdmin],
    ['a BI reader', AS.laiwuBi],
  ])('%s cannot record disclosures (FORBIDDEN) and writes nothing', async (_who, as) => {
    await expectRefusedWithoutWrites(() => app.request(RecordDisclosureDocument, { input: { ...goalOnWebsite(), channel: 'TO_NPC' } }, as), 'FORBIDDEN');
  });
});
