import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AppraisalSchemeDocument,
  AppraisalSchemesDocument,
  AppraisalSubmissionDocument,
  AppraisalSubmissionsDocument,
  CreateAppraisalSchemeDocument,
  CreateUnitAppraisalSchemeDocument,
  FinalizeAppraisalReviewDocument,
  FinalizeUnitAppraisalReviewDocument,
  PublishAppraisalSchemeDocument,
  PublishUnitAppraisalSchemeDocument,
  SaveAppraisalReviewScoresDocument,
  SaveAppraisalSelfScoresDocument,
  SaveUnitAppraisalReviewScoresDocument,
  SaveUnitAppraisalSelfScoresDocument,
  StartAppraisalReviewDocument,
  StartAppraisalSubmissionDocument,
  StartUnitAppraisalDocument,
  SubmitAppraisalSubmissionDocument,
  SubmitUnitAppraisalDocument,
  UnitAppraisalSchemeDocument,
  UnitAppraisalSubmissionDocument,
  UnitAppraisalSubmissionsDocument,
  UpdateAppraisalSchemeDocument,
  type AppraisalItemInput,
  type CreateAppraisalSchemeInput,
} from '../schema/generated/graphql.js';
import { departmentId, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

const SHANXI_ADMIN = { role: 'PROVINCE_ADMIN', province: '14' } as const satisfies TokenSpec;
const SHANXI_ANALYST = { role: 'PROVINCE_ANALYST', province: '14' } as const satisfies TokenSpec;
/** A second county of 山西 (岚县, added by this file), to prove counties of one province stay apart. */
const LANXIAN_ADMIN = { role: 'COUNTY_ADMIN', tenant: '141127' } as const satisfies TokenSpec;
const SHILOU_MEDIA = { role: 'DEPARTMENT_USER', tenant: '141126', department: 'RMTZX' } as const satisfies TokenSpec;
const SHILOU_FINANCE_USER = { role: 'DEPARTMENT_USER', tenant: '141126', department: 'FIN' } as const satisfies TokenSpec;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** 山西省预算绩效管理工作考核 as 石楼县 answered it: 8 categories, 25 points. */
const SHANXI_ITEMS: AppraisalItemInput[] = [
  { code: '1', name: '制度建设', maxPoints: '2', scoringStandard: '出台预算绩效管理制度办法或内部规程的得 2 分' },
  { code: '2', name: '交流培训', maxPoints: '1' },
  { code: '3', name: '事前绩效评估', maxPoints: '2' },
  {
    code: '4',
    name: '绩效目标管理',
    maxPoints: '4',
    children: [
      { code: '4.1', name: '项目支出绩效目标管理', maxPoints: '2' },
      { code: '4.2', name: '部门整体支出绩效目标管理', maxPoints: '2', scoringStandard: '按开展部门整体绩效目标管理的部门占一级预算部门的比例计分' },
    ],
  },
  { code: '5', name: '绩效监控管理', maxPoints: '3' },
  {
    code: '6',
    name: '绩效评价管理',
    maxPoints: '7',
    children: [
      { code: '6.1', name: '绩效自评', maxPoints: '3' },
      { code: '6.2', name: '重点绩效评价', maxPoints: '4' },
    ],
  },
  {
    code: '7',
    name: '评价结果应用',
    maxPoints: '4',
    children: [
      { code: '7.1', name: '反馈与整改', maxPoints: '2' },
      { code: '7.2', name: '评价结果报县政府', maxPoints: '2' },
    ],
  },
  {
    code: '8',
    name: '绩效信息公开',
    maxPoints: '2',
    children: [
      { code: '8.1', name: '重要绩效目标随预算草案报人大并公开', maxPoints: '1' },
      { code: '8.2', name: '绩效评价情况随决算草案报人大并公开', maxPoints: '1' },
    ],
  },
];

const shanxiScheme = (): CreateAppraisalSchemeInput => ({
  fiscalYear: 2024,
  name: '2024年度县级财政部门预算绩效管理工作考核',
  documentNumber: '晋财绩〔2024〕1号',
  totalPoints: '25',
  items: SHANXI_ITEMS,
});

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.sql(
    `insert into tenant (province_id, city_id, code, name, kind)
     select p.id, c.id, '141127', '岚县', 'COUNTY' from province p join city c on c.province_id = p.id where p.code = '14' and c.code = '1411'`,
  );
});
afterAll(() => app?.close());

function expectError<T>(result: GraphQLResult<T>, code: string, field?: string) {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  if (field) {
    // Scalar errors (e.g. a Decimal with three decimals) name the field in the message only.
    if (result.errors?.[0].extensions?.field !== undefined) expect(result.errors?.[0].extensions?.field).toBe(field);
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

/**
 * Runs straight SQL as the API role under a scope, the way a request does (no resolvers), and
 * rolls back: what row-level security and the triggers allow is what the database itself allows.
 */
async function asApiRole<T>(scope: { role: string; province?: string; tenant?: string; department?: string }, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: app.apiUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('select * from app.begin_request($1, $2, $3, $4, $5, $6, $7)', [scope.role, scope.province ?? null, scope.tenant ?? null, scope.department ?? null, 'test', 'test', 'test']);
    return await work(client);
  } finally {
    await client.query('rollback');
    await client.end();
  }
}

let schemeId: string;
let schemeVersion: number;
/** Item ids of the 山西 scheme by code. */
const item: Record<string, string> = {};

describe('the province’s scheme (考核办法), province-owned', () => {
  it('the 山西 province admin creates the 25-point scheme as a DRAFT that counties do not see yet', async () => {
    const created = await app.request(CreateAppraisalSchemeDocument, { input: shanxiScheme() }, SHANXI_ADMIN);
    expect(created.errors).toBeUndefined();
    const scheme = created.data!.createAppraisalScheme;
    expect(scheme).toMatchObject({ status: 'DRAFT', statusLabel: '编制中', totalPoints: '25.00', version: 1, allowedActions: ['edit', 'publish'] });
    expect(scheme.items.map((i) => [i.code, i.maxPoints, i.level, i.isLeaf])).toEqual([
      ['1', '2.00', 1, true],
      ['2', '1.00', 1, true],
      ['3', '2.00', 1, true],
      ['4', '4.00', 1, false],
      ['4.1', '2.00', 2, true],
      ['4.2', '2.00', 2, true],
      ['5', '3.00', 1, true],
      ['6', '7.00', 1, false],
      ['6.1', '3.00', 2, true],
      ['6.2', '4.00', 2, true],
      ['7', '4.00', 1, false],
      ['7.1', '2.00', 2, true],
      ['7.2', '2.00', 2, true],
      ['8', '2.00', 1, false],
      ['8.1', '1.00', 2, true],
      ['8.2', '1.00', 2, true],
    ]);
    expect(scheme.topItems.map((top) => top.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(scheme.topItems[3].children.map((child) => child.code)).toEqual(['4.1', '4.2']);
    schemeId = scheme.id;
    schemeVersion = scheme.version;
    for (const row of scheme.items) item[row.code] = row.id;

    const county = await app.request(AppraisalSchemeDocument, { id: schemeId }, AS.shilouAdmin);
    expect(county.data!.appraisalScheme).toBeNull();
    const analyst = await app.request(AppraisalSchemeDocument, { id: schemeId }, SHANXI_ANALYST);
    expect(analyst.data!.appraisalScheme?.status).toBe('DRAFT');
    // The change is audited as province data.
    const [audit] = await app.sql(`select actor_role, operation from province_audit_event where entity = 'appraisal_scheme' and entity_id = $1`, [schemeId]);
    expect(audit).toMatchObject({ actor_role: 'PROVINCE_ADMIN', operation: 'createAppraisalScheme' });
  });

  it.each([
    ['a blank name', { name: '  ' }, 'name'],
    ['total points of 0', { totalPoints: '0' }, 'totalPoints'],
    ['total points with three decimals', { totalPoints: '25.005' }, 'totalPoints'],
    ['a fiscal year out of range', { fiscalYear: 1999 }, 'fiscalYear'],
    ['no items', { items: [] }, 'items'],
    ['an item with negative points', { items: [{ code: '1', name: '制度建设', maxPoints: '-2' }] }, 'items[0].maxPoints'],
    ['an item code with spaces', { items: [{ code: '1 1', name: '制度建设', maxPoints: '2' }] }, 'items[0].code'],
    ['a sub-item with a blank name', { items: [{ code: '4', name: '绩效目标管理', maxPoints: '4', children: [{ code: '4.1', name: ' ', maxPoints: '4' }] }] }, 'items[0].children[0].name'],
    ['two items with the same code', { items: [{ code: '1', name: '制度建设', maxPoints: '2' }, { code: '1', name: '交流培训', maxPoints: '1' }] }, 'items[1].code'],
    [
      'items nested five levels deep',
      { items: [{ code: 'a', name: 'a', maxPoints: '1', children: [{ code: 'b', name: 'b', maxPoints: '1', children: [{ code: 'c', name: 'c', maxPoints: '1', children: [{ code: 'd', name: 'd', maxPoints: '1', children: [{ code: 'e', name: 'e', maxPoints: '1' }] }] }] }] }] },
      'items[0].children[0].children[0].children[0].children[0]',
    ],
    ['the name of an existing scheme of the same year', {}, 'name'],
  ])('when a scheme has %s, it fails with BAD_USER_INPUT naming %s and writes nothing', async (_what, change, field) => {
    await expectRefusedWithoutWrites(() => app.request(CreateAppraisalSchemeDocument, { input: { ...shanxiScheme(), ...change } }, SHANXI_ADMIN), 'BAD_USER_INPUT', field);
  });

  it('refuses to publish a tree whose parent does not carry the sum of its sub-items, naming the item, and writes nothing', async () => {
    const unbalanced = await app.request(
      CreateAppraisalSchemeDocument,
      {
        input: {
          ...shanxiScheme(),
          name: '未配平的考核办法',
          items: SHANXI_ITEMS.map((top) => (top.code === '4' ? { ...top, children: [{ code: '4.1', name: '项目支出绩效目标管理', maxPoints: '2' }, { code: '4.2', name: '部门整体支出绩效目标管理', maxPoints: '1' }] } : top)),
        },
      },
      SHANXI_ADMIN,
    );
    const draft = unbalanced.data!.createAppraisalScheme;
    const refused = await expectRefusedWithoutWrites(
      () => app.request(PublishAppraisalSchemeDocument, { input: { id: draft.id, version: draft.version } }, SHANXI_ADMIN),
      'BAD_USER_INPUT',
      'items',
    );
    expect(refused.errors![0].message).toContain('4 绩效目标管理 has 4.00 points but its sub-items sum to 3.00');
    expect(refused.errors![0].extensions).toMatchObject({ itemCode: '4', itemId: draft.items.find((i) => i.code === '4')!.id });

    // Fixed in the draft, the top level now sums to 24 of 25: refused naming the total.
    const fixedChildren = await app.request(
      UpdateAppraisalSchemeDocument,
      { input: { id: draft.id, version: draft.version, items: SHANXI_ITEMS.filter((top) => top.code !== '2') } },
      SHANXI_ADMIN,
    );
    expect(fixedChildren.data!.updateAppraisalScheme).toMatchObject({ version: draft.version + 1, status: 'DRAFT' });
    const total = await expectRefusedWithoutWrites(
      () => app.request(PublishAppraisalSchemeDocument, { input: { id: draft.id, version: draft.version + 1 } }, SHANXI_ADMIN),
      'BAD_USER_INPUT',
      'totalPoints',
    );
    expect(total.errors![0].message).toContain('the top-level items sum to 24.00 points');
    expect(total.errors![0].message).toContain("the scheme's total is 25.00");
  });

  it('publishes the balanced 25-point scheme; every user of 山西 reads it with its tree', async () => {
    const published = await app.request(PublishAppraisalSchemeDocument, { input: { id: schemeId, version: schemeVersion } }, SHANXI_ADMIN);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAppraisalScheme).toMatchObject({ status: 'PUBLISHED', statusLabel: '已发布', allowedActions: [] });
    expect(published.data!.publishAppraisalScheme.publishedAt).toBeTruthy();
    schemeVersion = published.data!.publishAppraisalScheme.version;

    for (const reader of [AS.shilouAdmin, LANXIAN_ADMIN, SHILOU_MEDIA, SHANXI_ANALYST]) {
      const read = await app.request(AppraisalSchemeDocument, { id: schemeId }, reader);
      expect(read.data!.appraisalScheme, reader.role).toMatchObject({ name: '2024年度县级财政部门预算绩效管理工作考核', totalPoints: '25.00' });
      expect(read.data!.appraisalScheme!.items).toHaveLength(16);
    }
    const list = await app.request(AppraisalSchemesDocument, { fiscalYear: 2024 }, AS.shilouAdmin);
    expect(list.data!.appraisalSchemes.map((scheme) => scheme.name)).toEqual(['2024年度县级财政部门预算绩效管理工作考核']);
  });

  it('a published scheme is neither edited nor published again (INVALID_TRANSITION), and a stale version is a CONFLICT', async () => {
    const edit = await expectRefusedWithoutWrites(
      () => app.request(UpdateAppraisalSchemeDocument, { input: { id: schemeId, version: schemeVersion, name: '改名' } }, SHANXI_ADMIN),
      'INVALID_TRANSITION',
    );
    expect(edit.errors![0].message).toContain('PUBLISHED');
    expect(edit.errors![0].extensions).toMatchObject({ currentState: 'PUBLISHED', requestedState: 'DRAFT' });
    const again = await expectRefusedWithoutWrites(() => app.request(PublishAppraisalSchemeDocument, { input: { id: schemeId, version: schemeVersion } }, SHANXI_ADMIN), 'INVALID_TRANSITION');
    expect(again.errors![0].extensions).toMatchObject({ currentState: 'PUBLISHED', requestedState: 'PUBLISHED' });

    const draft = (await app.request(CreateAppraisalSchemeDocument, { input: { ...shanxiScheme(), name: '并发编辑' } }, SHANXI_ADMIN)).data!.createAppraisalScheme;
    expect((await app.request(UpdateAppraisalSchemeDocument, { input: { id: draft.id, version: 1, documentNumber: '晋财绩〔2024〕2号' } }, SHANXI_ADMIN)).data!.updateAppraisalScheme.version).toBe(2);
    await expectRefusedWithoutWrites(() => app.request(UpdateAppraisalSchemeDocument, { input: { id: draft.id, version: 1, name: '旧' } }, SHANXI_ADMIN), 'CONFLICT');
  });

  it.each([
    ['the province analyst', SHANXI_ANALYST],
    ['a county admin of 山西', AS.shilouAdmin],
    ['a department user', SHILOU_MEDIA],
    ['a BI reader of the province', { role: 'BI_READER', province: '14' } as TokenSpec],
  ])('refuses %s creating or publishing schemes (FORBIDDEN) and writes nothing', async (_who, as) => {
    await expectRefusedWithoutWrites(() => app.request(CreateAppraisalSchemeDocument, { input: { ...shanxiScheme(), name: '越权' } }, as), 'FORBIDDEN');
    await expectRefusedWithoutWrites(() => app.request(PublishAppraisalSchemeDocument, { input: { id: schemeId, version: schemeVersion } }, as), 'FORBIDDEN');
  });

  it('the 山东 province admin (37) can neither see nor change 山西’s scheme', async () => {
    expect((await app.request(AppraisalSchemeDocument, { id: schemeId }, AS.shandongAdmin)).data!.appraisalScheme).toBeNull();
    expect((await app.request(AppraisalSchemesDocument, {}, AS.shandongAdmin)).data!.appraisalSchemes).toEqual([]);
    await expectRefusedWithoutWrites(() => app.request(UpdateAppraisalSchemeDocument, { input: { id: schemeId, version: schemeVersion, name: '山东改' } }, AS.shandongAdmin), 'NOT_FOUND');
    await expectRefusedWithoutWrites(() => app.request(PublishAppraisalSchemeDocument, { input: { id: schemeId, version: schemeVersion } }, AS.shandongAdmin), 'NOT_FOUND');
    // 山东's counties do not see it either.
    expect((await app.request(AppraisalSchemeDocument, { id: schemeId }, AS.shantingAdmin)).data!.appraisalScheme).toBeNull();
  });
});

let submissionId: string;
let submissionVersion: number;
const FULL_MARKS = () =>
  Object.entries({ '1': '2', '2': '1', '3': '2', '4.1': '2', '4.2': '2', '5': '3', '6.1': '3', '6.2': '4', '7.1': '2', '7.2': '2', '8.1': '1', '8.2': '1' }).map(
    ([code, selfScore]) => ({ itemId: item[code], selfScore }),
  );

describe('石楼县’s self-assessment (自评), tenant-owned', () => {
  it('starts a self-assessment against the published scheme; a second one for the same scheme is refused', async () => {
    const started = await app.request(StartAppraisalSubmissionDocument, { input: { schemeId } }, AS.shilouAdmin);
    expect(started.errors).toBeUndefined();
    expect(started.data!.startAppraisalSubmission).toMatchObject({
      status: 'DRAFT',
      statusLabel: '自评中',
      allowedActions: ['selfScore', 'submit'],
      tenant: { code: '141126', name: '石楼县' },
      summary: { maxPoints: '25.00', selfScore: '0.00', selfScoreRate: '0.00', reviewedScore: null, reviewedScoreRate: null },
      review: null,
    });
    submissionId = started.data!.startAppraisalSubmission.id;
    submissionVersion = started.data!.startAppraisalSubmission.version;
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalSubmissionDocument, { input: { schemeId } }, AS.shilouAdmin), 'BAD_USER_INPUT', 'schemeId');
  });

  it.each([
    ['an unknown scheme', UNKNOWN_ID],
    ['a scheme id that is not an id', 'shanxi-2024'],
  ])('when started against %s, it fails with BAD_USER_INPUT on schemeId', async (_what, id) => {
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalSubmissionDocument, { input: { schemeId: id } }, AS.shilouAdmin), 'BAD_USER_INPUT', 'schemeId');
  });

  it('refuses to self-assess against a draft scheme or another province’s scheme', async () => {
    const draft = (await app.request(CreateAppraisalSchemeDocument, { input: { ...shanxiScheme(), name: '尚未发布' } }, SHANXI_ADMIN)).data!.createAppraisalScheme;
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalSubmissionDocument, { input: { schemeId: draft.id } }, AS.shilouAdmin), 'BAD_USER_INPUT', 'schemeId');
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalSubmissionDocument, { input: { schemeId } }, AS.shantingAdmin), 'BAD_USER_INPUT', 'schemeId');
  });

  it.each([
    ['a score above the item’s points', (s: ReturnType<typeof FULL_MARKS>) => [{ ...s[0], selfScore: '2.01' }], 'scores[0].selfScore'],
    ['a negative score', (s: ReturnType<typeof FULL_MARKS>) => [{ ...s[0], selfScore: '-1' }], 'scores[0].selfScore'],
    ['a score with three decimals', (s: ReturnType<typeof FULL_MARKS>) => [{ ...s[0], selfScore: '1.555' }], 'scores[0].selfScore'],
    ['an item with sub-items', () => [{ itemId: item['4'], selfScore: '4' }], 'scores[0].itemId'],
    ['an item of no scheme', () => [{ itemId: UNKNOWN_ID, selfScore: '1' }], 'scores[0].itemId'],
    ['the same item twice', (s: ReturnType<typeof FULL_MARKS>) => [s[1], s[1]], 'scores[1].itemId'],
    ['no scores', () => [], 'scores'],
    ['a blank evidence text', (s: ReturnType<typeof FULL_MARKS>) => [{ ...s[0], evidence: ' ' }], 'scores[0].evidence'],
  ])('when self scores have %s, they fail with BAD_USER_INPUT naming %s and nothing is written', async (_what, scores, field) => {
    await expectRefusedWithoutWrites(
      () => app.request(SaveAppraisalSelfScoresDocument, { input: { id: submissionId, version: submissionVersion, scores: scores(FULL_MARKS()) } }, AS.shilouAdmin),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses to submit while an item has no self score, naming the item', async () => {
    const partial = await app.request(
      SaveAppraisalSelfScoresDocument,
      { input: { id: submissionId, version: submissionVersion, scores: FULL_MARKS().filter((score) => score.itemId !== item['8.2']) } },
      AS.shilouAdmin,
    );
    expect(partial.errors).toBeUndefined();
    submissionVersion = partial.data!.saveAppraisalSelfScores.version;
    expect(partial.data!.saveAppraisalSelfScores.summary).toMatchObject({ selfScore: '24.00', selfScoreRate: '96.00' });
    const refused = await expectRefusedWithoutWrites(
      () => app.request(SubmitAppraisalSubmissionDocument, { input: { id: submissionId, version: submissionVersion } }, AS.shilouAdmin),
      'BAD_USER_INPUT',
      'scores',
    );
    expect(refused.errors![0].message).toContain('8.2 绩效评价情况随决算草案报人大并公开');
  });

  it('self-scores 25 of 25 (rate 100.00, as 石楼县 reported "100 分") and submits', async () => {
    const scored = await app.request(
      SaveAppraisalSelfScoresDocument,
      {
        input: {
          id: submissionId,
          version: submissionVersion,
          scores: [
            { itemId: item['8.2'], selfScore: '1', evidence: '决算草案中叙述重大政策、项目绩效评价情况并在政府网站公开' },
            { itemId: item['4.2'], selfScore: '2', evidence: '22 个一级预算部门，18 个开展部门整体绩效目标管理' },
          ],
        },
      },
      AS.shilouAdmin,
    );
    expect(scored.errors).toBeUndefined();
    const detail = scored.data!.saveAppraisalSelfScores;
    expect(detail.summary).toMatchObject({ maxPoints: '25.00', selfScore: '25.00', selfScoreRate: '100.00' });
    expect(detail.version).toBe(submissionVersion + 1);
    // Parents show the sum of their sub-items.
    expect(detail.items.find((line) => line.code === '4')).toMatchObject({ isLeaf: false, selfScore: '4.00', maxPoints: '4.00' });
    expect(detail.items.find((line) => line.code === '4.2')).toMatchObject({ isLeaf: true, selfScore: '2.00', evidence: '22 个一级预算部门，18 个开展部门整体绩效目标管理' });

    const stale = await expectRefusedWithoutWrites(() => app.request(SubmitAppraisalSubmissionDocument, { input: { id: submissionId, version: submissionVersion } }, AS.shilouAdmin), 'CONFLICT');
    expect(stale.errors![0].message).toMatch(/changed by someone else/);
    const submitted = await app.request(SubmitAppraisalSubmissionDocument, { input: { id: submissionId, version: detail.version } }, AS.shilouAdmin);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitAppraisalSubmission).toMatchObject({ status: 'SUBMITTED', statusLabel: '已报送', allowedActions: ['startReview', 'review'] });
    submissionVersion = submitted.data!.submitAppraisalSubmission.version;
  });

  it('a submitted self-assessment cannot be re-scored or submitted again (INVALID_TRANSITION)', async () => {
    const rescore = await expectRefusedWithoutWrites(
      () => app.request(SaveAppraisalSelfScoresDocument, { input: { id: submissionId, version: submissionVersion, scores: FULL_MARKS().slice(0, 1) } }, AS.shilouAdmin),
      'INVALID_TRANSITION',
    );
    expect(rescore.errors![0].extensions).toMatchObject({ currentState: 'SUBMITTED', requestedState: 'DRAFT' });
    const again = await expectRefusedWithoutWrites(() => app.request(SubmitAppraisalSubmissionDocument, { input: { id: submissionId, version: submissionVersion } }, AS.shilouAdmin), 'INVALID_TRANSITION');
    expect(again.errors![0].message).toContain('Cannot submit a self-assessment that is SUBMITTED');
  });

  it('only the county admin self-assesses: department users and province roles are refused', async () => {
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalSubmissionDocument, { input: { schemeId } }, SHILOU_MEDIA), 'FORBIDDEN');
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalSubmissionDocument, { input: { schemeId } }, SHANXI_ADMIN), 'FORBIDDEN');
  });
});

let reviewId: string;
let reviewVersion: number;

describe('the province’s review (评定), province-owned', () => {
  it('refuses to review a self-assessment that is still a DRAFT (岚县 has not submitted)', async () => {
    const lanxian = await app.request(StartAppraisalSubmissionDocument, { input: { schemeId } }, LANXIAN_ADMIN);
    expect(lanxian.errors).toBeUndefined();
    const refused = await expectRefusedWithoutWrites(
      () => app.request(StartAppraisalReviewDocument, { input: { submissionId: lanxian.data!.startAppraisalSubmission.id } }, SHANXI_ADMIN),
      'INVALID_TRANSITION',
    );
    expect(refused.errors![0].extensions).toMatchObject({ currentState: 'DRAFT', requestedState: 'REVIEWING' });
  });

  it('opens the review of 石楼县 with reviewed scores starting at the self scores; the county still sees SUBMITTED and no reviewed score', async () => {
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalReviewDocument, { input: { submissionId } }, SHANXI_ANALYST), 'FORBIDDEN');
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalReviewDocument, { input: { submissionId } }, AS.shilouAdmin), 'FORBIDDEN');

    const started = await app.request(StartAppraisalReviewDocument, { input: { submissionId } }, SHANXI_ADMIN);
    expect(started.errors).toBeUndefined();
    const review = started.data!.startAppraisalReview;
    expect(review).toMatchObject({ status: 'REVIEWING', statusLabel: '评审中', examinee: { code: '141126' }, submission: { status: 'REVIEWING' } });
    expect(review.scores).toHaveLength(12);
    expect(review.submission!.summary).toMatchObject({ reviewedScore: '25.00', reviewedScoreRate: '100.00', scoreGap: '0.00' });
    reviewId = review.id;
    reviewVersion = review.version;
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalReviewDocument, { input: { submissionId } }, SHANXI_ADMIN), 'INVALID_TRANSITION');

    // The review is the province's row, audited with the county it is about; no tenant row changed.
    const [audit] = await app.sql<{ subject: string }>(
      `select t.code as subject from province_audit_event e join tenant t on t.id = e.subject_tenant_id where e.entity = 'appraisal_review' and e.entity_id = $1`,
      [reviewId],
    );
    expect(audit.subject).toBe('141126');
    const [submission] = await app.sql(`select status::text, version from appraisal_submission where id = $1`, [submissionId]);
    expect(submission).toEqual({ status: 'SUBMITTED', version: submissionVersion });

    const county = await app.request(AppraisalSubmissionDocument, { id: submissionId }, AS.shilouAdmin);
    expect(county.data!.appraisalSubmission).toMatchObject({ status: 'SUBMITTED', review: null, summary: { selfScoreRate: '100.00', reviewedScore: null, reviewedScoreRate: null, scoreGap: null } });
    expect(county.data!.appraisalSubmission!.items.every((line) => line.reviewedScore === null)).toBe(true);
  });

  it.each([
    ['a reviewed score above the item’s points', () => [{ itemId: item['5'], reviewedScore: '3.5' }], 'scores[0].reviewedScore'],
    ['a negative reviewed score', () => [{ itemId: item['5'], reviewedScore: '-0.5' }], 'scores[0].reviewedScore'],
    ['an item with sub-items', () => [{ itemId: item['8'], reviewedScore: '1' }], 'scores[0].itemId'],
    ['an unknown item', () => [{ itemId: UNKNOWN_ID, reviewedScore: '1' }], 'scores[0].itemId'],
    ['a note of 4001 characters', () => [{ itemId: item['5'], reviewedScore: '2', note: '注'.repeat(4001) }], 'scores[0].note'],
  ])('when reviewed scores have %s, they fail with BAD_USER_INPUT naming %s and nothing is written', async (_what, scores, field) => {
    await expectRefusedWithoutWrites(
      () => app.request(SaveAppraisalReviewScoresDocument, { input: { id: reviewId, version: reviewVersion, scores: scores() } }, SHANXI_ADMIN),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('reviews two items lower: 4.2 to 1.64 (18 of 22 departments) and 5 to 2.50; rate 96.56 against the self score’s 100.00', async () => {
    const saved = await app.request(
      SaveAppraisalReviewScoresDocument,
      {
        input: {
          id: reviewId,
          version: reviewVersion,
          opinion: '部门整体绩效目标管理未全覆盖；重点项目监控报告不完整。',
          scores: [
            { itemId: item['4.2'], reviewedScore: '1.64', note: '22 个一级预算部门中 18 个开展部门整体绩效目标管理（81.8%），按比例计 2 × 18/22 = 1.64 分' },
            { itemId: item['5'], reviewedScore: '2.50', note: '重点项目监控仅报送一份报告' },
          ],
        },
      },
      SHANXI_ADMIN,
    );
    expect(saved.errors).toBeUndefined();
    const review = saved.data!.saveAppraisalReviewScores;
    expect(review.version).toBe(reviewVersion + 1);
    expect(review.submission!.summary).toEqual({
      maxPoints: '25.00',
      selfScore: '25.00',
      selfScoreRate: '100.00',
      reviewedScore: '24.14',
      reviewedScoreRate: '96.56',
      scoreGap: '0.86',
      scoreRateGap: '3.44',
    });
    reviewVersion = review.version;

    const finalizedByAnalyst = await expectRefusedWithoutWrites(() => app.request(FinalizeAppraisalReviewDocument, { input: { id: reviewId, version: reviewVersion } }, SHANXI_ANALYST), 'FORBIDDEN');
    expect(finalizedByAnalyst.errors![0].message).toContain('PROVINCE_ADMIN');
    const final = await app.request(FinalizeAppraisalReviewDocument, { input: { id: reviewId, version: reviewVersion } }, SHANXI_ADMIN);
    expect(final.errors).toBeUndefined();
    expect(final.data!.finalizeAppraisalReview).toMatchObject({ status: 'FINAL', statusLabel: '已评定', submission: { status: 'REVIEWED' } });
    reviewVersion = final.data!.finalizeAppraisalReview.version;
  });

  it('a final review is neither changed nor finalized again (INVALID_TRANSITION)', async () => {
    const change = await expectRefusedWithoutWrites(
      () => app.request(SaveAppraisalReviewScoresDocument, { input: { id: reviewId, version: reviewVersion, scores: [{ itemId: item['1'], reviewedScore: '1' }] } }, SHANXI_ADMIN),
      'INVALID_TRANSITION',
    );
    expect(change.errors![0].extensions).toMatchObject({ currentState: 'REVIEWED', requestedState: 'REVIEWING' });
    await expectRefusedWithoutWrites(() => app.request(FinalizeAppraisalReviewDocument, { input: { id: reviewId, version: reviewVersion } }, SHANXI_ADMIN), 'INVALID_TRANSITION');
  });

  it('石楼县 now sees its self-assessment REVIEWED with the reviewed scores and the gap', async () => {
    const read = await app.request(AppraisalSubmissionDocument, { id: submissionId }, AS.shilouAdmin);
    expect(read.errors).toBeUndefined();
    const submission = read.data!.appraisalSubmission!;
    expect(submission).toMatchObject({
      status: 'REVIEWED',
      statusLabel: '已评定',
      allowedActions: [],
      review: { status: 'FINAL', opinion: '部门整体绩效目标管理未全覆盖；重点项目监控报告不完整。' },
      summary: { selfScore: '25.00', selfScoreRate: '100.00', reviewedScore: '24.14', reviewedScoreRate: '96.56', scoreGap: '0.86', scoreRateGap: '3.44' },
    });
    const line = (code: string) => submission.items.find((entry) => entry.code === code)!;
    expect(line('4.2')).toMatchObject({ selfScore: '2.00', reviewedScore: '1.64', reviewNote: expect.stringContaining('18/22') });
    expect(line('4')).toMatchObject({ selfScore: '4.00', reviewedScore: '3.64' });
    expect(line('5')).toMatchObject({ selfScore: '3.00', reviewedScore: '2.50' });
    expect(line('1')).toMatchObject({ selfScore: '2.00', reviewedScore: '2.00', reviewNote: null });
  });

  it('the province lists the self-assessments of all its counties with status, self and reviewed score rates', async () => {
    const list = await app.request(AppraisalSubmissionsDocument, { filter: { fiscalYear: 2024 } }, SHANXI_ANALYST);
    expect(list.errors).toBeUndefined();
    expect(list.data!.appraisalSubmissions.totalCount).toBe(2);
    expect(list.data!.appraisalSubmissions.nodes.map((node) => [node.tenant.code, node.status, node.summary.selfScoreRate, node.summary.reviewedScoreRate])).toEqual([
      ['141126', 'REVIEWED', '100.00', '96.56'],
      ['141127', 'DRAFT', '0.00', null],
    ]);
    const reviewed = await app.request(AppraisalSubmissionsDocument, { filter: { status: 'REVIEWED' } }, SHANXI_ADMIN);
    expect(reviewed.data!.appraisalSubmissions.nodes.map((node) => node.tenant.code)).toEqual(['141126']);

    // Statements depend on the query's shape, not on the number of counties listed.
    const one = await app.request(AppraisalSubmissionsDocument, { first: 1 }, SHANXI_ANALYST);
    const two = await app.request(AppraisalSubmissionsDocument, { first: 2 }, SHANXI_ANALYST);
    expect(two.data!.appraisalSubmissions.nodes).toHaveLength(2);
    expect(two.statements).toBe(one.statements);
  });
});

describe('isolation of the self-assessment and its review', () => {
  it('the 山东 province admin (37) neither sees nor reviews 石楼县’s self-assessment', async () => {
    expect((await app.request(AppraisalSubmissionDocument, { id: submissionId }, AS.shandongAdmin)).data!.appraisalSubmission).toBeNull();
    expect((await app.request(AppraisalSubmissionsDocument, {}, AS.shandongAdmin)).data!.appraisalSubmissions.totalCount).toBe(0);
    await expectRefusedWithoutWrites(() => app.request(StartAppraisalReviewDocument, { input: { submissionId } }, AS.shandongAdmin), 'NOT_FOUND');
    await expectRefusedWithoutWrites(
      () => app.request(SaveAppraisalReviewScoresDocument, { input: { id: reviewId, version: reviewVersion, scores: [{ itemId: item['1'], reviewedScore: '0' }] } }, AS.shandongAdmin),
      'NOT_FOUND',
    );
    await expectRefusedWithoutWrites(() => app.request(FinalizeAppraisalReviewDocument, { input: { id: reviewId, version: reviewVersion } }, AS.shandongAdmin), 'NOT_FOUND');
  });

  it.each([
    ['岚县, another county of 山西', LANXIAN_ADMIN],
    ['山亭区, a county of 山东', AS.shantingAdmin],
  ])('the county admin of %s cannot see 石楼县’s self-assessment or its review', async (_who, as) => {
    expect((await app.request(AppraisalSubmissionDocument, { id: submissionId }, as)).data!.appraisalSubmission).toBeNull();
    const list = await app.request(AppraisalSubmissionsDocument, { filter: { tenantCode: '141126' } }, as);
    expect(list.data!.appraisalSubmissions.totalCount).toBe(0);
    const scheme = await app.request(AppraisalSchemeDocument, { id: schemeId }, as);
    expect(scheme.data!.appraisalScheme?.submissions.map((s) => s.tenant.code) ?? []).not.toContain('141126');
    await expectRefusedWithoutWrites(
      () => app.request(SaveAppraisalSelfScoresDocument, { input: { id: submissionId, version: 1, scores: FULL_MARKS().slice(0, 1) } }, as),
      'NOT_FOUND',
    );
  });

  it('石楼县’s department users do not read the finance bureau’s self-assessment to the province', async () => {
    expect((await app.request(AppraisalSubmissionDocument, { id: submissionId }, SHILOU_MEDIA)).data!.appraisalSubmission).toBeNull();
    expect((await app.request(AppraisalSubmissionsDocument, {}, SHILOU_MEDIA)).data!.appraisalSubmissions.totalCount).toBe(0);
  });

  it.each([
    ['岚县, another county of 山西', 'COUNTY_ADMIN', null, '141127', 0],
    ['山东’s province admin', 'PROVINCE_ADMIN', '37', null, 0],
    ['石楼县 itself, once the review is FINAL', 'COUNTY_ADMIN', null, '141126', 1],
    ['山西’s analyst', 'PROVINCE_ANALYST', '14', null, 1],
  ])('the database itself shows the review rows of 石楼县 to %s: %s review(s)', async (_who, role, province, tenant, expected) => {
    const counts = await asApiRole({ role, province: province ?? undefined, tenant: tenant ?? undefined }, async (client) =>
      (await client.query<{ reviews: number; scores: number }>(
        `select (select count(*)::int from appraisal_review) as reviews, (select count(*)::int from appraisal_review_score) as scores`,
      )).rows[0],
    );
    expect(counts).toEqual({ reviews: expected, scores: expected * 12 });
  });

  it('the database refuses a province admin writing a review about a county of another province', async () => {
    const [ids] = await app.sql<{ shandong: string; shilou: string }>(
      `select (select id from province where code = '37') as shandong, (select id from tenant where code = '141126') as shilou`,
    );
    const error = await asApiRole({ role: 'PROVINCE_ADMIN', province: '37' }, (client) =>
      client
        .query(`insert into appraisal_review (province_id, examinee_tenant_id, submission_id, scheme_id, reviewer) values ($1, $2, $3, $4, 'test')`, [
          ids.shandong,
          ids.shilou,
          submissionId,
          schemeId,
        ])
        .then(() => null, (e: { code?: string }) => e.code),
    );
    expect(error).toBe('42501');
  });
});

describe('a county scores its own departments and townships the same way', () => {
  let unitSchemeId: string;
  let unitItem: Record<string, string> = {};
  let appraisalId: string;
  let appraisalVersion: number;
  let media: string;

  const DEPARTMENT_ITEMS: AppraisalItemInput[] = [
    { code: 'A', name: '绩效目标管理', maxPoints: '4', children: [{ code: 'A1', name: '项目绩效目标', maxPoints: '2' }, { code: 'A2', name: '部门整体绩效目标', maxPoints: '2' }] },
    { code: 'B', name: '绩效运行监控', maxPoints: '3' },
    { code: 'C', name: '绩效自评', maxPoints: '3' },
  ];

  beforeAll(async () => {
    media = await departmentId(app, '141126', 'RMTZX');
  });

  it('refuses to publish an unbalanced department scheme with the same check as the province’s', async () => {
    const draft = await app.request(
      CreateUnitAppraisalSchemeDocument,
      { input: { fiscalYear: 2024, examineeKind: 'DEPARTMENT', name: '未配平', totalPoints: '10', items: [{ ...DEPARTMENT_ITEMS[0], maxPoints: '5' }, DEPARTMENT_ITEMS[1], DEPARTMENT_ITEMS[2]] } },
      AS.shilouAdmin,
    );
    expect(draft.errors).toBeUndefined();
    const refused = await expectRefusedWithoutWrites(
      () => app.request(PublishUnitAppraisalSchemeDocument, { input: { id: draft.data!.createUnitAppraisalScheme.id, version: 1 } }, AS.shilouAdmin),
      'BAD_USER_INPUT',
      'items',
    );
    expect(refused.errors![0].message).toContain('A 绩效目标管理 has 5.00 points but its sub-items sum to 4.00');
  });

  it('石楼县 publishes a 10-point scheme for its departments; only its finance bureau writes schemes', async () => {
    await expectRefusedWithoutWrites(
      () => app.request(CreateUnitAppraisalSchemeDocument, { input: { fiscalYear: 2024, examineeKind: 'DEPARTMENT', name: '越权', totalPoints: '10', items: DEPARTMENT_ITEMS } }, SHILOU_MEDIA),
      'FORBIDDEN',
    );
    await expectRefusedWithoutWrites(
      () => app.request(CreateUnitAppraisalSchemeDocument, { input: { fiscalYear: 2024, examineeKind: 'AGENCY', name: '预算单位考核', totalPoints: '10', items: DEPARTMENT_ITEMS } }, AS.shilouAdmin),
      'BAD_USER_INPUT',
      'examineeKind',
    );
    const created = await app.request(
      CreateUnitAppraisalSchemeDocument,
      { input: { fiscalYear: 2024, examineeKind: 'DEPARTMENT', name: '2024年度部门预算绩效管理考核', documentNumber: '石财绩〔2024〕3号', totalPoints: '10', items: DEPARTMENT_ITEMS } },
      AS.shilouAdmin,
    );
    expect(created.errors).toBeUndefined();
    unitSchemeId = created.data!.createUnitAppraisalScheme.id;
    unitItem = Object.fromEntries(created.data!.createUnitAppraisalScheme.items.map((row) => [row.code, row.id]));
    // A draft stays with the finance bureau.
    expect((await app.request(UnitAppraisalSchemeDocument, { id: unitSchemeId }, SHILOU_MEDIA)).data!.unitAppraisalScheme).toBeNull();
    const published = await app.request(PublishUnitAppraisalSchemeDocument, { input: { id: unitSchemeId, version: 1 } }, AS.shilouAdmin);
    expect(published.data!.publishUnitAppraisalScheme).toMatchObject({ status: 'PUBLISHED', examineeKind: 'DEPARTMENT', examineeKindLabel: '预算部门' });
    expect((await app.request(UnitAppraisalSchemeDocument, { id: unitSchemeId }, SHILOU_MEDIA)).data!.unitAppraisalScheme?.items).toHaveLength(5);
  });

  it('the 融媒体中心 self-scores 10 of 10 and submits; another department user cannot start, see or score it', async () => {
    await expectRefusedWithoutWrites(() => app.request(StartUnitAppraisalDocument, { input: { schemeId: unitSchemeId, examineeId: media } }, SHILOU_FINANCE_USER), 'FORBIDDEN');
    const started = await app.request(StartUnitAppraisalDocument, { input: { schemeId: unitSchemeId, examineeId: media } }, SHILOU_MEDIA);
    expect(started.errors).toBeUndefined();
    appraisalId = started.data!.startUnitAppraisal.id;
    expect(started.data!.startUnitAppraisal).toMatchObject({ status: 'DRAFT', examinee: { code: 'RMTZX' } });

    const scores = [
      { itemId: unitItem.A1, selfScore: '2' },
      { itemId: unitItem.A2, selfScore: '2' },
      { itemId: unitItem.B, selfScore: '3' },
      { itemId: unitItem.C, selfScore: '3', evidence: '报送 2023 年项目和部门整体绩效自评' },
    ];
    await expectRefusedWithoutWrites(
      () => app.request(SaveUnitAppraisalSelfScoresDocument, { input: { id: appraisalId, version: 1, scores: [{ itemId: unitItem.B, selfScore: '4' }] } }, SHILOU_MEDIA),
      'BAD_USER_INPUT',
      'scores[0].selfScore',
    );
    await expectRefusedWithoutWrites(() => app.request(SaveUnitAppraisalSelfScoresDocument, { input: { id: appraisalId, version: 1, scores } }, SHILOU_FINANCE_USER), 'NOT_FOUND');
    expect((await app.request(UnitAppraisalSubmissionDocument, { id: appraisalId }, SHILOU_FINANCE_USER)).data!.unitAppraisalSubmission).toBeNull();

    const scored = await app.request(SaveUnitAppraisalSelfScoresDocument, { input: { id: appraisalId, version: 1, scores } }, SHILOU_MEDIA);
    expect(scored.errors).toBeUndefined();
    expect(scored.data!.saveUnitAppraisalSelfScores.summary).toMatchObject({ maxPoints: '10.00', selfScore: '10.00', selfScoreRate: '100.00' });
    const submitted = await app.request(SubmitUnitAppraisalDocument, { input: { id: appraisalId, version: scored.data!.saveUnitAppraisalSelfScores.version } }, SHILOU_MEDIA);
    expect(submitted.data!.submitUnitAppraisal).toMatchObject({ status: 'SUBMITTED', statusLabel: '已报送' });
    appraisalVersion = submitted.data!.submitUnitAppraisal.version;
  });

  it('only the finance bureau reviews; the department sees its reviewed scores once REVIEWED', async () => {
    await expectRefusedWithoutWrites(
      () => app.request(SaveUnitAppraisalReviewScoresDocument, { input: { id: appraisalId, version: appraisalVersion, scores: [{ itemId: unitItem.A2, reviewedScore: '2' }] } }, SHILOU_MEDIA),
      'FORBIDDEN',
    );
    await expectRefusedWithoutWrites(() => app.request(FinalizeUnitAppraisalReviewDocument, { input: { id: appraisalId, version: appraisalVersion } }, AS.shilouAdmin), 'INVALID_TRANSITION');

    const reviewed = await app.request(
      SaveUnitAppraisalReviewScoresDocument,
      { input: { id: appraisalId, version: appraisalVersion, opinion: '部门整体绩效目标不完整', scores: [{ itemId: unitItem.A2, reviewedScore: '1', note: '缺少部门整体绩效指标' }] } },
      AS.shilouAdmin,
    );
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data!.saveUnitAppraisalReviewScores).toMatchObject({
      status: 'REVIEWING',
      summary: { selfScoreRate: '100.00', reviewedScore: '9.00', reviewedScoreRate: '90.00', scoreGap: '1.00', scoreRateGap: '10.00' },
    });
    // While the bureau is still reviewing, the department sees only its own scores.
    const midway = await app.request(UnitAppraisalSubmissionDocument, { id: appraisalId }, SHILOU_MEDIA);
    expect(midway.data!.unitAppraisalSubmission).toMatchObject({ status: 'REVIEWING', summary: { reviewedScore: null } });

    const final = await app.request(FinalizeUnitAppraisalReviewDocument, { input: { id: appraisalId, version: reviewed.data!.saveUnitAppraisalReviewScores.version } }, AS.shilouAdmin);
    expect(final.data!.finalizeUnitAppraisalReview).toMatchObject({ status: 'REVIEWED', statusLabel: '已评定' });

    const seen = await app.request(UnitAppraisalSubmissionDocument, { id: appraisalId }, SHILOU_MEDIA);
    expect(seen.data!.unitAppraisalSubmission).toMatchObject({
      status: 'REVIEWED',
      reviewOpinion: '部门整体绩效目标不完整',
      summary: { selfScore: '10.00', reviewedScore: '9.00', reviewedScoreRate: '90.00', scoreGap: '1.00' },
    });
    expect(seen.data!.unitAppraisalSubmission!.items.find((line) => line.code === 'A')).toMatchObject({ selfScore: '4.00', reviewedScore: '3.00' });
    expect(seen.data!.unitAppraisalSubmission!.items.find((line) => line.code === 'A2')).toMatchObject({ reviewedScore: '1.00', reviewNote: '缺少部门整体绩效指标' });

    const list = await app.request(UnitAppraisalSubmissionsDocument, { filter: { schemeId: unitSchemeId } }, AS.shilouAdmin);
    expect(list.data!.unitAppraisalSubmissions.nodes.map((node) => [node.examinee.code, node.status, node.summary.reviewedScoreRate])).toEqual([['RMTZX', 'REVIEWED', '90.00']]);
  });

  it('appraises townships (org kind TOWNSHIP) under a township scheme, and refuses a department there', async () => {
    const [township] = await app.sql<{ id: string }>(
      `insert into department (tenant_id, code, name, kind) select id, 'LQZ', '灵泉镇', 'TOWNSHIP' from tenant where code = '141126' returning id`,
    );
    const created = await app.request(
      CreateUnitAppraisalSchemeDocument,
      { input: { fiscalYear: 2024, examineeKind: 'TOWNSHIP', name: '2024年度乡镇财政运行绩效考核', totalPoints: '5', items: [{ code: 'T1', name: '预算执行', maxPoints: '5' }] } },
      AS.shilouAdmin,
    );
    const townshipScheme = created.data!.createUnitAppraisalScheme.id;
    await app.request(PublishUnitAppraisalSchemeDocument, { input: { id: townshipScheme, version: 1 } }, AS.shilouAdmin);
    const wrongKind = await expectRefusedWithoutWrites(
      () => app.request(StartUnitAppraisalDocument, { input: { schemeId: townshipScheme, examineeId: media } }, AS.shilouAdmin),
      'BAD_USER_INPUT',
      'examineeId',
    );
    expect(wrongKind.errors![0].message).toContain('this scheme appraises TOWNSHIP');
    const started = await app.request(StartUnitAppraisalDocument, { input: { schemeId: townshipScheme, examineeId: township.id } }, AS.shilouAdmin);
    expect(started.data!.startUnitAppraisal).toMatchObject({ status: 'DRAFT', examinee: { code: 'LQZ', kind: 'TOWNSHIP' } });
  });

  it('other tenants see none of it', async () => {
    for (const as of [AS.shantingAdmin, LANXIAN_ADMIN]) {
      expect((await app.request(UnitAppraisalSchemeDocument, { id: unitSchemeId }, as)).data!.unitAppraisalScheme).toBeNull();
      expect((await app.request(UnitAppraisalSubmissionDocument, { id: appraisalId }, as)).data!.unitAppraisalSubmission).toBeNull();
      expect((await app.request(UnitAppraisalSubmissionsDocument, {}, as)).data!.unitAppraisalSubmissions.totalCount).toBe(0);
      await expectRefusedWithoutWrites(() => app.request(PublishUnitAppraisalSchemeDocument, { input: { id: unitSchemeId, version: 2 } }, as), 'NOT_FOUND');
    }
  });

  it('the database itself refuses a department user setting a reviewed score or its own appraisal’s review status', async () => {
    const scoreError = await asApiRole(SHILOU_MEDIA, (client) =>
      client.query(`update unit_appraisal_score set reviewed_score = 0 where submission_id = $1`, [appraisalId]).then(() => null, (e: { code?: string }) => e.code),
    );
    expect(scoreError).toBe('42501');
    const statusError = await asApiRole(SHILOU_MEDIA, (client) =>
      client.query(`update unit_appraisal_submission set status = 'REVIEWED' where id = $1`, [appraisalId]).then(() => null, (e: { code?: string }) => e.code),
    );
    expect(statusError).toBe('42501');
  });
});
