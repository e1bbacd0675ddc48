import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdjustGoalDocument,
  CreateGoalDocument,
  CreateLibraryIndicatorDocument,
  GoalByIdDocument,
  GoalsDocument,
  IndicatorLibraryDocument,
  ReviewGoalDocument,
  SubmitGoalDocument,
  UpdateGoalDocument,
  type IndicatorInput,
} from '../schema/generated/graphql.js';
import { approvedProjectYear, draftProjectYear, expectData, standardIndicators } from './helpers/chain.js';
import { departmentId, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type TestApp, type TokenSpec } from './helpers/test-app.js';

let app: TestApp;
let finance: string;
let laiwuWater: string;
let laiwuStats: string;
let code = 0;
const nextCode = () => `G${String(++code).padStart(4, '0')}`;

beforeAll(async () => {
  app = await startTestApp();
  finance = await departmentId(app, '370406', 'FIN');
  laiwuWater = await departmentId(app, '370116', 'SW');
  laiwuStats = await departmentId(app, '370116', 'TJ');
});
afterAll(() => app?.close());

async function draftYear(as: TokenSpec = AS.shantingAdmin, department = finance) {
  const { year } = await draftProjectYear(
    app,
    as,
    { departmentId: department, code: nextCode(), name: '目标测试项目', kindCode: '31' },
    { fiscalYear: 2024, budgetType: 'GENERAL_PUBLIC', requestedAmount: '300000.00' },
  );
  return year;
}

const review = (id: string, version: number, grade: 'EXCELLENT' | 'GOOD' | 'MEDIUM' | 'POOR') => ({
  id,
  version,
  grade,
  completeness: true,
  relevance: true,
  reasonableness: grade !== 'MEDIUM',
  measurability: true,
  opinion: grade === 'MEDIUM' ? '指标不够细化' : undefined,
});

async function submittedGoal(indicators = standardIndicators()) {
  const year = await draftYear();
  const goal = expectData(await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '目标', indicators } }, AS.shantingAdmin), 'create').createGoal;
  return expectData(await app.request(SubmitGoalDocument, { input: { id: goal.id, version: goal.version } }, AS.shantingAdmin), 'submit').submitGoal;
}

describe('performance goals with indicators', () => {
  it('creates a project goal with its indicator tree and Chinese labels', async () => {
    const year = await draftYear();
    const created = await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '完成城区道路维修', indicators: standardIndicators() } }, AS.shantingAdmin);
    expect(created.errors).toBeUndefined();
    const goal = created.data!.createGoal;
    expect(goal).toMatchObject({ status: 'DRAFT', versionNo: 1, isCurrent: false, fiscalYear: 2024, allowedActions: ['edit', 'submit'] });
    expect(goal.indicators.map((i) => [i.level1Label, i.level2Label, i.name, i.comparatorLabel, i.targetValue ?? i.targetText, i.unit, i.weight])).toEqual([
      ['产出指标', '数量指标', '维修道路长度', '≥', '12.0000', '公里', '25.00'],
      ['产出指标', '时效指标', '完工时间', '≤', '10.0000', '月', '25.00'],
      ['效益指标', '社会效益指标', '通行条件', '定性', '明显改善', '', '30.00'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', '90.0000', '%', '10.00'],
    ]);
  });

  const withIndicator = (i: number, change: Partial<IndicatorInput>) => standardIndicators().map((indicator, n) => (n === i ? { ...indicator, ...change } : indicator));

  it.each([
    ['no indicators', [], 'indicators'],
    ['a quantitative indicator without a target', withIndicator(0, { targetValue: undefined }), 'indicators[0].targetValue'],
    ['a qualitative indicator without a target text', withIndicator(2, { targetText: undefined }), 'indicators[2].targetText'],
    ['a level-2 indicator under the wrong level 1', withIndicator(0, { level2: 'SOCIAL' }), 'indicators[0].level2'],
    ['weights that do not sum as the scheme requires', withIndicator(0, { weight: '20' }), 'indicators'],
    ['a negative weight', withIndicator(3, { weight: '-10' }), 'indicators[3].weight'],
    ['a blank indicator name', withIndicator(1, { name: ' ' }), 'indicators[1].name'],
    ['an unknown library indicator', withIndicator(1, { tenantIndicatorId: '00000000-0000-4000-8000-000000000000' }), 'indicators[1].tenantIndicatorId'],
  ])('when a goal has %s, it fails with BAD_USER_INPUT naming %s and writes nothing', async (_what, indicators, field) => {
    const year = await draftYear();
    const before = await snapshot(app);
    const result = await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '目标', indicators } }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot(app)).toBe(before);
  });

  it('tells which weights are off', async () => {
    const year = await draftYear();
    const result = await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '目标', indicators: withIndicator(0, { weight: '20' }) } }, AS.shantingAdmin);
    expect(result.errors?.[0].message).toBe('indicators: the weights per level-1 indicator must match the region’s scheme: 产出指标 45.00 (must be 50).');
  });

  it('a department goal (部门整体) belongs to a department and year', async () => {
    const result = await app.request(
      CreateGoalDocument,
      { input: { subject: 'DEPARTMENT', departmentId: finance, fiscalYear: 2024, goalText: '部门整体目标', indicators: standardIndicators() } },
      AS.shantingAdmin,
    );
    expect(result.data!.createGoal).toMatchObject({ subject: 'DEPARTMENT', fiscalYear: 2024 });
    const missing = await app.request(CreateGoalDocument, { input: { subject: 'DEPARTMENT', departmentId: finance, goalText: '目标', indicators: standardIndicators() } }, AS.shantingAdmin);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fiscalYear' });
  });
});

describe('goal review (目标审核) and versions', () => {
  it('中 returns the goal for rework; after editing and resubmitting, 良 approves it and it comes into force', async () => {
    const goal = await submittedGoal();
    const returned = expectData(await app.request(ReviewGoalDocument, { input: review(goal.id, goal.version, 'MEDIUM') }, AS.shantingAdmin), 'review').reviewGoal;
    expect(returned).toMatchObject({ status: 'RETURNED', reviewGrade: 'MEDIUM', isCurrent: false });
    const edited = expectData(
      await app.request(UpdateGoalDocument, { input: { id: goal.id, version: returned.version, indicators: withIndicatorsSplit() } }, AS.shantingAdmin),
      'update',
    ).updateGoal;
    expect(edited.indicators).toHaveLength(5);
    const resent = expectData(await app.request(SubmitGoalDocument, { input: { id: goal.id, version: edited.version } }, AS.shantingAdmin), 'submit').submitGoal;
    const approved = expectData(await app.request(ReviewGoalDocument, { input: review(goal.id, resent.version, 'GOOD') }, AS.shantingAdmin), 'review').reviewGoal;
    expect(approved).toMatchObject({ status: 'APPROVED', isCurrent: true, reviewGrade: 'GOOD' });
    const read = await app.request(GoalByIdDocument, { id: goal.id }, AS.shantingAdmin);
    expect(read.data!.goal!.reviews.map((r) => [r.gradeLabel, r.reasonableness, r.opinion])).toEqual([
      ['中', false, '指标不够细化'],
      ['良', true, null],
    ]);
  });

  function withIndicatorsSplit(): IndicatorInput[] {
    const [quantity, ...rest] = standardIndicators();
    return [{ ...quantity, weight: '15' }, { level1: 'OUTPUT', level2: 'QUALITY', name: '验收合格率', comparator: 'GTE', targetValue: '100', unit: '%', weight: '10' }, ...rest];
  }

  it('差 rejects the goal, which then cannot be edited or submitted', async () => {
    const goal = await submittedGoal();
    const rejected = expectData(await app.request(ReviewGoalDocument, { input: review(goal.id, goal.version, 'POOR') }, AS.shantingAdmin), 'review').reviewGoal;
    expect(rejected.status).toBe('REJECTED');
    const before = await snapshot(app);
    const again = await app.request(SubmitGoalDocument, { input: { id: goal.id, version: rejected.version } }, AS.shantingAdmin);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'REJECTED', requestedState: 'SUBMITTED' });
    expect(await snapshot(app)).toBe(before);
  });

  it.each([
    ['reviewing a DRAFT goal', 'DRAFT'],
  ])('when %s, it fails with INVALID_TRANSITION', async (_what, state) => {
    const year = await draftYear();
    const goal = expectData(await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '目标', indicators: standardIndicators() } }, AS.shantingAdmin), 'create').createGoal;
    const result = await app.request(ReviewGoalDocument, { input: review(goal.id, goal.version, 'GOOD') }, AS.shantingAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: state });
    expect(result.errors?.[0].message).toBe('Cannot approve a performance goal that is DRAFT: approve leads to APPROVED and is allowed only from SUBMITTED.');
  });

  it('only the finance bureau reviews; a department user cannot', async () => {
    const year = await draftYear(AS.laiwuWaterUser, laiwuWater);
    const goal = expectData(await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '目标', indicators: standardIndicators() } }, AS.laiwuWaterUser), 'create').createGoal;
    const sent = expectData(await app.request(SubmitGoalDocument, { input: { id: goal.id, version: goal.version } }, AS.laiwuWaterUser), 'submit').submitGoal;
    const result = await app.request(ReviewGoalDocument, { input: review(goal.id, sent.version, 'EXCELLENT') }, AS.laiwuWaterUser);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // …and another department’s user does not even see it.
    const other = await app.request(GoalByIdDocument, { id: goal.id }, AS.laiwuStatsUser);
    expect(other.data!.goal).toBeNull();
    const otherTenant = await app.request(GoalByIdDocument, { id: goal.id }, AS.shantingAdmin);
    expect(otherTenant.data!.goal).toBeNull();
    expect(laiwuStats).toBeTruthy();
  });

  it('an adjustment (调整) is a new version; the old one stays in force until the new one is approved', async () => {
    const { projectYear } = await approvedProjectYear(app, { admin: AS.shantingAdmin, departmentId: finance, code: nextCode() });
    const v1 = projectYear.goal!;
    const read = expectData(await app.request(GoalByIdDocument, { id: v1.id }, AS.shantingAdmin), 'read').goal!;
    const v2 = expectData(await app.request(AdjustGoalDocument, { input: { id: v1.id, version: read.version, reason: '年中追加任务' } }, AS.shantingAdmin), 'adjust').adjustGoal;
    expect(v2).toMatchObject({ versionNo: 2, status: 'DRAFT', isCurrent: false, adjustReason: '年中追加任务' });
    expect(v2.indicators).toHaveLength(4);
    const stillV1 = await app.request(GoalsDocument, { filter: { currentOnly: true, fiscalYear: 2024 } }, AS.shantingAdmin);
    expect(stillV1.data!.goals.nodes.map((g) => g.id)).toContain(v1.id);

    const sent = expectData(await app.request(SubmitGoalDocument, { input: { id: v2.id, version: v2.version } }, AS.shantingAdmin), 'submit').submitGoal;
    const approved = expectData(await app.request(ReviewGoalDocument, { input: review(v2.id, sent.version, 'EXCELLENT') }, AS.shantingAdmin), 'review').reviewGoal;
    expect(approved).toMatchObject({ isCurrent: true, status: 'ISSUED' });
    const old = await app.request(GoalByIdDocument, { id: v1.id }, AS.shantingAdmin);
    expect(old.data!.goal).toMatchObject({ status: 'SUPERSEDED', isCurrent: false });
  });
});

describe('the indicator library (指标库)', () => {
  it('the province keeps common indicators its counties draw from; a county keeps its own', async () => {
    const common = await app.request(
      CreateLibraryIndicatorDocument,
      { input: { code: 'GX001', name: '群众满意度', level1: 'SATISFACTION', level2: 'SATISFACTION', comparator: 'GTE', defaultTarget: '90', unit: '%' } },
      AS.shandongAdmin,
    );
    expect(common.errors, JSON.stringify(common.errors)).toBeUndefined();
    expect(common.data!.createLibraryIndicator).toMatchObject({ __typename: 'ProvinceIndicator', code: 'GX001' });
    const own = await app.request(
      CreateLibraryIndicatorDocument,
      { input: { code: 'GX101', name: '道路维修长度', level1: 'OUTPUT', level2: 'QUANTITY', comparator: 'GTE', unit: '公里' } },
      AS.shantingAdmin,
    );
    expect(own.data!.createLibraryIndicator).toMatchObject({ __typename: 'TenantIndicator' });

    const library = await app.request(IndicatorLibraryDocument, {}, AS.shantingAdmin);
    expect(library.data!.indicatorLibrary.common.map((i) => i.code)).toEqual(['GX001']);
    expect(library.data!.indicatorLibrary.own.map((i) => i.code)).toEqual(['GX101']);
    // Another province's county sees neither.
    const elsewhere = await app.request(IndicatorLibraryDocument, {}, AS.shilouAdmin);
    expect(elsewhere.data!.indicatorLibrary).toEqual({ common: [], own: [] });

    // A goal drawing from the library marks those indicators as common (共性).
    const year = await draftYear();
    const [quantity, timeliness, benefit, satisfaction] = standardIndicators();
    const indicators = [
      { ...quantity, tenantIndicatorId: (own.data!.createLibraryIndicator as { id: string }).id },
      timeliness,
      benefit,
      { ...satisfaction, provinceIndicatorId: (common.data!.createLibraryIndicator as { id: string }).id },
    ];
    const goal = await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '目标', indicators } }, AS.shantingAdmin);
    expect(goal.data!.createGoal.indicators.map((i) => i.isCommon)).toEqual([true, false, false, true]);
  });

  it.each([
    ['a province analyst', AS.shandongAnalyst, 'FORBIDDEN'],
    ['a department user', AS.laiwuWaterUser, 'FORBIDDEN'],
  ])('when %s adds to the library, it fails with %s', async (_who, as, code) => {
    const result = await app.request(
      CreateLibraryIndicatorDocument,
      { input: { code: 'X1', name: '指标', level1: 'OUTPUT', level2: 'QUANTITY', comparator: 'GTE', unit: '个' } },
      as,
    );
    expect(result.errors?.[0].extensions?.code).toBe(code);
  });
});

describe('the goal list', () => {
  it('lists goals by project (or department) code, then version, and counts exactly the rows it lists', async () => {
    for (const who of [AS.shantingAdmin, { role: 'DEPARTMENT_USER', tenant: '370406', department: 'FIN' } as TokenSpec]) {
      for (const filter of [{}, { fiscalYear: 2024 }, { fiscalYear: 2099 }]) {
        const { goals } = expectData(await app.request(GoalsDocument, { first: 100, filter }, who), 'goals');
        expect(goals.nodes.length).toBeLessThan(100);
        expect(goals.totalCount).toBe(goals.nodes.length);
        const keys = goals.nodes.map((goal) => `${goal.projectYear?.project.code ?? goal.department.code}/${String(goal.versionNo).padStart(4, '0')}`);
        expect(keys).toEqual([...keys].sort());
      }
    }
    const { goals } = expectData(await app.request(GoalsDocument, { first: 100 }, AS.shantingAdmin), 'goals');
    expect(goals.totalCount).toBeGreaterThan(0);
  });
});
