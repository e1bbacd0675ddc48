import fc from 'fast-check';
import { parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { standardIndicators } from './helpers/chain.js';
import {
  changedTables,
  corruptionsOf,
  refusalProblems,
  schemaMutations,
  send,
  writeFingerprint,
  type ErrorCode,
  type Path,
  type SemanticCorruption,
  type Variables,
} from './helpers/mutation-inputs.js';
import { buildWorld, EDUCATION, FINANCE, goalResults, PROVINCE, SCHEME_ITEMS, type World } from './helpers/mutation-world.js';
import { startTestApp, type TestApp, type TokenSpec } from './helpers/test-app.js';

/**
 * Bad input never writes. Every mutation of the printed schema gets random bad input generated
 * from its argument types (fast-check), sent over HTTP with the token of a role that may call it,
 * against real records of 石楼县's demo data and records the API put in every workflow state. Each
 * case breaks one thing in arguments the mutation accepts, so the answer is known: a coercion
 * error before any resolver, or BAD_USER_INPUT naming the field, INVALID_TRANSITION, NOT_FOUND,
 * FORBIDDEN or CONFLICT. Never a 500, and nothing written: the audit logs are compared after every
 * case, and every tenant and province table (audit logs included) before and after each mutation's
 * cases. Finally the unbroken arguments are sent and accepted, which shows the refusals came from
 * what was broken.
 *
 * BAD_INPUT_SEED and BAD_INPUT_RUNS (cases per mutation) change the run; a failure prints its seed.
 */
const SEED = Number(process.env.BAD_INPUT_SEED ?? 20_241_121);
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 20);
const AUDIT_LOGS = ['audit_event', 'province_audit_event'];

let app: TestApp;
let world: World;
beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app);
}, 120_000);
afterAll(() => app?.close());

interface MutationCase {
  as: TokenSpec;
  /** Arguments the mutation accepts, on real records, read when its turn comes. */
  accepted: () => Promise<Variables>;
  /** Records of the kind the step acts on that it must refuse, e.g. `project_year` where `status <> 'DRAFT'`. */
  refusedStates?: { table: string; where: string };
  /** Where the record's id is, when not `input.id`. */
  recordPath?: Path;
  semantic?: (accepted: Variables) => (SemanticCorruption | fc.Arbitrary<SemanticCorruption>)[];
}

const versionOf = async (table: string, id: string): Promise<number> => {
  const [row] = await app.sql<{ version: number }>(`select version from ${table} where id = $1`, [id]);
  if (!row) throw new Error(`${table} ${id} not found`);
  return row.version;
};

/** A step on a record at its current version: `{ input: { id, version, ...extra } }`. */
const stepOn = (table: string, id: () => string, extra: Variables | (() => Variables) = {}) => async () => ({
  input: { id: id(), version: await versionOf(table, id()), ...(typeof extra === 'function' ? extra() : extra) },
});

const refusedWhere = (table: string, where: string) => ({ table, where });
const notIn = (table: string, ...states: string[]) => refusedWhere(table, `status::text not in (${states.map((state) => `'${state}'`).join(', ')})`);

/** A change of the accepted input that breaks one rule of the mutation. */
const rule = (label: string, field: string, change: (input: Record<string, any>) => void, codes: ErrorCode[] = ['BAD_USER_INPUT']): SemanticCorruption => ({
  label,
  field,
  codes,
  change: (variables) => {
    change(variables.input as Record<string, any>);
    return variables;
  },
});

/** Values of the goal indicators of a project year, as monitoring reports them. */
async function indicatorValuesOf(projectYearId: string) {
  const indicators = await app.sql<{ id: string; comparator: string; target: string | null }>(
    `select i.id, i.comparator, i.target_value::text as target from performance_indicator i
       join performance_goal g on g.tenant_id = i.tenant_id and g.id = i.goal_id
      where g.project_year_id = $1 and g.is_current order by i.sort_order`,
    [projectYearId],
  );
  return indicators.map((indicator) =>
    indicator.comparator === 'QUALITATIVE'
      ? { indicatorId: indicator.id, actualText: '有所改善', expectedText: '明显改善', note: '按进度推进' }
      : { indicatorId: indicator.id, actualToDate: '1', expectedYearEnd: String(Number(indicator.target)), note: '按进度推进' },
  );
}

const frameworkWeights = { decision: '20', process: '20', output: '30', benefit: '30' };
const weightRules = (field: string) => [
  rule('framework weights summing to 110', field, (input) => (input.weights = { ...frameworkWeights, decision: '30' })),
  rule('产出 + 效益 below 60 points', field, (input) => (input.weights = { decision: '25', process: '20', output: '30', benefit: '25' })),
];
const indicatorRules = [
  rule('indicator weights that do not add up to the region’s 50/30/10', 'indicators', (input) => (input.indicators[0].weight = '30')),
  rule('a level-2 indicator under the wrong level 1', 'indicators[0].level2', (input) => (input.indicators[0].level2 = 'SOCIAL')),
  rule('a quantitative indicator without a target value', 'indicators[1].targetValue', (input) => delete input.indicators[1].targetValue),
  rule('a qualitative indicator without a target text', 'indicators[2].targetText', (input) => delete input.indicators[2].targetText),
];

/** Rule values each wrong for its key (the JSON argument carries no shape the schema could check). */
const badRuleValues: fc.Arbitrary<SemanticCorruption> = fc
  .oneof(
    fc.tuple(fc.constant('rectificationDays'), fc.oneof(fc.integer({ min: -1000, max: 0 }), fc.integer({ min: 366, max: 100_000 }), fc.double({ min: 1.01, max: 364.99, noInteger: true, noNaN: true }), fc.constantFrom('30', [], {}, true))),
    fc.tuple(fc.constant('deviationThresholdPct'), fc.oneof(fc.double({ min: -1e6, max: -0.01, noNaN: true }), fc.double({ min: 100.01, max: 1e6, noNaN: true }), fc.constantFrom('20', [20]))),
    fc.tuple(
      fc.constant('selfEvaluationWeights'),
      fc.record({ budgetExecution: fc.integer({ min: 0, max: 100 }), output: fc.integer({ min: 0, max: 100 }), benefit: fc.integer({ min: 0, max: 100 }), satisfaction: fc.integer({ min: 0, max: 100 }) })
        .filter((weights) => weights.budgetExecution + weights.output + weights.benefit + weights.satisfaction !== 100),
    ),
    fc.tuple(fc.constant('selfEvaluationWeights'), fc.constant({ budgetExecution: 10, output: 50, benefit: 30, satisfaction: 10, cost: 0 })),
    fc.tuple(
      fc.constant('gradeScheme'),
      fc.constantFrom(
        { name: 'X', bands: [{ grade: 'EXCELLENT', min: 90 }, { grade: 'POOR', min: 10 }] },
        { name: 'X', bands: [{ grade: 'POOR', min: 0 }, { grade: 'EXCELLENT', min: 90 }] },
        { name: 'X', bands: [{ grade: 'BEST', min: 90 }, { grade: 'POOR', min: 0 }] },
        { name: '四级\u0000', bands: [{ grade: 'EXCELLENT', min: 90 }, { grade: 'POOR', min: 0 }] },
        { name: 'X', bands: 'EXCELLENT' },
        'NATIONAL_4',
      ),
    ),
    fc.tuple(fc.constant('recheck'), fc.record({ minRatio: fc.oneof(fc.double({ min: 1.01, max: 100, noNaN: true }), fc.double({ min: -100, max: -0.01, noNaN: true })), largeDiscrepancyPoints: fc.integer({ min: 0, max: 100 }) })),
    fc.tuple(fc.constant('monitoringCadence'), fc.constantFrom({ periodEnds: [] }, { periodEnds: ['13-01'] }, { periodEnds: ['6-30'] }, { periodEnds: ['06-30\u0000'] }, ['06-30'])),
    fc.tuple(
      fc.constant('monitoringWarning'),
      fc.constantFrom(
        { schedulePct: { '6': 40 }, yellowLagPct: 20, redLagPct: 10, yellowGoalGapPct: 10, redGoalGapPct: 20 },
        { schedulePct: { '13': 40 }, yellowLagPct: 0, redLagPct: 10, yellowGoalGapPct: 10, redGoalGapPct: 20 },
        { schedulePct: { '6': 140 }, yellowLagPct: 0, redLagPct: 10, yellowGoalGapPct: 10, redGoalGapPct: 20 },
        { schedulePct: {}, yellowLagPct: 0, redLagPct: 10, yellowGoalGapPct: 10, redGoalGapPct: 20 },
      ),
    ),
    fc.tuple(
      fc.constant('preAssessmentTriggers'),
      fc.constantFrom(
        { newAmountMin: '-1.00', increasePctMin: 30, increaseAmountMin: '4000000.00', termYearsMin: 3, mandatoryAll: false },
        { newAmountMin: 4000000, increasePctMin: 30, increaseAmountMin: '4000000.00', termYearsMin: 3, mandatoryAll: false },
        { newAmountMin: '4000000.00', increasePctMin: 30, increaseAmountMin: '4000000.00', termYearsMin: 0, mandatoryAll: false },
        { newAmountMin: '4000000.00', increasePctMin: 30, increaseAmountMin: '4000000.00', termYearsMin: 3, mandatoryAll: 'yes' },
      ),
    ),
  )
  .map(([key, value]) => ({ label: `${key} = ${JSON.stringify(value)}`, field: 'value', codes: ['BAD_USER_INPUT'], change: () => ({ key, value }) }));

/** Self scores on a DRAFT appraisal (the province's or a department's): one item of the scheme. */
const selfScores = (table: string, id: () => string, refusedStates: MutationCase['refusedStates']): MutationCase => ({
  as: FINANCE,
  accepted: async () => ({ input: { id: id(), version: await versionOf(table, id()), scores: [{ itemId: world.itemsOf[id()]['1.1'], selfScore: '1.5', evidence: '见制度文件' }] } }),
  refusedStates,
  semantic: () => [
    rule('a score above the item’s points', 'scores[0].selfScore', (input) => (input.scores[0].selfScore = '2.5')),
    rule('the same item twice', 'scores[1].itemId', (input) => input.scores.push(input.scores[0])),
    rule('a score for an item with sub-items', 'scores[0].itemId', (input) => (input.scores[0].itemId = world.itemsOf[id()]['1'])),
  ],
});

/** Every mutation: who calls it, arguments it accepts, and what else must be refused. */
const CASES: Record<string, MutationCase> = {
  // ---- Departments and rules
  createDepartment: {
    as: FINANCE,
    accepted: async () => ({ input: { code: 'JKJ-XX', name: '石楼县教育科技局下属学校', parentId: world.departments.education, kind: 'AGENCY' } }),
  },
  updateDepartment: {
    as: FINANCE,
    accepted: stepOn('department', () => world.departments.others[6], { code: 'XG01', name: '石楼县机构改革后部门' }),
    semantic: () => [rule('the code of another department', 'code', (input) => (input.code = 'FIN'))],
  },
  setTenantRule: {
    as: FINANCE,
    accepted: async () => ({ key: 'rectificationDays', value: 45 }),
    semantic: () => [badRuleValues],
  },

  // ---- API keys for BI tools
  createApiKey: {
    as: FINANCE,
    accepted: async () => ({ input: { name: '帆软报表 绩效看板', tenantCode: '141126' } }),
    semantic: () => [rule('another tenant', 'tenantCode', (input) => (input.tenantCode = '370406'), ['FORBIDDEN'])],
  },
  revokeApiKey: {
    as: FINANCE,
    accepted: async () => {
      const created = await app.request(parse(`mutation { createApiKey(input: { name: "待吊销的报表密钥", tenantCode: "141126" }) { apiKey { id version } } }`) as never, {}, FINANCE);
      const { id, version } = (created.data as { createApiKey: { apiKey: { id: string; version: number } } }).createApiKey.apiKey;
      return { input: { id, version } };
    },
    refusedStates: refusedWhere('api_key', 'revoked_at is not null'),
  },

  // ---- Projects and budget years (项目库)
  createProject: {
    as: EDUCATION,
    accepted: async () => ({
      input: { departmentId: world.departments.education, code: 'JKJ2026001', name: '第九小学新建工程', kindCode: '31', nature: 'NEW', termYears: 3, isPolicy: false, issuingLevel: 'PROVINCIAL', setupYear: 2025 },
    }),
    semantic: () => [rule('another department’s id', 'departmentId', (input) => (input.departmentId = world.departments.others[0]), ['BAD_USER_INPUT', 'FORBIDDEN'])],
  },
  updateProject: {
    as: EDUCATION,
    accepted: stepOn('project', () => world.demo.project, { code: 'JKJX2024A', name: '石楼县校舍改造（调整）', kindCode: '32', nature: 'CONTINUING', termYears: 2, isPolicy: true }),
  },
  createProjectYear: {
    as: EDUCATION,
    accepted: async () => ({
      input: { projectId: world.demo.project, fiscalYear: 2026, budgetType: 'GENERAL_PUBLIC', fundSource: 'PROVINCIAL_TRANSFER', isSpecialBond: false, requestedAmount: '150000.00', previousYearAmount: '120000.00' },
    }),
    semantic: () => [rule('a year the project already has', 'fiscalYear', (input) => (input.fiscalYear = 2024))],
  },
  updateProjectYear: {
    as: EDUCATION,
    accepted: stepOn('project_year', () => world.years.draftUpdate, {
      budgetType: 'GOV_FUND',
      fundSource: 'LOCAL',
      isSpecialBond: false,
      requestedAmount: '110000.00',
      previousYearAmount: '90000.00',
      preAssessmentExemption: 'EMERGENCY',
    }),
    refusedStates: notIn('project_year', 'DRAFT', 'RETURNED'),
  },
  submitProjectYear: { as: EDUCATION, accepted: stepOn('project_year', () => world.years.draftSubmit), refusedStates: notIn('project_year', 'DRAFT', 'RETURNED') },
  returnProjectYear: { as: FINANCE, accepted: stepOn('project_year', () => world.years.submittedReturn), refusedStates: notIn('project_year', 'SUBMITTED', 'IN_LIBRARY') },
  rejectProjectYear: { as: FINANCE, accepted: stepOn('project_year', () => world.years.submittedReject), refusedStates: notIn('project_year', 'SUBMITTED', 'IN_LIBRARY') },
  enterLibrary: {
    as: FINANCE,
    accepted: stepOn('project_year', () => world.years.submittedEnter),
    refusedStates: notIn('project_year', 'SUBMITTED'),
  },
  approveBudget: { as: FINANCE, accepted: stepOn('project_year', () => world.years.inLibrary, { amount: '100000.00' }), refusedStates: notIn('project_year', 'IN_LIBRARY') },
  adjustBudget: { as: FINANCE, accepted: stepOn('project_year', () => world.demo.approvedYears[5], { amount: '123456.78' }), refusedStates: notIn('project_year', 'APPROVED') },
  recordExecution: { as: FINANCE, accepted: stepOn('project_year', () => world.demo.approvedYears[7], { amount: '50000.00' }), refusedStates: notIn('project_year', 'APPROVED', 'CLOSED') },
  closeProjectYear: { as: FINANCE, accepted: stepOn('project_year', () => world.demo.approvedYears[6]), refusedStates: notIn('project_year', 'APPROVED') },

  // ---- 事前绩效评估
  createPreAssessment: {
    as: EDUCATION,
    accepted: async () => ({ input: { projectYearId: world.years.withoutAssessment, assessor: 'THIRD_PARTY', thirdPartyName: '山西某工程咨询公司' } }),
    semantic: () => [rule('a third-party assessment without the third party', 'thirdPartyName', (input) => delete input.thirdPartyName)],
  },
  submitPreAssessment: { as: EDUCATION, accepted: stepOn('pre_assessment', () => world.assessments.draftSubmit), refusedStates: notIn('pre_assessment', 'DRAFT') },
  returnPreAssessment: { as: FINANCE, accepted: stepOn('pre_assessment', () => world.assessments.submittedReturn), refusedStates: notIn('pre_assessment', 'SUBMITTED') },
  concludePreAssessment: {
    as: FINANCE,
    accepted: stepOn('pre_assessment', () => world.assessments.submittedConclude, {
      conclusion: 'SUPPORT_AFTER_ADJUSTMENT',
      scores: { necessity: '18', economy: '17', goal: '16.5', feasibility: '18', financing: '15' },
      recommendedAmount: '90000.00',
      opinion: '压减部分设备购置后予以支持',
    }),
    refusedStates: notIn('pre_assessment', 'SUBMITTED'),
    semantic: () => [rule('support after adjustment without a recommended amount', 'recommendedAmount', (input) => delete input.recommendedAmount)],
  },

  // ---- 绩效目标
  createGoal: {
    as: EDUCATION,
    accepted: async () => ({ input: { subject: 'PROJECT', projectYearId: world.years.withoutGoal, goalText: '完成校舍维修改造，保障正常教学', horizon: 'ANNUAL', indicators: standardIndicators() } }),
    semantic: () => [...indicatorRules, rule('a department goal without the department', 'departmentId', (input) => (input.subject = 'DEPARTMENT'))],
  },
  updateGoal: {
    as: EDUCATION,
    accepted: stepOn('performance_goal', () => world.goals.draftUpdate, { goalText: '完成校舍维修改造（修订）', indicators: standardIndicators() }),
    refusedStates: notIn('performance_goal', 'DRAFT', 'RETURNED'),
    semantic: () => indicatorRules,
  },
  submitGoal: { as: EDUCATION, accepted: stepOn('performance_goal', () => world.goals.draftSubmit), refusedStates: notIn('performance_goal', 'DRAFT', 'RETURNED') },
  reviewGoal: {
    as: FINANCE,
    accepted: stepOn('performance_goal', () => world.goals.submittedReview, { grade: 'GOOD', completeness: true, relevance: true, reasonableness: true, measurability: false, opinion: '指标需进一步细化' }),
    refusedStates: notIn('performance_goal', 'SUBMITTED'),
  },
  adjustGoal: {
    as: EDUCATION,
    accepted: stepOn('performance_goal', () => world.demo.issuedGoals[0], { reason: '年中项目内容调整' }),
    refusedStates: refusedWhere('performance_goal', `not (is_current and status in ('APPROVED', 'ISSUED'))`),
  },
  createLibraryIndicator: {
    as: FINANCE,
    accepted: async () => ({ input: { code: 'JY-001', name: '受益学生人数', level1: 'OUTPUT', level2: 'QUANTITY', comparator: 'GTE', defaultTarget: '1000', unit: '人', description: '当年受益学生人数' } }),
    semantic: () => [rule('a level-2 indicator under the wrong level 1', 'level2', (input) => (input.level2 = 'SOCIAL'))],
  },

  // ---- 双监控
  openMonitoringRounds: { as: FINANCE, accepted: async () => ({ fiscalYear: 2025 }) },
  createMonitoringRound: {
    as: FINANCE,
    accepted: async () => ({ input: { fiscalYear: 2024, periodEnd: '2024-12-31', dueDate: '2025-01-31', title: '2024年重点项目监控', kind: 'KEY' } }),
    semantic: () => [
      rule('a due date before the period end', 'dueDate', (input) => (input.dueDate = '2024-12-30')),
      rule('a period end outside the fiscal year', 'periodEnd', (input) => (input.periodEnd = '2023-12-31')),
    ],
  },
  closeMonitoringRound: { as: FINANCE, accepted: stepOn('monitoring_round', () => world.rounds.openClose), refusedStates: notIn('monitoring_round', 'OPEN') },
  reopenMonitoringRound: { as: FINANCE, accepted: stepOn('monitoring_round', () => world.demo.closedRound), refusedStates: notIn('monitoring_round', 'CLOSED') },
  createMonitoringRecord: {
    as: EDUCATION,
    accepted: async () => ({
      input: {
        roundId: world.rounds.open,
        subject: 'PROJECT',
        projectYearId: world.unmonitoredYear,
        executedToDate: '0.00',
        expectedYearEnd: '10.00',
        likelihood: 'POSSIBLE',
        deviationReasons: ['FUNDING', 'STAFFING'],
        deviationNote: '资金未到位',
        needsRectification: true,
        rectificationAdvice: '加快资金拨付',
        indicatorValues: await indicatorValuesOf(world.unmonitoredYear),
      },
    }),
    semantic: () => [
      rule('more executed than expected for the year', 'expectedYearEnd', (input) => (input.executedToDate = '11.00')),
      rule('rectification needed without advice', 'rectificationAdvice', (input) => delete input.rectificationAdvice),
      rule('a department record that names a project year', 'projectYearId', (input) => Object.assign(input, { subject: 'DEPARTMENT', departmentId: world.departments.education })),
      rule('an indicator reported twice', 'indicatorValues[1].indicatorId', (input) => (input.indicatorValues[1] = input.indicatorValues[0])),
    ],
  },
  updateMonitoringRecord: {
    as: EDUCATION,
    accepted: async () => ({
      input: {
        id: world.records.draftUpdate,
        version: await versionOf('monitoring_record', world.records.draftUpdate),
        executedToDate: '0.50',
        expectedYearEnd: '2.00',
        likelihood: 'CERTAIN',
        deviationReasons: ['HARDWARE'],
        deviationNote: '设备采购延迟',
        needsRectification: false,
        rectificationAdvice: '无',
        indicatorValues: await indicatorValuesOf(world.demo.approvedYears[0]),
      },
    }),
    refusedStates: notIn('monitoring_record', 'DRAFT', 'RETURNED'),
    semantic: () => [rule('more executed than expected for the year', 'expectedYearEnd', (input) => (input.executedToDate = '3.00'))],
  },
  submitMonitoringRecord: { as: EDUCATION, accepted: stepOn('monitoring_record', () => world.records.draftSubmit), refusedStates: notIn('monitoring_record', 'DRAFT', 'RETURNED') },
  auditMonitoringRecord: {
    as: FINANCE,
    accepted: stepOn('monitoring_record', () => world.records.submittedAudit, { opinion: '同意', needsRectification: true, rectificationAdvice: '加快支出进度' }),
    refusedStates: notIn('monitoring_record', 'SUBMITTED'),
    semantic: () => [rule('rectification needed without advice', 'rectificationAdvice', (input) => delete input.rectificationAdvice)],
  },
  returnMonitoringRecord: {
    as: FINANCE,
    accepted: stepOn('monitoring_record', () => world.records.submittedReturn, { opinion: '请补充偏差原因分析' }),
    refusedStates: notIn('monitoring_record', 'SUBMITTED'),
  },

  // ---- 单位自评 and 抽查复核
  setSelfEvaluationScope: {
    as: FINANCE,
    accepted: async () => ({ input: { fiscalYear: 2023, projectYearIds: [world.demo.closedYearOutOfScope], required: true } }),
    semantic: () => [
      rule('a project year of another fiscal year', 'projectYearIds[0]', (input) => (input.projectYearIds = [world.demo.approvedYears[0]])),
      rule('a budget not yet approved', 'projectYearIds[0]', (input) => Object.assign(input, { fiscalYear: 2025, projectYearIds: [world.years.draftUpdate] })),
    ],
  },
  createSelfEvaluation: {
    as: EDUCATION,
    accepted: async () => ({
      input: {
        subject: 'DEPARTMENT',
        departmentId: world.departments.education,
        fiscalYear: 2024,
        budgetAmount: '2000000.00',
        executedAmount: '1900000.00',
        summary: '部门整体目标全面完成',
        applicationAdvice: '保持预算规模',
        indicators: world.educationResults,
      },
    }),
    semantic: () => [
      rule('a budget of 0', 'budgetAmount', (input) => (input.budgetAmount = '0.00')),
      rule('a year that has not ended', 'fiscalYear', (input) => (input.fiscalYear = new Date().getFullYear() + 1)),
      rule('another department', 'departmentId', (input) => (input.departmentId = world.departments.others[5]), ['FORBIDDEN']),
      rule('an indicator given twice', 'indicators[1].indicatorId', (input) => (input.indicators[1] = input.indicators[0])),
    ],
  },
  updateSelfEvaluation: {
    as: FINANCE,
    accepted: async () => {
      const id = world.selfEvaluations.draftUpdate;
      const [{ goalId }] = await app.sql<{ goalId: string }>('select goal_id as "goalId" from self_evaluation where id = $1', [id]);
      return {
        input: {
          id,
          version: await versionOf('self_evaluation', id),
          budgetAmount: '1100000.00',
          executedAmount: '1000000.00',
          summary: '部门整体目标基本完成（修订）',
          applicationAdvice: '适当压减',
          indicators: await goalResults(app, goalId),
        },
      };
    },
    refusedStates: notIn('self_evaluation', 'DRAFT', 'RETURNED'),
  },
  submitSelfEvaluation: { as: FINANCE, accepted: stepOn('self_evaluation', () => world.selfEvaluations.draftSubmit), refusedStates: notIn('self_evaluation', 'DRAFT', 'RETURNED') },
  reviewSelfEvaluation: { as: FINANCE, accepted: stepOn('self_evaluation', () => world.selfEvaluations.submittedReview, { opinion: '同意' }), refusedStates: notIn('self_evaluation', 'SUBMITTED') },
  returnSelfEvaluation: {
    as: FINANCE,
    accepted: stepOn('self_evaluation', () => world.selfEvaluations.submittedReturn, { opinion: '请补充佐证材料' }),
    refusedStates: notIn('self_evaluation', 'SUBMITTED'),
    semantic: () => [rule('a return without saying what to correct', 'opinion', (input) => delete input.opinion)],
  },
  recheckSelfEvaluation: {
    as: FINANCE,
    accepted: async () => ({
      input: { selfEvaluationId: world.demo.reviewedSelfEvaluation, version: await versionOf('self_evaluation', world.demo.reviewedSelfEvaluation), recheckScore: '85.50', opinion: '抽查复核' },
    }),
    recordPath: ['input', 'selfEvaluationId'],
    refusedStates: notIn('self_evaluation', 'FINANCE_REVIEWED'),
  },

  // ---- 财政重点评价, experts, problems and rectification
  createExpert: { as: FINANCE, accepted: async () => ({ input: { name: '李高工', specialty: 'INDUSTRY', organization: '吕梁市教育局' } }) },
  updateExpert: { as: FINANCE, accepted: stepOn('expert', () => world.expert, { name: '张教授（退休）', specialty: 'OTHER', organization: '吕梁学院', active: true }) },
  createKeyEvaluation: {
    as: FINANCE,
    accepted: async () => ({
      input: {
        object: 'POLICY',
        title: '石楼县义务教育营养改善计划重点评价',
        fiscalYear: 2024,
        yearConducted: 2025,
        departmentId: world.departments.education,
        budgetType: 'GENERAL_PUBLIC',
        isSpecialBond: false,
        amount: '500000.00',
        organizer: '石楼县财政局绩效管理股',
        thirdPartyName: '山西某绩效评价公司',
        expertIds: [world.expert],
        methods: ['DOCUMENT_REVIEW', 'FIELD_RESEARCH'],
        weights: frameworkWeights,
      },
    }),
    semantic: () => [
      ...weightRules('weights'),
      rule('conducted before the year evaluated', 'yearConducted', (input) => (input.yearConducted = 2023)),
      rule('a project evaluation without the project year', 'projectYearId', (input) => (input.object = 'PROJECT')),
      rule('the same expert twice', 'expertIds', (input) => (input.expertIds = [world.expert, world.expert])),
      rule('a township on a policy evaluation', 'townshipId', (input) => (input.townshipId = world.departments.others[0])),
    ],
  },
  updateKeyEvaluation: {
    as: FINANCE,
    accepted: stepOn('key_evaluation', () => world.keyEvaluations.plannedUpdate, () => ({
      title: '石楼县学前教育资助政策重点评价（调整）',
      yearConducted: 2025,
      budgetType: 'GENERAL_PUBLIC',
      isSpecialBond: false,
      amount: '2800000.00',
      organizer: '石楼县财政局',
      thirdPartyName: '山西某绩效评价公司',
      expertIds: [world.expert],
      methods: ['QUESTIONNAIRE'],
      weights: frameworkWeights,
    })),
    refusedStates: notIn('key_evaluation', 'PLANNED', 'IN_PROGRESS'),
    semantic: () => [...weightRules('weights'), rule('conducted before the year evaluated', 'yearConducted', (input) => (input.yearConducted = 2023))],
  },
  startKeyEvaluation: { as: FINANCE, accepted: stepOn('key_evaluation', () => world.keyEvaluations.plannedStart), refusedStates: notIn('key_evaluation', 'PLANNED') },
  finalizeKeyEvaluation: {
    as: FINANCE,
    accepted: stepOn('key_evaluation', () => world.keyEvaluations.inProgress, { scores: { decision: '15', process: '16', output: '25', benefit: '24' }, summary: '政策效果较好' }),
    refusedStates: notIn('key_evaluation', 'IN_PROGRESS'),
    semantic: () => [rule('a score above its weight', 'scores.decision', (input) => (input.scores.decision = '20.01'))],
  },
  issueKeyEvaluationFeedback: {
    as: FINANCE,
    accepted: stepOn('key_evaluation', () => world.keyEvaluations.final, { feedbackDate: '2025-07-01' }),
    refusedStates: notIn('key_evaluation', 'FINAL'),
    semantic: () => [rule('feedback before the year evaluated', 'feedbackDate', (input) => (input.feedbackDate = '2023-12-31'))],
  },
  recordKeyEvaluationReporting: {
    as: FINANCE,
    accepted: stepOn('key_evaluation', () => world.demo.closedKeyEvaluation.id, { reportedToGovernmentOn: '2025-02-01', reportedToCongressOn: '2025-03-01' }),
    refusedStates: notIn('key_evaluation', 'FINAL', 'FEEDBACK_ISSUED', 'CLOSED'),
    semantic: () => [rule('neither reporting date', 'reportedToGovernmentOn', (input) => (delete input.reportedToGovernmentOn, delete input.reportedToCongressOn))],
  },
  closeKeyEvaluation: { as: FINANCE, accepted: stepOn('key_evaluation', () => world.keyEvaluations.feedbackIssued), refusedStates: notIn('key_evaluation', 'FEEDBACK_ISSUED') },
  createProblem: {
    as: FINANCE,
    accepted: async () => ({
      input: {
        source: 'MONITORING',
        monitoringRecordId: world.demo.auditedRecord,
        category: 'FUND_MANAGEMENT',
        description: '资金拨付进度滞后',
        suggestion: '加快资金拨付',
        departmentId: world.departments.education,
        notifiedOn: '2025-03-01',
        deadline: '2025-04-15',
      },
    }),
    semantic: () => [
      rule('a deadline before the notification', 'deadline', (input) => (input.deadline = '2025-02-28')),
      rule('a monitoring record named on a key-evaluation problem', 'monitoringRecordId', (input) => (input.source = 'KEY_EVALUATION')),
    ],
  },
  startRectification: { as: EDUCATION, accepted: stepOn('evaluation_problem', () => world.problems.openStart), refusedStates: notIn('evaluation_problem', 'OPEN') },
  reportRectification: {
    as: EDUCATION,
    accepted: stepOn('evaluation_problem', () => world.problems.inProgressReport, { report: '已制定资金拨付计划并全部拨付' }),
    refusedStates: notIn('evaluation_problem', 'IN_PROGRESS'),
  },
  verifyRectification: { as: FINANCE, accepted: stepOn('evaluation_problem', () => world.problems.reportedVerify, { opinion: '整改到位' }), refusedStates: notIn('evaluation_problem', 'REPORTED') },
  rejectRectification: {
    as: FINANCE,
    accepted: stepOn('evaluation_problem', () => world.problems.reportedReject, { reason: '缺少拨付凭证' }),
    refusedStates: notIn('evaluation_problem', 'REPORTED'),
  },

  // ---- 结果应用, 信息公开, 培训
  createResultApplication: {
    as: FINANCE,
    accepted: async () => ({
      input: {
        keyEvaluationId: world.demo.closedKeyEvaluation.id,
        projectId: world.demo.closedKeyEvaluation.projectId,
        action: 'REDUCE',
        amountDelta: '-100000.00',
        targetFiscalYear: 2025,
        documentNo: '石财绩〔2025〕3号',
        decidedOn: '2025-01-15',
        note: '评价结果为中，压减预算',
      },
    }),
    semantic: () => [
      rule('a reduction by a positive amount', 'amountDelta', (input) => (input.amountDelta = '100000.00')),
      rule('keeping the budget with a change', 'amountDelta', (input) => (input.action = 'MAINTAIN')),
      rule('a target year not after the year evaluated', 'targetFiscalYear', (input) => (input.targetFiscalYear = 2023)),
      rule('a key evaluation and a self-evaluation', 'selfEvaluationId', (input) => (input.selfEvaluationId = world.demo.reviewedSelfEvaluation)),
      rule('an evaluated year other than the evaluation’s', 'evaluatedFiscalYear', (input) => (input.evaluatedFiscalYear = 2022)),
    ],
  },
  recordDisclosure: {
    as: FINANCE,
    accepted: async () => ({
      input: {
        fiscalYear: 2023,
        docType: 'EVALUATION_REPORT',
        subjectKind: 'EVALUATION',
        subjectId: world.demo.closedKeyEvaluation.id,
        departmentId: world.demo.closedKeyEvaluation.departmentId,
        channel: 'BUDGET_PORTAL',
        publishedOn: '2024-12-01',
        url: 'https://www.shilou.gov.cn/xxgk/jxpj/2023-1.html',
        note: '重点评价报告',
      },
    }),
    semantic: () => [
      rule('a subject the document type is not about', 'subjectKind', (input) => (input.subjectKind = 'GOAL')),
      rule('the government website without an address', 'url', (input) => Object.assign(input, { channel: 'GOV_WEBSITE', url: undefined })),
      rule('a region-wide document naming a subject', 'subjectId', (input) => Object.assign(input, { docType: 'FINAL_ACCOUNT_PERFORMANCE', subjectKind: 'REGION', departmentId: undefined })),
    ],
  },
  updateDisclosure: {
    as: FINANCE,
    accepted: stepOn('disclosure', () => world.demo.disclosures[0], { publishedOn: '2024-03-15', url: 'https://www.shilou.gov.cn/xxgk/2024/mb.html', note: '更正链接' }),
    refusedStates: notIn('disclosure', 'PUBLISHED'),
  },
  withdrawDisclosure: { as: FINANCE, accepted: stepOn('disclosure', () => world.demo.disclosures[1], { reason: '链接失效，重新发布' }), refusedStates: notIn('disclosure', 'PUBLISHED') },
  recordTraining: {
    as: FINANCE,
    accepted: async () => ({ input: { heldOn: '2025-05-20', title: '2025年预算绩效管理业务培训', attendees: 150, audience: '各预算单位财务人员', provider: '石楼县财政局' } }),
  },

  // ---- 考核: the province's schemes and reviews, the county's self-assessment
  createAppraisalScheme: {
    as: PROVINCE,
    accepted: async () => ({ input: { fiscalYear: 2026, name: '2026年度预算绩效管理工作考核', documentNumber: '晋财绩〔2026〕1号', totalPoints: '10', items: SCHEME_ITEMS } }),
  },
  updateAppraisalScheme: {
    as: PROVINCE,
    accepted: stepOn('appraisal_scheme', () => world.schemes.draftUpdate, {
      name: '2025年度预算绩效管理工作考核（修订）',
      documentNumber: '晋财绩〔2025〕2号',
      totalPoints: '12',
      items: [...SCHEME_ITEMS, { code: '3', name: '绩效信息公开', maxPoints: '2' }],
    }),
    refusedStates: notIn('appraisal_scheme', 'DRAFT'),
  },
  publishAppraisalScheme: {
    as: PROVINCE,
    accepted: stepOn('appraisal_scheme', () => world.schemes.draftPublish),
    refusedStates: notIn('appraisal_scheme', 'DRAFT'),
    // The unbalanced scheme is never changed, so it is still at version 1.
    semantic: () => [rule('a scheme whose items do not add up to its total', 'totalPoints', (input) => Object.assign(input, { id: world.schemes.unbalanced, version: 1 }))],
  },
  startAppraisalSubmission: {
    as: FINANCE,
    accepted: async () => ({ input: { schemeId: world.schemes.published } }),
    recordPath: ['input', 'schemeId'],
    refusedStates: notIn('appraisal_scheme', 'PUBLISHED'),
  },
  saveAppraisalSelfScores: selfScores('appraisal_submission', () => world.submissions.draftSave, notIn('appraisal_submission', 'DRAFT')),
  submitAppraisalSubmission: {
    as: FINANCE,
    accepted: stepOn('appraisal_submission', () => world.submissions.draftSubmit),
    refusedStates: notIn('appraisal_submission', 'DRAFT'),
  },
  startAppraisalReview: {
    as: PROVINCE,
    accepted: async () => ({ input: { submissionId: world.submissions.submitted } }),
    recordPath: ['input', 'submissionId'],
    refusedStates: refusedWhere('appraisal_submission', `status = 'DRAFT'`),
  },
  saveAppraisalReviewScores: {
    as: PROVINCE,
    accepted: async () => ({
      input: {
        id: world.reviews.reviewingSave,
        version: await versionOf('appraisal_review', world.reviews.reviewingSave),
        scores: [{ itemId: world.itemsOf[world.reviews.reviewingSave]['2'], reviewedScore: '4.5', note: '评价覆盖面不足' }],
        opinion: '总体较好',
      },
    }),
    refusedStates: notIn('appraisal_review', 'REVIEWING'),
    semantic: (accepted) => {
      const items = world.itemsOf[(accepted.input as { id: string }).id];
      return [
        rule('a score above the item’s points', 'scores[0].reviewedScore', (input) => (input.scores[0].reviewedScore = '6.5')),
        rule('a score for an item with sub-items', 'scores[0].itemId', (input) => (input.scores[0].itemId = items['1'])),
      ];
    },
  },
  finalizeAppraisalReview: { as: PROVINCE, accepted: stepOn('appraisal_review', () => world.reviews.reviewingFinalize), refusedStates: notIn('appraisal_review', 'REVIEWING') },

  // ---- 考核 of the county's departments
  createUnitAppraisalScheme: {
    as: FINANCE,
    accepted: async () => ({ input: { fiscalYear: 2026, examineeKind: 'TOWNSHIP', name: '2026年度乡镇预算绩效管理考核', documentNumber: '石财绩〔2026〕1号', totalPoints: '10', items: SCHEME_ITEMS } }),
    semantic: () => [rule('agencies as examinees', 'examineeKind', (input) => (input.examineeKind = 'AGENCY'))],
  },
  updateUnitAppraisalScheme: {
    as: FINANCE,
    accepted: stepOn('unit_appraisal_scheme', () => world.unitSchemes.draftUpdate, { name: '2025年度部门考核（修订）', documentNumber: '石财绩〔2025〕9号', totalPoints: '10', items: SCHEME_ITEMS }),
    refusedStates: notIn('unit_appraisal_scheme', 'DRAFT'),
  },
  publishUnitAppraisalScheme: { as: FINANCE, accepted: stepOn('unit_appraisal_scheme', () => world.unitSchemes.draftPublish), refusedStates: notIn('unit_appraisal_scheme', 'DRAFT') },
  startUnitAppraisal: {
    as: EDUCATION,
    accepted: async () => ({ input: { schemeId: world.unitSchemes.published, examineeId: world.unitExaminee } }),
    recordPath: ['input', 'schemeId'],
    refusedStates: notIn('unit_appraisal_scheme', 'PUBLISHED'),
    semantic: () => [rule('another department as the examinee', 'examineeId', (input) => (input.examineeId = world.departments.others[5]), ['FORBIDDEN'])],
  },
  saveUnitAppraisalSelfScores: selfScores('unit_appraisal_submission', () => world.unitSubmissions.draftSave, notIn('unit_appraisal_submission', 'DRAFT')),
  submitUnitAppraisal: { as: FINANCE, accepted: stepOn('unit_appraisal_submission', () => world.unitSubmissions.draftSubmit), refusedStates: notIn('unit_appraisal_submission', 'DRAFT') },
  saveUnitAppraisalReviewScores: {
    as: FINANCE,
    accepted: async () => ({
      input: {
        id: world.unitSubmissions.submitted,
        version: await versionOf('unit_appraisal_submission', world.unitSubmissions.submitted),
        scores: [{ itemId: world.itemsOf[world.unitSubmissions.submitted]['1.1'], reviewedScore: '1', note: '管理办法不完善' }],
        opinion: '基本合格',
      },
    }),
    refusedStates: notIn('unit_appraisal_submission', 'SUBMITTED', 'REVIEWING'),
    semantic: () => [rule('a score above the item’s points', 'scores[0].reviewedScore', (input) => (input.scores[0].reviewedScore = '2.01'))],
  },
  finalizeUnitAppraisalReview: { as: FINANCE, accepted: stepOn('unit_appraisal_submission', () => world.unitSubmissions.reviewing), refusedStates: notIn('unit_appraisal_submission', 'REVIEWING') },
};

/** Records the step must refuse, in the caller's scope (the department's own, for a department user). */
async function refusedRecords(spec: MutationCase): Promise<{ id: string; version: number }[]> {
  if (!spec.refusedStates) return [];
  const { table, where } = spec.refusedStates;
  const columns = new Set(
    (await app.sql<{ name: string }>(`select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1`, [table])).map((row) => row.name),
  );
  const conditions = [columns.has('province_id') ? 'province_id = $1' : 'tenant_id = $1', `(${where})`];
  const params: unknown[] = [columns.has('province_id') ? world.provinceId : world.tenantId];
  if (spec.as.role === 'DEPARTMENT_USER' && columns.has('department_id')) {
    params.push(world.departments.education);
    conditions.push('department_id = $2');
  }
  return app.sql<{ id: string; version: number }>(`select id, version from ${table} where ${conditions.join(' and ')} order by id limit 10`, params);
}

const mutations = schemaMutations();

it('finds the mutations in the printed schema', () => {
  expect(mutations.length).toBeGreaterThanOrEqual(77);
});

for (const mutation of mutations) {
  it(`${mutation.name}: bad input is refused, naming what is wrong, and writes nothing`, async () => {
    const spec = CASES[mutation.name];
    if (!spec) throw new Error(`${mutation.name} has no bad-input generator: add it to CASES in tests/bad-input.property.test.ts`);
    const accepted = await spec.accepted();
    const corruptions = corruptionsOf(mutation, accepted, {
      outOfScopeIds: spec.as.role === 'DEPARTMENT_USER' ? [...world.outOfScope.anyone, ...world.outOfScope.education] : world.outOfScope.anyone,
      wrongState: await refusedRecords(spec),
      recordPath: spec.recordPath,
      semantic: spec.semantic?.(accepted),
    });
    // Every table before and after all cases; the audit logs (tiny) after each case, to name the case.
    const before = await writeFingerprint(app);
    const auditBefore = await writeFingerprint(app, AUDIT_LOGS);
    const sent: string[] = [];
    await fc.assert(
      fc.asyncProperty(corruptions, async (corruption) => {
        sent.push(corruption.label);
        const result = await send(app, mutation, corruption.variables, spec.as);
        const problems = refusalProblems(mutation, corruption, result);
        const audited = changedTables(auditBefore, await writeFingerprint(app, AUDIT_LOGS));
        if (audited.length > 0) problems.push(`wrote: new entries in ${audited.join(', ')}`);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      }),
      // A write changes what later cases run against, so stop at the first failure instead of shrinking.
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(changedTables(before, await writeFingerprint(app)), `tables written by one of the cases: ${sent.join(' | ')}`).toEqual([]);
    const answer = await send(app, mutation, accepted, spec.as);
    expect(answer.errors, `${mutation.name} refused the input the cases started from`).toBeUndefined();
  });
}
