import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveBudgetDocument,
  CreateGoalDocument,
  CreateProjectDocument,
  CreateProjectYearDocument,
  CreateSelfEvaluationDocument,
  EnterLibraryDocument,
  ProjectYearSelfEvaluationDocument,
  RecheckCoverageDocument,
  RecheckSelfEvaluationDocument,
  RecordExecutionDocument,
  ReturnSelfEvaluationDocument,
  ReviewGoalDocument,
  ReviewSelfEvaluationDocument,
  SelfEvaluationByIdDocument,
  SelfEvaluationsDocument,
  SelfEvaluationsWithDetailDocument,
  ProjectYearsDocument,
  SetSelfEvaluationScopeDocument,
  SetTenantRuleDocument,
  SubmitGoalDocument,
  SubmitProjectYearDocument,
  SubmitSelfEvaluationDocument,
  UpdateSelfEvaluationDocument,
  type CreateSelfEvaluationInput,
  type IndicatorInput,
  type SelfEvaluationIndicatorInput,
} from '../schema/generated/graphql.js';
import { Comparator } from '../server/modules/goals/goal.entities.js';
import { AchievementLevel } from '../server/modules/evaluation/self-evaluation.entity.js';
import { decimal, fraction, scoreIndicator } from '../server/modules/evaluation/self-evaluation.scoring.js';
import { FIVE_LEVEL, NATIONAL_FOUR_LEVEL } from '../server/modules/rules/rule-definitions.js';
import { departmentId, insertProjects, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

// 莱芜区 is the tenant under test: its 水务局 (SW) and 统计局 (TJ) have department users.
const LAIWU = '370116';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

let app: TestApp;
let water: string;
let stats: string;

function ok<T>(result: GraphQLResult<T>, what: string): T {
  if (result.errors || !result.data) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** 城区供水管网改造: a realistic goal with ≥ and ≤ indicators, a qualitative one, 50/30/10 points. */
const ROAD_GOAL: IndicatorInput[] = [
  { level1: 'OUTPUT', level2: 'QUANTITY', name: '改造管网长度', comparator: 'GTE', targetValue: '12', unit: '公里', weight: '20' },
  { level1: 'OUTPUT', level2: 'QUALITY', name: '工程验收合格率', comparator: 'GTE', targetValue: '100', unit: '%', weight: '10' },
  { level1: 'OUTPUT', level2: 'TIMELINESS', name: '完工时间', comparator: 'LTE', targetValue: '10', unit: '月', weight: '10' },
  { level1: 'OUTPUT', level2: 'COST', name: '每公里改造成本', comparator: 'LTE', targetValue: '90', unit: '万元', weight: '10' },
  { level1: 'BENEFIT', level2: 'SOCIAL', name: '受益群众人数', comparator: 'GTE', targetValue: '30000', unit: '人', weight: '15' },
  { level1: 'BENEFIT', level2: 'SUSTAINABLE', name: '长效管护机制', comparator: 'QUALITATIVE', targetText: '建立健全', weight: '15' },
  { level1: 'SATISFACTION', level2: 'SATISFACTION', name: '群众满意度', comparator: 'GTE', targetValue: '90', unit: '%', weight: '10' },
];

const SIMPLE_GOAL: IndicatorInput[] = [
  { level1: 'OUTPUT', level2: 'QUANTITY', name: '完成任务数', comparator: 'GTE', targetValue: '20', unit: '项', weight: '50' },
  { level1: 'BENEFIT', level2: 'SOCIAL', name: '服务效果', comparator: 'QUALITATIVE', targetText: '明显提升', weight: '30' },
  { level1: 'SATISFACTION', level2: 'SATISFACTION', name: '服务对象满意度', comparator: 'GTE', targetValue: '90', unit: '%', weight: '10' },
];

let codes = 0;

/**
 * Through the API: project → 2024 budget request → goal submitted and approved (良) → submitted,
 * in the library, approved (the goal is issued) → execution recorded.
 */
async function approvedYear(options: { department: string; indicators: IndicatorInput[]; amount: string; executed: string }) {
  const admin = AS.laiwuAdmin;
  const code = `SE${String(++codes).padStart(3, '0')}`;
  const project = ok(await app.request(CreateProjectDocument, { input: { departmentId: options.department, code, name: `自评测试项目${code}`, kindCode: '31' } }, admin), 'createProject').createProject;
  let year = ok(
    await app.request(CreateProjectYearDocument, { input: { projectId: project.id, fiscalYear: 2024, budgetType: 'GENERAL_PUBLIC', requestedAmount: options.amount } }, admin),
    'createProjectYear',
  ).createProjectYear;
  let goal = ok(await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '改造老旧供水管网', indicators: options.indicators } }, admin), 'createGoal').createGoal;
  goal = ok(await app.request(SubmitGoalDocument, { input: { id: goal.id, version: goal.version } }, admin), 'submitGoal').submitGoal;
  const review = { id: goal.id, version: goal.version, grade: 'GOOD' as const, completeness: true, relevance: true, reasonableness: true, measurability: true };
  goal = ok(await app.request(ReviewGoalDocument, { input: review }, admin), 'reviewGoal').reviewGoal;
  year = ok(await app.request(SubmitProjectYearDocument, { input: { id: year.id, version: year.version } }, admin), 'submitProjectYear').submitProjectYear;
  year = ok(await app.request(EnterLibraryDocument, { input: { id: year.id, version: year.version } }, admin), 'enterLibrary').enterLibrary;
  year = ok(await app.request(ApproveBudgetDocument, { input: { id: year.id, version: year.version, amount: options.amount } }, admin), 'approveBudget').approveBudget;
  year = ok(await app.request(RecordExecutionDocument, { input: { id: year.id, version: year.version, amount: options.executed } }, admin), 'recordExecution').recordExecution;
  return { projectCode: code, yearId: year.id, indicatorIds: goal.indicators.map((indicator) => indicator.id) };
}

const inScope = (ids: string[], required = true) => app.request(SetSelfEvaluationScopeDocument, { input: { fiscalYear: 2024, projectYearIds: ids, required } }, AS.laiwuAdmin);

/** Results of the realistic goal: execution 75%, several misses, one qualitative 未达成. */
function roadResults(ids: string[], notes: Partial<Record<number, string>> = {}): SelfEvaluationIndicatorInput[] {
  const values: [string | null, AchievementLevel | null][] = [
    ['8', null],
    ['95', null],
    ['11', null],
    ['120', null],
    ['21000', null],
    [null, AchievementLevel.NOT_ACHIEVED],
    ['72', null],
  ];
  return values.map(([actualValue, achievement], i) => ({
    indicatorId: ids[i],
    ...(actualValue ? { actualValue } : { achievement: achievement! }),
    ...(notes[i] ? { deviationNote: notes[i] } : {}),
  }));
}

const ALL_NOTES = {
  0: '征地拆迁滞后，部分路段顺延至次年施工；已协调自然资源部门加快进度。',
  3: '管材价格上涨；下年度严格执行成本测算。',
  4: '部分片区管网未通水，受益人数未达预期。',
  5: '管护制度尚未出台；拟于次年一季度印发。',
};

let road: Awaited<ReturnType<typeof approvedYear>>;
let spare: Awaited<ReturnType<typeof approvedYear>>;
let evaluationId: string;

beforeAll(async () => {
  app = await startTestApp();
  water = await departmentId(app, LAIWU, 'SW');
  stats = await departmentId(app, LAIWU, 'TJ');
  // 莱芜 requires an ex-ante assessment of every request ("一上" 全覆盖); these tests are about what
  // follows the budget, so the region drops that rule here.
  ok(
    await app.request(
      SetTenantRuleDocument,
      { key: 'preAssessmentTriggers', value: { newAmountMin: '4000000.00', increasePctMin: 30, increaseAmountMin: '4000000.00', termYearsMin: 3, mandatoryAll: false } },
      AS.laiwuAdmin,
    ),
    'setTenantRule',
  );
  road = await approvedYear({ department: water, indicators: ROAD_GOAL, amount: '1200000.00', executed: '900000.00' });
  spare = await approvedYear({ department: water, indicators: SIMPLE_GOAL, amount: '300000.00', executed: '300000.00' });
});
afterAll(() => app?.close());

describe('the scoring rules (exact fractions)', () => {
  const score = (comparator: Comparator, target: string, actual: string, weight = '10') =>
    scoreIndicator({ comparator, targetValue: target, weight }, { actualValue: actual, achievement: null }, 20);

  it.each([
    ['≥ met', Comparator.GTE, '90', '95', '10.0000', true, false],
    ['≥ missed', Comparator.GTE, '12', '8', '6.6667', false, true],
    ['> equal to the target scores full but does not meet it', Comparator.GT, '50', '50', '10.0000', false, false],
    ['= missed by 10%', Comparator.EQ, '100', '110', '9.0000', false, false],
    ['= missed by more than 100%', Comparator.EQ, '100', '250', '0.0000', false, true],
    ['≤ met', Comparator.LTE, '10', '9', '10.0000', true, false],
    ['≤ missed', Comparator.LTE, '90', '120', '7.5000', false, true],
    ['< missed at the target', Comparator.LT, '5', '5', '10.0000', false, false],
    ['≤ a zero target, missed', Comparator.LTE, '0', '3', '0.0000', false, true],
    ['≥ a negative actual', Comparator.GTE, '10', '-2', '0.0000', false, true],
  ])('%s', (_what, comparator, target, actual, points, meets, deviation) => {
    const result = score(comparator, target, actual);
    expect([decimal(result.points, 4), result.meetsTarget, result.deviationRequired]).toEqual([points, meets, deviation]);
  });

  it('a miss of exactly the threshold needs no deviation analysis; just above does', () => {
    expect(score(Comparator.GTE, '90', '72').deviationRequired).toBe(false);
    expect(score(Comparator.GTE, '90', '71.99').deviationRequired).toBe(true);
  });

  it('qualitative levels earn 100% / 70% / 30% of the weight', () => {
    const levels = [AchievementLevel.ACHIEVED, AchievementLevel.PARTIAL, AchievementLevel.NOT_ACHIEVED];
    const points = levels.map((achievement) => decimal(scoreIndicator({ comparator: Comparator.QUALITATIVE, targetValue: null, weight: '15' }, { actualValue: null, achievement }, 20).points));
    expect(points).toEqual(['15.00', '10.50', '4.50']);
  });

  it('rounds half up only at the end', () => {
    expect(decimal(fraction('12.345'))).toBe('12.35');
    expect(decimal(fraction('12.3449999'))).toBe('12.34');
    expect(decimal({ n: 740n, d: 33n })).toBe('22.42');
  });
});

describe('self-evaluation scope (自评范围)', () => {
  it('is off until the finance bureau puts a project year in scope', async () => {
    const before = ok(await app.request(ProjectYearSelfEvaluationDocument, { id: road.yearId }, AS.laiwuAdmin), 'read').projectYear!;
    expect(before).toMatchObject({ selfEvaluationRequired: false, selfEvaluation: null });
    const result = ok(await inScope([road.yearId, spare.yearId]), 'scope').setSelfEvaluationScope;
    expect(result).toMatchObject({ fiscalYear: 2024, required: true, changed: 2, inScopeCount: 2, inScopeAmount: '1500000.00' });
    expect(result.projectYears.map((year) => year.selfEvaluationRequired)).toEqual([true, true]);
    const again = ok(await inScope([road.yearId]), 'scope again').setSelfEvaluationScope;
    expect(again).toMatchObject({ changed: 0, inScopeCount: 2 });
    const [row] = await app.sql('select self_evaluation_required from project_year where id = $1', [road.yearId]);
    expect(row.self_evaluation_required).toBe(true);
  });

  it.each([
    ['no project years', () => ({ projectYearIds: [] }), 'projectYearIds'],
    ['an id that is not an id', () => ({ projectYearIds: ['road'] }), 'projectYearIds'],
    ['a fiscal year out of range', () => ({ fiscalYear: 1999 }), 'fiscalYear'],
    ['an unknown project year', () => ({ projectYearIds: [NO_SUCH_ID] }), 'projectYearIds[0]'],
    ['a project year of another fiscal year', () => ({ fiscalYear: 2023 }), 'projectYearIds[0]'],
  ])('when the scope names %s, it fails with BAD_USER_INPUT and writes nothing', async (_what, change, field) => {
    const before = await snapshot(app);
    const result = await app.request(SetSelfEvaluationScopeDocument, { input: { fiscalYear: 2024, projectYearIds: [road.yearId], required: true, ...change() } }, AS.laiwuAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot(app)).toBe(before);
  });

  it('refuses budgets that are not approved, and project years of another tenant, naming the position', async () => {
    const [draft] = await app.sql<{ id: string }>(
      `insert into project_year (tenant_id, project_id, department_id, project_code, fiscal_year, budget_type, requested_amount, status)
       select tenant_id, project_id, department_id, project_code, 2025, budget_type, 1000, 'DRAFT' from project_year where id = $1 returning id`,
      [road.yearId],
    );
    const [shanting] = await insertProjects(app, { tenant: '370406', department: 'FIN', count: 1, prefix: 'SE-ST' });
    const [other] = await app.sql<{ id: string }>('select id from project_year where project_id = $1', [shanting]);
    const before = await snapshot(app);
    const notApproved = await app.request(SetSelfEvaluationScopeDocument, { input: { fiscalYear: 2025, projectYearIds: [draft.id], required: true } }, AS.laiwuAdmin);
    expect(notApproved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectYearIds[0]' });
    expect(notApproved.errors?.[0].message).toContain('DRAFT');
    const foreign = await inScope([road.yearId, other.id]);
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectYearIds[1]' });
    expect(await snapshot(app)).toBe(before);
  });

  it.each([
    ['a department user', AS.laiwuWaterUser],
    ['a BI reader', AS.laiwuBi],
    ['a province analyst', AS.shandongAnalyst],
  ])('is refused to %s', async (_who, as) => {
    const before = await snapshot(app);
    const result = await app.request(SetSelfEvaluationScopeDocument, { input: { fiscalYear: 2024, projectYearIds: [road.yearId], required: false } }, as);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(app)).toBe(before);
  });
});

describe('a project self-evaluation and its computed score', () => {
  it('computes every part exactly and grades the total under the national scheme', async () => {
    const created = await app.request(
      CreateSelfEvaluationDocument,
      { input: { subject: 'PROJECT', projectYearId: road.yearId, summary: '项目基本完成，部分指标未达预期。', indicators: roadResults(road.indicatorIds) } },
      AS.laiwuWaterUser,
    );
    expect(created.errors).toBeUndefined();
    const evaluation = created.data!.createSelfEvaluation;
    evaluationId = evaluation.id;
    // 预算执行 10 × 900,000 / 1,200,000 = 7.50; 产出 20×8/12 + 10×0.95 + 10×10/11 + 10×90/120 = 39.4242…;
    // 效益 15×0.7 + 15×30% = 15; 满意度 10×72/90 = 8; total 69.924242… → 69.92.
    expect(evaluation).toMatchObject({
      subject: 'PROJECT',
      fiscalYear: 2024,
      conductedYear: 2025,
      status: 'DRAFT',
      allowedActions: ['edit', 'submit'],
      budgetAmount: '1200000.00',
      executedAmount: '900000.00',
      executionRate: '0.7500',
      executionScore: '7.50',
      outputScore: '39.42',
      benefitScore: '15.00',
      satisfactionScore: '8.00',
      totalScore: '69.92',
      grade: 'MEDIUM',
      gradeLabel: '中',
      department: { code: 'SW' },
      tenant: { code: LAIWU },
      projectYear: { id: road.yearId, selfEvaluationRequired: true, project: { code: road.projectCode } },
      goal: { subject: 'PROJECT', status: 'ISSUED' },
      missingIndicators: [],
    });
    expect(evaluation.indicators.map((row) => [row.indicator.name, row.actualValue ?? row.achievementLabel, row.score, row.meetsTarget, row.deviationPct, row.deviationRequired])).toEqual([
      ['改造管网长度', '8.0000', '13.3333', false, '33.33', true],
      ['工程验收合格率', '95.0000', '9.5000', false, '5.00', false],
      ['完工时间', '11.0000', '9.0909', false, '10.00', false],
      ['每公里改造成本', '120.0000', '7.5000', false, '33.33', true],
      ['受益群众人数', '21000.0000', '10.5000', false, '30.00', true],
      ['长效管护机制', '未达成', '4.5000', false, null, true],
      ['群众满意度', '72.0000', '8.0000', false, '20.00', false],
    ]);
    const [row] = await app.sql('select total_score::text, grade::text, status::text from self_evaluation where id = $1', [evaluationId]);
    expect(row).toEqual({ total_score: '69.92', grade: 'MEDIUM', status: 'DRAFT' });
  });

  it('grades the same score 低 under a five-level scheme set with setTenantRule', async () => {
    ok(await app.request(SetTenantRuleDocument, { key: 'gradeScheme', value: FIVE_LEVEL }, AS.laiwuAdmin), 'five levels');
    const current = ok(await app.request(SelfEvaluationByIdDocument, { id: evaluationId }, AS.laiwuWaterUser), 'read').selfEvaluation!;
    const regraded = ok(await app.request(UpdateSelfEvaluationDocument, { input: { id: evaluationId, version: current.version } }, AS.laiwuWaterUser), 'update').updateSelfEvaluation;
    expect(regraded).toMatchObject({ totalScore: '69.92', grade: 'LOW', gradeLabel: '低', version: current.version + 1 });
    ok(await app.request(SetTenantRuleDocument, { key: 'gradeScheme', value: NATIONAL_FOUR_LEVEL }, AS.laiwuAdmin), 'four levels');
    const back = ok(await app.request(UpdateSelfEvaluationDocument, { input: { id: evaluationId, version: regraded.version } }, AS.laiwuWaterUser), 'update').updateSelfEvaluation;
    expect(back).toMatchObject({ totalScore: '69.92', grade: 'MEDIUM' });
  });

  it('refuses to submit without a deviation analysis for each indicator that missed by more than 20%, naming them', async () => {
    const current = ok(await app.request(SelfEvaluationByIdDocument, { id: evaluationId }, AS.laiwuWaterUser), 'read').selfEvaluation!;
    const before = await snapshot(app);
    const refused = await app.request(SubmitSelfEvaluationDocument, { input: { id: evaluationId, version: current.version } }, AS.laiwuWaterUser);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicators' });
    const message = refused.errors![0].message;
    for (const name of ['改造管网长度', '每公里改造成本', '受益群众人数', '长效管护机制']) expect(message).toContain(name);
    for (const name of ['工程验收合格率', '完工时间', '群众满意度']) expect(message).not.toContain(name);
    expect(await snapshot(app)).toBe(before);

    // Three of four analyses written: the fourth is still named.
    const { 5: _missing, ...three } = ALL_NOTES;
    const partial = ok(
      await app.request(UpdateSelfEvaluationDocument, { input: { id: evaluationId, version: current.version, indicators: roadResults(road.indicatorIds, three).filter((_, i) => i in three) } }, AS.laiwuWaterUser),
      'notes',
    ).updateSelfEvaluation;
    expect(partial.indicators.filter((row) => row.deviationNote).length).toBe(3);
    expect(partial.totalScore).toBe('69.92');
    const still = await app.request(SubmitSelfEvaluationDocument, { input: { id: evaluationId, version: partial.version } }, AS.laiwuWaterUser);
    expect(still.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(still.errors?.[0].message).toContain('长效管护机制');
    expect(still.errors?.[0].message).not.toContain('受益群众人数');
  });

  it('submits once every analysis is there', async () => {
    const current = ok(await app.request(SelfEvaluationByIdDocument, { id: evaluationId }, AS.laiwuWaterUser), 'read').selfEvaluation!;
    const noted = ok(
      await app.request(UpdateSelfEvaluationDocument, { input: { id: evaluationId, version: current.version, indicators: [{ indicatorId: road.indicatorIds[5], achievement: 'NOT_ACHIEVED', deviationNote: ALL_NOTES[5] }] } }, AS.laiwuWaterUser),
      'note',
    ).updateSelfEvaluation;
    const submitted = ok(await app.request(SubmitSelfEvaluationDocument, { input: { id: evaluationId, version: noted.version } }, AS.laiwuWaterUser), 'submit').submitSelfEvaluation;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', statusLabel: '已报送', totalScore: '69.92', grade: 'MEDIUM', allowedActions: ['return', 'review'] });
    expect(submitted.submittedAt).toBeTruthy();
  });

  it('shows on the project year', async () => {
    const year = ok(await app.request(ProjectYearSelfEvaluationDocument, { id: road.yearId }, AS.laiwuWaterUser), 'read').projectYear!;
    expect(year).toMatchObject({ selfEvaluationRequired: true, selfEvaluation: { id: evaluationId, status: 'SUBMITTED', totalScore: '69.92', grade: 'MEDIUM' } });
  });

  it('cannot take a project year with a self-evaluation out of the scope', async () => {
    const before = await snapshot(app);
    const result = await inScope([road.yearId], false);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectYearIds[0]' });
    expect(await snapshot(app)).toBe(before);
  });
});

describe('invalid self-evaluation inputs write nothing', () => {
  const valid = (): CreateSelfEvaluationInput => ({
    subject: 'PROJECT',
    projectYearId: spare.yearId,
    indicators: [
      { indicatorId: spare.indicatorIds[0], actualValue: '20' },
      { indicatorId: spare.indicatorIds[1], achievement: 'ACHIEVED' },
    ],
  });
  const withResult = (i: number, change: Partial<SelfEvaluationIndicatorInput>) => () => ({
    indicators: valid().indicators!.map((result, n) => (n === i ? { ...result, ...change } : result)),
  });

  it.each([
    ['no project year', 'projectYearId', () => ({ projectYearId: undefined })],
    ['a project year id that is not an id', 'projectYearId', () => ({ projectYearId: 'spare' })],
    ['an unknown project year', 'projectYearId', () => ({ projectYearId: NO_SUCH_ID })],
    ['a project year already self-evaluated', 'projectYearId', () => ({ projectYearId: road.yearId })],
    ['a budget amount for a project', 'budgetAmount', () => ({ budgetAmount: '1.00' })],
    ['an indicator of another goal', 'indicators[0].indicatorId', () => withResult(0, { indicatorId: road.indicatorIds[0] })()],
    ['the same indicator twice', 'indicators[1].indicatorId', () => ({ indicators: [valid().indicators![0], valid().indicators![0]] })],
    ['a quantitative indicator without an actual value', 'indicators[0].actualValue', withResult(0, { actualValue: undefined })],
    ['a quantitative indicator with an achievement level', 'indicators[0].achievement', withResult(0, { achievement: 'ACHIEVED' })],
    ['a qualitative indicator without an achievement level', 'indicators[1].achievement', withResult(1, { achievement: undefined })],
    ['a qualitative indicator with an actual value', 'indicators[1].actualValue', withResult(1, { actualValue: '1' })],
    ['an actual value with three decimals', 'actualValue', withResult(0, { actualValue: '1.234' })],
    ['a blank deviation note', 'indicators[0].deviationNote', withResult(0, { deviationNote: '   ' })],
    ['a department evaluation without a department', 'departmentId', () => ({ subject: 'DEPARTMENT' as const, projectYearId: undefined, fiscalYear: 2024 })],
    ['a department evaluation without amounts', 'budgetAmount', () => ({ subject: 'DEPARTMENT' as const, projectYearId: undefined, departmentId: water, fiscalYear: 2024 })],
    ['a department evaluation of a year not yet ended', 'fiscalYear', () => ({ subject: 'DEPARTMENT' as const, projectYearId: undefined, departmentId: water, fiscalYear: 2100, budgetAmount: '10.00', executedAmount: '5.00' })],
    ['a negative executed amount', 'executedAmount', () => ({ subject: 'DEPARTMENT' as const, projectYearId: undefined, departmentId: water, fiscalYear: 2024, budgetAmount: '10.00', executedAmount: '-5.00' })],
    ['a department without a department goal', 'departmentId', () => ({ subject: 'DEPARTMENT' as const, projectYearId: undefined, departmentId: stats, fiscalYear: 2024, budgetAmount: '10.00', executedAmount: '5.00' })],
  ])('when the input has %s, it fails with BAD_USER_INPUT naming %s and writes nothing', async (_what, field, change) => {
    const before = await snapshot(app);
    const result = await app.request(CreateSelfEvaluationDocument, { input: { ...valid(), ...change() } }, AS.laiwuAdmin);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(field);
    expect(await snapshot(app)).toBe(before);
  });

  it('refuses a project year outside the scope', async () => {
    const [projectId] = await insertProjects(app, { tenant: LAIWU, department: 'SW', count: 1, prefix: 'SE-OUT' });
    const [year] = await app.sql<{ id: string }>('select id from project_year where project_id = $1', [projectId]);
    const before = await snapshot(app);
    const result = await app.request(CreateSelfEvaluationDocument, { input: { ...valid(), projectYearId: year.id, indicators: [] } }, AS.laiwuAdmin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectYearId' });
    expect(result.errors?.[0].message).toContain('setSelfEvaluationScope');
    expect(await snapshot(app)).toBe(before);
  });

  it('saves a partial draft without a score, and refuses to submit it naming what is missing', async () => {
    const draft = ok(await app.request(CreateSelfEvaluationDocument, { input: { ...valid(), indicators: [valid().indicators![0]] } }, AS.laiwuWaterUser), 'draft').createSelfEvaluation;
    expect(draft).toMatchObject({ totalScore: null, grade: null, executionRate: '1.0000', missingIndicators: [{ name: '服务效果' }, { name: '服务对象满意度' }] });
    const before = await snapshot(app);
    const result = await app.request(SubmitSelfEvaluationDocument, { input: { id: draft.id, version: draft.version } }, AS.laiwuWaterUser);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicators' });
    expect(result.errors?.[0].message).toContain('服务效果');
    expect(await snapshot(app)).toBe(before);
  });
});

describe('the workflow: submit, return, edit, resubmit, review', () => {
  const decision = async (id: string, as: TokenSpec = AS.laiwuAdmin) => {
    const current = ok(await app.request(SelfEvaluationByIdDocument, { id }, as), 'read').selfEvaluation!;
    return { id, version: current.version };
  };

  it('finance returns with an opinion; the department edits it (still RETURNED) and submits again; finance reviews', async () => {
    const noOpinion = await app.request(ReturnSelfEvaluationDocument, { input: await decision(evaluationId) }, AS.laiwuAdmin);
    expect(noOpinion.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'opinion' });
    const returned = ok(await app.request(ReturnSelfEvaluationDocument, { input: { ...(await decision(evaluationId)), opinion: '请补充受益群众人数的统计口径。' } }, AS.laiwuAdmin), 'return').returnSelfEvaluation;
    expect(returned).toMatchObject({ status: 'RETURNED', reviewOpinion: '请补充受益群众人数的统计口径。', allowedActions: ['edit', 'submit'] });
    const edited = ok(
      await app.request(UpdateSelfEvaluationDocument, { input: { id: evaluationId, version: returned.version, summary: '已补充统计口径：按通水户数×户均人口。' } }, AS.laiwuWaterUser),
      'edit',
    ).updateSelfEvaluation;
    expect(edited).toMatchObject({ status: 'RETURNED', summary: '已补充统计口径：按通水户数×户均人口。', totalScore: '69.92' });
    const resubmitted = ok(await app.request(SubmitSelfEvaluationDocument, { input: { id: evaluationId, version: edited.version } }, AS.laiwuWaterUser), 'resubmit').submitSelfEvaluation;
    expect(resubmitted.status).toBe('SUBMITTED');
    const reviewed = ok(await app.request(ReviewSelfEvaluationDocument, { input: { ...(await decision(evaluationId)), opinion: '同意' } }, AS.laiwuAdmin), 'review').reviewSelfEvaluation;
    expect(reviewed).toMatchObject({ status: 'FINANCE_REVIEWED', statusLabel: '财政已审核', allowedActions: [], reviewOpinion: '同意' });
    expect(reviewed.reviewedAt).toBeTruthy();
  });

  it.each(['submit', 'return', 'review', 'edit'] as const)(
    'when asked to %s a finance-reviewed self-evaluation, it fails with INVALID_TRANSITION and writes nothing',
    async (action) => {
      const step = await decision(evaluationId);
      const before = await snapshot(app);
      const result =
        action === 'submit'
          ? await app.request(SubmitSelfEvaluationDocument, { input: step }, AS.laiwuAdmin)
          : action === 'return'
            ? await app.request(ReturnSelfEvaluationDocument, { input: { ...step, opinion: '再退回' } }, AS.laiwuAdmin)
            : action === 'review'
              ? await app.request(ReviewSelfEvaluationDocument, { input: step }, AS.laiwuAdmin)
              : await app.request(UpdateSelfEvaluationDocument, { input: { ...step, summary: '改' } }, AS.laiwuAdmin);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'FINANCE_REVIEWED' });
      expect(result.errors?.[0].message).toContain('FINANCE_REVIEWED');
      expect(await snapshot(app)).toBe(before);
    },
  );

  it('a draft cannot be reviewed or returned before it is submitted', async () => {
    const [draft] = (await app.sql<{ id: string }>(`select id from self_evaluation where project_year_id = $1`, [spare.yearId])).map((row) => row.id);
    const before = await snapshot(app);
    for (const document of [ReviewSelfEvaluationDocument, ReturnSelfEvaluationDocument] as (typeof ReturnSelfEvaluationDocument)[]) {
      const result = await app.request(document, { input: { ...(await decision(draft)), opinion: '不可' } }, AS.laiwuAdmin);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'DRAFT', requestedState: expect.any(String) });
    }
    expect(await snapshot(app)).toBe(before);
  });

  it('department users cannot review or return; a stale version is a CONFLICT', async () => {
    const [draft] = (await app.sql<{ id: string }>(`select id from self_evaluation where project_year_id = $1`, [spare.yearId])).map((row) => row.id);
    const fresh = await decision(draft, AS.laiwuWaterUser);
    ok(await app.request(UpdateSelfEvaluationDocument, { input: { ...fresh, summary: '第一次保存' } }, AS.laiwuWaterUser), 'save');
    const before = await snapshot(app);
    for (const document of [ReviewSelfEvaluationDocument, ReturnSelfEvaluationDocument] as (typeof ReturnSelfEvaluationDocument)[]) {
      const refused = await app.request(document, { input: { ...(await decision(evaluationId, AS.laiwuWaterUser)), opinion: '自审' } }, AS.laiwuWaterUser);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const stale = await app.request(UpdateSelfEvaluationDocument, { input: { ...fresh, summary: '旧版本' } }, AS.laiwuWaterUser);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await snapshot(app)).toBe(before);
  });
});

describe('a department self-evaluation (部门整体)', () => {
  let departmentEvaluation: string;

  it('evaluates the department goal in force with the amounts the department enters', async () => {
    const admin = AS.laiwuAdmin;
    let goal = ok(await app.request(CreateGoalDocument, { input: { subject: 'DEPARTMENT', departmentId: water, fiscalYear: 2024, goalText: '保障城乡供水安全', indicators: SIMPLE_GOAL } }, admin), 'goal').createGoal;
    goal = ok(await app.request(SubmitGoalDocument, { input: { id: goal.id, version: goal.version } }, admin), 'submit').submitGoal;
    goal = ok(
      await app.request(ReviewGoalDocument, { input: { id: goal.id, version: goal.version, grade: 'EXCELLENT', completeness: true, relevance: true, reasonableness: true, measurability: true } }, admin),
      'review',
    ).reviewGoal;
    const [tasks, effect, satisfaction] = goal.indicators.map((indicator) => indicator.id);
    const created = ok(
      await app.request(
        CreateSelfEvaluationDocument,
        {
          input: {
            subject: 'DEPARTMENT',
            departmentId: water,
            fiscalYear: 2024,
            budgetAmount: '5000000.00',
            executedAmount: '4870000.00',
            indicators: [
              { indicatorId: tasks, actualValue: '21' },
              { indicatorId: effect, achievement: 'PARTIAL' },
              { indicatorId: satisfaction, actualValue: '93.5' },
            ],
          },
        },
        AS.laiwuWaterUser,
      ),
      'create',
    ).createSelfEvaluation;
    departmentEvaluation = created.id;
    // 10 × 0.974 + 50 + 30 × 0.7 + 10 = 90.74.
    expect(created).toMatchObject({
      subject: 'DEPARTMENT',
      subjectLabel: '部门整体支出绩效自评',
      projectYear: null,
      department: { code: 'SW' },
      executionRate: '0.9740',
      executionScore: '9.74',
      outputScore: '50.00',
      benefitScore: '21.00',
      satisfactionScore: '10.00',
      totalScore: '90.74',
      grade: 'EXCELLENT',
      gradeLabel: '优',
    });
    ok(await app.request(SubmitSelfEvaluationDocument, { input: { id: created.id, version: created.version } }, AS.laiwuWaterUser), 'submit');
  });

  it('one per department and year', async () => {
    const before = await snapshot(app);
    const again = await app.request(
      CreateSelfEvaluationDocument,
      { input: { subject: 'DEPARTMENT', departmentId: water, fiscalYear: 2024, budgetAmount: '1.00', executedAmount: '1.00' } },
      AS.laiwuAdmin,
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    expect(await snapshot(app)).toBe(before);
  });

  it('another department’s user can neither start one for 水务局 nor see or change it', async () => {
    const before = await snapshot(app);
    const create = await app.request(
      CreateSelfEvaluationDocument,
      { input: { subject: 'DEPARTMENT', departmentId: water, fiscalYear: 2024, budgetAmount: '1.00', executedAmount: '1.00' } },
      AS.laiwuStatsUser,
    );
    expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const read = ok(await app.request(SelfEvaluationByIdDocument, { id: departmentEvaluation }, AS.laiwuStatsUser), 'read');
    expect(read.selfEvaluation).toBeNull();
    const list = ok(await app.request(SelfEvaluationsDocument, { filter: { fiscalYear: 2024 } }, AS.laiwuStatsUser), 'list');
    expect(list.selfEvaluations.totalCount).toBe(0);
    const update = await app.request(UpdateSelfEvaluationDocument, { input: { id: departmentEvaluation, version: 1, summary: '改' } }, AS.laiwuStatsUser);
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await snapshot(app)).toBe(before);
  });
});

describe('recheck (抽查复核) and its coverage', () => {
  /** Finance-reviewed self-evaluations arranged as the owner: a 2024 project year each, with an issued goal. */
  async function reviewedEvaluations(department: string, count: number, score: string, grade: string): Promise<string[]> {
    const projectIds = await insertProjects(app, { tenant: LAIWU, department, count, prefix: `RC-${department}-` });
    const rows = await app.sql<{ id: string }>(
      `with years as (select y.* from project_year y where y.project_id = any($1::uuid[])),
            goals as (
              insert into performance_goal (tenant_id, subject, project_year_id, department_id, fiscal_year, goal_text, is_current, status)
              select tenant_id, 'PROJECT', id, department_id, fiscal_year, '目标', true, 'ISSUED' from years
              returning id, tenant_id, project_year_id, department_id)
       insert into self_evaluation (tenant_id, subject, project_year_id, department_id, goal_id, fiscal_year, conducted_year, budget_amount, executed_amount,
                                    execution_rate, execution_score, output_score, benefit_score, satisfaction_score, total_score, grade, status)
       select g.tenant_id, 'PROJECT', g.project_year_id, g.department_id, g.id, 2024, 2025, 1000, 1000, 1, 10, 45, 20, 10, $2::numeric, $3::self_evaluation_grade, 'FINANCE_REVIEWED'
         from goals g returning id`,
      [projectIds, score, grade],
    );
    return rows.map((row) => row.id);
  }

  let statsReviewed: string[];

  beforeAll(async () => {
    await reviewedEvaluations('SW', 1, '95.00', 'EXCELLENT');
    statsReviewed = await reviewedEvaluations('TJ', 3, '85.00', 'GOOD');
  });

  it('flags a large discrepancy, a changed grade and a 差 recheck as a 通报 candidate', async () => {
    const current = ok(await app.request(SelfEvaluationByIdDocument, { id: evaluationId }, AS.laiwuAdmin), 'read').selfEvaluation!;
    const result = await app.request(
      RecheckSelfEvaluationDocument,
      { input: { selfEvaluationId: evaluationId, version: current.version, recheckScore: '58.5', opinion: '执行率和受益人数核实后下调。' } },
      AS.laiwuAdmin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.recheckSelfEvaluation).toMatchObject({
      selfScore: '69.92',
      selfGrade: 'MEDIUM',
      recheckScore: '58.50',
      recheckGrade: 'POOR',
      recheckGradeLabel: '差',
      discrepancy: '11.42',
      gradeDiffers: true,
      largeDiscrepancy: true,
      notify: true,
      selfEvaluation: { id: evaluationId, status: 'FINANCE_REVIEWED', totalScore: '69.92' },
    });
    const read = ok(await app.request(SelfEvaluationByIdDocument, { id: evaluationId }, AS.laiwuWaterUser), 'department reads its recheck').selfEvaluation!;
    expect(read.recheck).toMatchObject({ recheckScore: '58.50', notify: true });
    const candidates = ok(await app.request(SelfEvaluationsDocument, { filter: { fiscalYear: 2024, notify: true } }, AS.laiwuAdmin), 'list').selfEvaluations;
    expect(candidates.nodes.map((node) => node.id)).toEqual([evaluationId]);
  });

  it('a small discrepancy with the same grade is not flagged', async () => {
    const recheck = ok(
      await app.request(RecheckSelfEvaluationDocument, { input: { selfEvaluationId: statsReviewed[0], version: 1, recheckScore: '83.00' } }, AS.laiwuAdmin),
      'recheck',
    ).recheckSelfEvaluation;
    expect(recheck).toMatchObject({ selfScore: '85.00', recheckScore: '83.00', discrepancy: '2.00', gradeDiffers: false, largeDiscrepancy: false, notify: false });
  });

  it('reports rechecked / reviewed per tenant and department against the 20% minimum', async () => {
    const coverage = ok(await app.request(RecheckCoverageDocument, { fiscalYear: 2024 }, AS.laiwuAdmin), 'coverage').recheckCoverage;
    // 水务局: the road project and one more reviewed, one rechecked; 统计局: three reviewed, one rechecked.
    expect(coverage).toEqual([
      {
        tenant: { code: LAIWU },
        fiscalYear: 2024,
        reviewed: 5,
        rechecked: 2,
        ratio: '0.4000',
        minRatio: '0.2000',
        meetsMinimum: true,
        largeDiscrepancies: 1,
        notifications: 1,
        departments: [
          { department: { code: 'SW' }, reviewed: 2, rechecked: 1, ratio: '0.5000', meetsMinimum: true, largeDiscrepancies: 1, notifications: 1 },
          { department: { code: 'TJ' }, reviewed: 3, rechecked: 1, ratio: '0.3333', meetsMinimum: true, largeDiscrepancies: 0, notifications: 0 },
        ],
      },
    ]);
  });

  it('falls short of a stricter minimum set by the region', async () => {
    ok(await app.request(SetTenantRuleDocument, { key: 'recheck', value: { minRatio: 0.4, largeDiscrepancyPoints: 10 } }, AS.laiwuAdmin), 'rule');
    const [coverage] = ok(await app.request(RecheckCoverageDocument, { fiscalYear: 2024, tenantCode: LAIWU }, AS.laiwuAdmin), 'coverage').recheckCoverage;
    expect(coverage).toMatchObject({ ratio: '0.4000', minRatio: '0.4000', meetsMinimum: true });
    expect(coverage.departments.map((d) => [d.department.code, d.meetsMinimum])).toEqual([
      ['SW', true],
      ['TJ', false],
    ]);
    ok(await app.request(SetTenantRuleDocument, { key: 'recheck', value: { minRatio: 0.2, largeDiscrepancyPoints: 10 } }, AS.laiwuAdmin), 'rule back');
  });

  it('a province analyst sees each tenant of the province; a county admin only its own', async () => {
    const province = ok(await app.request(RecheckCoverageDocument, { fiscalYear: 2024 }, AS.shandongAnalyst), 'province').recheckCoverage;
    expect(province.map((row) => [row.tenant.code, row.reviewed, row.rechecked, row.ratio, row.meetsMinimum])).toEqual([
      [LAIWU, 5, 2, '0.4000', true],
      ['370406', 0, 0, null, true],
    ]);
    const other = ok(await app.request(RecheckCoverageDocument, { fiscalYear: 2024, tenantCode: LAIWU }, AS.shantingAdmin), 'other').recheckCoverage;
    expect(other).toEqual([]);
  });

  it.each([
    ['a score above 100', 'BAD_USER_INPUT', 'recheckScore', () => ({ recheckScore: '100.50' })],
    ['a negative score', 'BAD_USER_INPUT', 'recheckScore', () => ({ recheckScore: '-1' })],
    ['a self-evaluation already rechecked', 'BAD_USER_INPUT', 'selfEvaluationId', () => ({ selfEvaluationId: statsReviewed[0] })],
    ['an unknown self-evaluation', 'NOT_FOUND', undefined, () => ({ selfEvaluationId: NO_SUCH_ID })],
    ['a stale version', 'CONFLICT', undefined, () => ({ version: 7 })],
  ])('when the recheck has %s, it fails with %s and writes nothing', async (_what, code, field, change) => {
    const before = await snapshot(app);
    const result = await app.request(RecheckSelfEvaluationDocument, { input: { selfEvaluationId: statsReviewed[1], version: 1, recheckScore: '80', ...change() } }, AS.laiwuAdmin);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    if (field) expect(result.errors?.[0].extensions?.field).toBe(field);
    expect(await snapshot(app)).toBe(before);
  });

  it('only finance-reviewed self-evaluations are rechecked, and only by the finance bureau', async () => {
    const [submitted] = await app.sql<{ id: string; version: number }>(`select id, version from self_evaluation where subject = 'DEPARTMENT' and department_id = $1`, [water]);
    const before = await snapshot(app);
    const early = await app.request(RecheckSelfEvaluationDocument, { input: { selfEvaluationId: submitted.id, version: submitted.version, recheckScore: '80' } }, AS.laiwuAdmin);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'SUBMITTED' });
    for (const as of [AS.laiwuStatsUser, AS.laiwuBi, AS.shandongAdmin]) {
      const refused = await app.request(RecheckSelfEvaluationDocument, { input: { selfEvaluationId: statsReviewed[1], version: 1, recheckScore: '80' } }, as);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await snapshot(app)).toBe(before);
  });
});

describe('isolation across tenants and departments', () => {
  it('another tenant sees none of the self-evaluations and cannot change them', async () => {
    const before = await snapshot(app);
    const read = ok(await app.request(SelfEvaluationByIdDocument, { id: evaluationId }, AS.shantingAdmin), 'read');
    expect(read.selfEvaluation).toBeNull();
    const list = ok(await app.request(SelfEvaluationsDocument, {}, AS.shantingAdmin), 'list');
    expect(list.selfEvaluations).toMatchObject({ totalCount: 0, nodes: [] });
    const filtered = ok(await app.request(SelfEvaluationsDocument, { filter: { tenantCode: LAIWU } }, AS.shantingAdmin), 'filtered');
    expect(filtered.selfEvaluations.totalCount).toBe(0);
    for (const document of [SubmitSelfEvaluationDocument, UpdateSelfEvaluationDocument, ReviewSelfEvaluationDocument]) {
      const result = await app.request(document as typeof SubmitSelfEvaluationDocument, { input: { id: evaluationId, version: 1 } }, AS.shantingAdmin);
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const recheck = await app.request(RecheckSelfEvaluationDocument, { input: { selfEvaluationId: evaluationId, version: 1, recheckScore: '50' } }, AS.shantingAdmin);
    expect(recheck.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const create = await app.request(CreateSelfEvaluationDocument, { input: { subject: 'PROJECT', projectYearId: spare.yearId } }, AS.shantingAdmin);
    expect(create.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectYearId' });
    expect(await snapshot(app)).toBe(before);
  });

  it('a department user lists only its own department’s; the province reads all of its tenants', async () => {
    const own = ok(await app.request(SelfEvaluationsDocument, { filter: { fiscalYear: 2024 } }, AS.laiwuWaterUser), 'water').selfEvaluations;
    expect(new Set(own.nodes.map((node) => node.department.code))).toEqual(new Set(['SW']));
    expect(own.totalCount).toBe(4);
    const county = ok(await app.request(SelfEvaluationsDocument, { first: 100, filter: { fiscalYear: 2024 } }, AS.laiwuAdmin), 'county').selfEvaluations;
    expect(county.totalCount).toBe(county.nodes.length);
    const keys = county.nodes.map((node) => `${node.fiscalYear}/${node.projectYear?.project.code ?? node.department.code}`);
    expect(keys).toEqual([...keys].sort());
    const statsList = ok(await app.request(SelfEvaluationsDocument, { filter: { fiscalYear: 2024 } }, AS.laiwuStatsUser), 'stats').selfEvaluations;
    expect(statsList.nodes.map((node) => node.department.code)).toEqual(['TJ', 'TJ', 'TJ']);
    expect(ok(await app.request(SelfEvaluationByIdDocument, { id: evaluationId }, AS.laiwuStatsUser), 'read').selfEvaluation).toBeNull();
    const province = ok(await app.request(SelfEvaluationsDocument, { filter: { fiscalYear: 2024, subject: 'PROJECT', status: 'FINANCE_REVIEWED' } }, AS.shandongAnalyst), 'province').selfEvaluations;
    expect(province.totalCount).toBe(5);
    expect(province.nodes.every((node) => node.tenant.code === LAIWU)).toBe(true);
    const graded = ok(await app.request(SelfEvaluationsDocument, { filter: { grade: 'MEDIUM', departmentId: water } }, AS.laiwuAdmin), 'graded').selfEvaluations;
    expect(graded.nodes.map((node) => node.id)).toEqual([evaluationId]);
  });

  it('read-only roles cannot write', async () => {
    const before = await snapshot(app);
    for (const as of [AS.laiwuBi, AS.shandongAnalyst]) {
      const result = await app.request(CreateSelfEvaluationDocument, { input: { subject: 'PROJECT', projectYearId: spare.yearId } }, as);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await snapshot(app)).toBe(before);
  });
});

describe('reading costs a bounded number of SQL statements', () => {
  it('listing 7 self-evaluations with their indicators, goals, project years and rechecks costs the same as listing 5', async () => {
    const small = await app.request(SelfEvaluationsWithDetailDocument, { first: 5, filter: { fiscalYear: 2024 } }, AS.laiwuAdmin);
    const large = await app.request(SelfEvaluationsWithDetailDocument, { first: 7, filter: { fiscalYear: 2024 } }, AS.laiwuAdmin);
    expect(small.errors).toBeUndefined();
    expect(large.data!.selfEvaluations.nodes).toHaveLength(7);
    expect(large.data!.selfEvaluations.nodes.flatMap((node) => node.indicators).length).toBeGreaterThanOrEqual(10);
    expect(large.statements).toBe(small.statements);
  });

  it('project-year lists still read with the scope column added', async () => {
    const years = await app.request(ProjectYearsDocument, { filter: { fiscalYear: 2024, tenantCode: LAIWU } }, AS.laiwuAdmin);
    expect(years.errors).toBeUndefined();
    expect(years.data!.projectYears.totalCount).toBeGreaterThanOrEqual(7);
  });

  it('the new tables are protected by forced row-level security', async () => {
    const rows = await app.sql<{ relname: string; enabled: boolean; forced: boolean; policies: number }>(
      `select c.relname, c.relrowsecurity as enabled, c.relforcerowsecurity as forced, (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
         from pg_class c where c.relname in ('self_evaluation', 'self_evaluation_indicator', 'self_evaluation_recheck') order by 1`,
    );
    expect(rows.map((row) => [row.relname, row.enabled, row.forced, row.policies])).toEqual([
      ['self_evaluation', true, true, 3],
      ['self_evaluation_indicator', true, true, 3],
      ['self_evaluation_recheck', true, true, 3],
    ]);
  });
});
