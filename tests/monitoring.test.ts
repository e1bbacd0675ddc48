import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdjustBudgetDocument,
  ApproveBudgetDocument,
  AuditMonitoringRecordDocument,
  CloseMonitoringRoundDocument,
  CreateDepartmentDocument,
  CreateGoalDocument,
  CreateMonitoringRecordDocument,
  CreateMonitoringRoundDocument,
  CreateProjectDocument,
  CreateProjectYearDocument,
  EnterLibraryDocument,
  MonitoringRecordByIdDocument,
  MonitoringRecordsDocument,
  MonitoringRoundsDocument,
  OpenMonitoringRoundsDocument,
  ProjectYearMonitoringDocument,
  ReopenMonitoringRoundDocument,
  ReturnMonitoringRecordDocument,
  ReviewGoalDocument,
  SetTenantRuleDocument,
  SubmitGoalDocument,
  SubmitMonitoringRecordDocument,
  SubmitProjectYearDocument,
  UpdateMonitoringRecordDocument,
  type CreateMonitoringRecordInput,
  type CreateMonitoringRoundInput,
  type IndicatorInput,
} from '../schema/generated/graphql.js';
import { assessWarning } from '../server/modules/monitoring/monitoring.warning.js';
import { RULE_DEFAULTS } from '../server/modules/rules/rule-definitions.js';
import { snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

// 山亭区 hosts the main scenario: two departments of its own (水利局 SLJ, 教育局 JYJ) created through
// the API. 铁岭经开区 monitors payment progress only; 上犹县 opens its seeded cadence.
const ST_ADMIN = AS.shantingAdmin;
const SLJ_USER: TokenSpec = { role: 'DEPARTMENT_USER', tenant: '370406', department: 'SLJ' };
const JYJ_USER: TokenSpec = { role: 'DEPARTMENT_USER', tenant: '370406', department: 'JYJ' };
const ST_BI: TokenSpec = { role: 'BI_READER', tenant: '370406' };
const TL_ADMIN: TokenSpec = { role: 'COUNTY_ADMIN', tenant: '211271' };
const SY_ADMIN: TokenSpec = { role: 'COUNTY_ADMIN', tenant: '360724' };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

let app: TestApp;

/** The data of a successful result; fails the test with the errors otherwise. */
async function ok<R>(pending: Promise<GraphQLResult<R>>): Promise<R> {
  const result = await pending;
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** The first error of a failed result. */
async function failure<R>(pending: Promise<GraphQLResult<R>>) {
  const result = await pending;
  expect(result.errors, 'expected the request to fail').toBeDefined();
  return result.errors![0];
}

const PROJECT_INDICATORS: IndicatorInput[] = [
  { level1: 'OUTPUT', level2: 'QUANTITY', name: '新建供水管网长度', comparator: 'GTE', targetValue: '100', unit: '公里', weight: '50' },
  { level1: 'BENEFIT', level2: 'SOCIAL', name: '农村饮水安全保障', comparator: 'QUALITATIVE', targetText: '明显改善', weight: '30' },
  { level1: 'SATISFACTION', level2: 'SATISFACTION', name: '群众满意度', comparator: 'GTE', targetValue: '90', unit: '%', weight: '10' },
];

/** Creates an issued goal's worth of indicators and approves a project year through the API. */
async function approvedProjectYear(as: TokenSpec, options: { departmentId: string; code: string; fiscalYear: number; amount: string }) {
  const { createProject } = await ok(
    app.request(CreateProjectDocument, { input: { departmentId: options.departmentId, code: options.code, name: `项目 ${options.code}`, kindCode: '31' } }, as),
  );
  const { createProjectYear: draft } = await ok(
    app.request(CreateProjectYearDocument, { input: { projectId: createProject.id, fiscalYear: options.fiscalYear, budgetType: 'GENERAL_PUBLIC', requestedAmount: options.amount } }, as),
  );
  const { createGoal } = await ok(
    app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: draft.id, goalText: '保障农村饮水安全', indicators: PROJECT_INDICATORS } }, as),
  );
  const { submitGoal } = await ok(app.request(SubmitGoalDocument, { input: { id: createGoal.id, version: createGoal.version } }, as));
  await ok(
    app.request(
      ReviewGoalDocument,
      { input: { id: submitGoal.id, version: submitGoal.version, grade: 'GOOD', completeness: true, relevance: true, reasonableness: true, measurability: true } },
      as,
    ),
  );
  const { submitProjectYear } = await ok(app.request(SubmitProjectYearDocument, { input: { id: draft.id, version: draft.version } }, as));
  const { enterLibrary } = await ok(app.request(EnterLibraryDocument, { input: { id: draft.id, version: submitProjectYear.version } }, as));
  const { approveBudget } = await ok(app.request(ApproveBudgetDocument, { input: { id: draft.id, version: enterLibrary.version, amount: options.amount } }, as));
  expect(approveBudget).toMatchObject({ status: 'APPROVED', goal: { status: 'ISSUED' } });
  const indicators = Object.fromEntries(createGoal.indicators.map((indicator) => [indicator.name, indicator.id]));
  return { yearId: draft.id, version: approveBudget.version, goalId: createGoal.id, indicators };
}

async function departmentGoal(as: TokenSpec, departmentId: string, fiscalYear: number) {
  const indicators: IndicatorInput[] = [
    { level1: 'OUTPUT', level2: 'QUANTITY', name: '水利工程完工数', comparator: 'GTE', targetValue: '12', unit: '个', weight: '50' },
    { level1: 'BENEFIT', level2: 'SOCIAL', name: '防汛能力', comparator: 'QUALITATIVE', targetText: '显著提升', weight: '30' },
    { level1: 'SATISFACTION', level2: 'SATISFACTION', name: '服务对象满意度', comparator: 'GTE', targetValue: '90', unit: '%', weight: '10' },
  ];
  const { createGoal } = await ok(app.request(CreateGoalDocument, { input: { subject: 'DEPARTMENT', departmentId, fiscalYear, goalText: '部门整体绩效目标', indicators } }, as));
  const { submitGoal } = await ok(app.request(SubmitGoalDocument, { input: { id: createGoal.id, version: createGoal.version } }, as));
  await ok(
    app.request(
      ReviewGoalDocument,
      { input: { id: submitGoal.id, version: submitGoal.version, grade: 'EXCELLENT', completeness: true, relevance: true, reasonableness: true, measurability: true } },
      as,
    ),
  );
  return createGoal.id;
}

// Arranged once, used throughout.
let slj: string;
let jyj: string;
let py1: Awaited<ReturnType<typeof approvedProjectYear>>;
let py2: Awaited<ReturnType<typeof approvedProjectYear>>;
let draftYearId: string;
let tieling: Awaited<ReturnType<typeof approvedProjectYear>>;
let tielingRoundId: string;
let nextYearRoundId: string;

beforeAll(async () => {
  app = await startTestApp();
  slj = (await ok(app.request(CreateDepartmentDocument, { input: { code: 'SLJ', name: '山亭区水利局' } }, ST_ADMIN))).createDepartment.id;
  jyj = (await ok(app.request(CreateDepartmentDocument, { input: { code: 'JYJ', name: '山亭区教育局' } }, ST_ADMIN))).createDepartment.id;
  py1 = await approvedProjectYear(ST_ADMIN, { departmentId: slj, code: 'SLJ2024001', fiscalYear: 2024, amount: '1000000.00' });
  // 调整: the current amount becomes 1,200,000.00; the execution rate must use it.
  await ok(app.request(AdjustBudgetDocument, { input: { id: py1.yearId, version: py1.version, amount: '1200000.00' } }, ST_ADMIN));
  py2 = await approvedProjectYear(ST_ADMIN, { departmentId: jyj, code: 'JYJ2024001', fiscalYear: 2024, amount: '800000.00' });
  const { createProject } = await ok(app.request(CreateProjectDocument, { input: { departmentId: jyj, code: 'JYJ2024009', name: '未批复项目', kindCode: '31' } }, ST_ADMIN));
  draftYearId = (
    await ok(app.request(CreateProjectYearDocument, { input: { projectId: createProject.id, fiscalYear: 2024, budgetType: 'GENERAL_PUBLIC', requestedAmount: '5000.00' } }, ST_ADMIN))
  ).createProjectYear.id;
  const tielingBudget = (await app.sql<{ id: string }>(`select d.id from department d join tenant t on t.id = d.tenant_id where t.code = '211271' and d.code = 'FIN'`))[0].id;
  tieling = await approvedProjectYear(TL_ADMIN, { departmentId: tielingBudget, code: 'TL2023001', fiscalYear: 2023, amount: '500000.00' });
  tielingRoundId = (
    await ok(
      app.request(
        CreateMonitoringRoundDocument,
        { input: { fiscalYear: 2023, periodEnd: '2023-06-30', dueDate: '2023-07-15', title: '2023年1-6月预算执行进度监控', kind: 'ROUTINE' } },
        TL_ADMIN,
      ),
    )
  ).createMonitoringRound.id;
  nextYearRoundId = (
    await ok(
      app.request(CreateMonitoringRoundDocument, { input: { fiscalYear: 2025, periodEnd: '2025-03-31', dueDate: '2025-04-30', title: '2025年1-3月日常监控', kind: 'ROUTINE' } }, ST_ADMIN),
    )
  ).createMonitoringRound.id;
}, 120_000);
afterAll(() => app?.close());

describe('the warning rule, computed exactly', () => {
  const rule = RULE_DEFAULTS.monitoringWarning;
  it.each([
    ['March, interpolated from 0 at month 0 to 25 at month 4', 3, '18.75'],
    ['July, halfway between June (40) and August (60)', 7, '50.00'],
    ['September', 9, '70.00'],
    ['December', 12, '100.00'],
  ])('when the period ends in %s, the schedule is %s%%', (_what, month, schedule) => {
    expect(assessWarning({ month, executedToDate: '0.00', budgetAmount: null, likelihood: null, indicators: [], rule }).schedulePct).toBe(schedule);
  });

  it.each([
    ['a lag of exactly 10 points is YELLOW, not RED', '400000.00', null, 'YELLOW', '10.00'],
    ['a lag of 10.01 points is RED', '399900.00', null, 'RED', '10.01'],
    ['no lag is GREEN', '500000.00', null, 'GREEN', '0.00'],
    ['a goal gap of 20.5% is RED although execution is on schedule', '500000.00', '79.5', 'RED', '0.00'],
  ])('when %s', (_what, executed, expected, level, lag) => {
    const result = assessWarning({
      month: 7,
      executedToDate: executed,
      budgetAmount: '1000000.00',
      likelihood: 'CERTAIN',
      indicators: expected ? [{ name: '长度', quantitative: true, target: '100.0000', expectedYearEnd: expected }] : [],
      rule,
    });
    expect(result).toMatchObject({ level, lagPct: lag });
  });
});

describe('monitoring rounds', () => {
  it('opens the cadence set with setTenantRule: one 1–7月 round, as 莱芜 does', async () => {
    await ok(app.request(SetTenantRuleDocument, { key: 'monitoringCadence', value: { periodEnds: ['07-31'] } }, ST_ADMIN));
    const { openMonitoringRounds } = await ok(app.request(OpenMonitoringRoundsDocument, { fiscalYear: 2024 }, ST_ADMIN));
    expect(openMonitoringRounds).toEqual([
      expect.objectContaining({
        fiscalYear: 2024,
        periodEnd: '2024-07-31',
        dueDate: '2024-08-31',
        title: '2024年1-7月绩效运行监控',
        kind: 'PERIODIC',
        kindLabel: '定期监控',
        status: 'OPEN',
        statusLabel: '进行中',
        tenant: { code: '370406' },
      }),
    ]);
    // Opening again creates nothing: the round exists.
    const again = await ok(app.request(OpenMonitoringRoundsDocument, { fiscalYear: 2024 }, ST_ADMIN));
    expect(again.openMonitoringRounds).toEqual([]);
  });

  it('a changed cadence adds only the rounds that are missing', async () => {
    await ok(app.request(SetTenantRuleDocument, { key: 'monitoringCadence', value: { periodEnds: ['07-31', '12-31'] } }, ST_ADMIN));
    const { openMonitoringRounds } = await ok(app.request(OpenMonitoringRoundsDocument, { fiscalYear: 2024 }, ST_ADMIN));
    expect(openMonitoringRounds.map((round) => [round.periodEnd, round.dueDate, round.title])).toEqual([['2024-12-31', '2025-01-31', '2024年1-12月绩效运行监控']]);
  });

  it('上犹县 opens quarterly rounds in the first three quarters, then monthly in Q4', async () => {
    const { openMonitoringRounds } = await ok(app.request(OpenMonitoringRoundsDocument, { fiscalYear: 2024 }, SY_ADMIN));
    expect(openMonitoringRounds.map((round) => round.periodEnd)).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-10-31', '2024-11-30', '2024-12-31']);
    expect(openMonitoringRounds[0]).toMatchObject({ title: '2024年1-3月绩效运行监控', dueDate: '2024-04-30', tenant: { code: '360724' } });
  });

  it('creates an ad hoc key round (重点监控)', async () => {
    const { createMonitoringRound } = await ok(
      app.request(CreateMonitoringRoundDocument, { input: { fiscalYear: 2024, periodEnd: '2024-10-31', dueDate: '2024-11-15', title: '2024年重点项目监控', kind: 'KEY' } }, ST_ADMIN),
    );
    expect(createMonitoringRound).toMatchObject({ kind: 'KEY', kindLabel: '重点监控', status: 'OPEN', version: 1, allowedActions: ['close'] });
    const { monitoringRounds } = await ok(app.request(MonitoringRoundsDocument, { fiscalYear: 2024 }, ST_ADMIN));
    expect(monitoringRounds.map((round) => [round.periodEnd, round.kind])).toEqual([
      ['2024-07-31', 'PERIODIC'],
      ['2024-10-31', 'KEY'],
      ['2024-12-31', 'PERIODIC'],
    ]);
  });

  const validRound = (): CreateMonitoringRoundInput => ({ fiscalYear: 2024, periodEnd: '2024-05-31', dueDate: '2024-06-10', title: '日常监控', kind: 'ROUTINE' });
  it.each([
    ['a period end that is not a calendar date', { periodEnd: '2024-02-30' }, 'periodEnd'],
    ['a period end written with slashes', { periodEnd: '2024/05/31' }, 'periodEnd'],
    ['a period end outside the fiscal year', { periodEnd: '2025-01-31', dueDate: '2025-02-10' }, 'periodEnd'],
    ['a due date before the period end', { dueDate: '2024-05-30' }, 'dueDate'],
    ['a blank title', { title: '  ' }, 'title'],
    ['a fiscal year out of range', { fiscalYear: 1999 }, 'fiscalYear'],
    ['the period end and kind of an existing round', { periodEnd: '2024-10-31', dueDate: '2024-11-15', kind: 'KEY' as const }, 'periodEnd'],
  ])('when a round has %s, it fails with BAD_USER_INPUT naming the field and writes nothing', async (_what, change, field) => {
    const before = await snapshot(app);
    const error = await failure(app.request(CreateMonitoringRoundDocument, { input: { ...validRound(), ...change } }, ST_ADMIN));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(field);
    expect(await snapshot(app)).toBe(before);
  });

  it('when the cadence is opened for a year out of range, it fails naming fiscalYear', async () => {
    const before = await snapshot(app);
    const error = await failure(app.request(OpenMonitoringRoundsDocument, { fiscalYear: 1999 }, ST_ADMIN));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fiscalYear' });
    expect(await snapshot(app)).toBe(before);
  });

  it.each([
    ['a department user', SLJ_USER, 'FORBIDDEN'],
    ['a BI reader', ST_BI, 'FORBIDDEN'],
    ['a province analyst', AS.shandongAnalyst, 'FORBIDDEN'],
  ])('when %s opens rounds, it is refused and nothing is written', async (_who, as, code) => {
    const before = await snapshot(app);
    expect((await failure(app.request(OpenMonitoringRoundsDocument, { fiscalYear: 2025 }, as))).extensions?.code).toBe(code);
    expect((await failure(app.request(CreateMonitoringRoundDocument, { input: validRound() }, as))).extensions?.code).toBe(code);
    expect(await snapshot(app)).toBe(before);
  });

  it('another tenant sees none of these rounds', async () => {
    const laiwu = await ok(app.request(MonitoringRoundsDocument, { fiscalYear: 2024 }, AS.laiwuAdmin));
    expect(laiwu.monitoringRounds).toEqual([]);
    const shandong = await ok(app.request(MonitoringRoundsDocument, { fiscalYear: 2024, tenantCode: '370406' }, AS.shandongAnalyst));
    expect(shandong.monitoringRounds).toHaveLength(3);
  });
});

/** The rounds of 山亭 2024 by period end. */
async function roundIds() {
  const { monitoringRounds } = await ok(app.request(MonitoringRoundsDocument, { fiscalYear: 2024 }, ST_ADMIN));
  return { july: monitoringRounds.find((round) => round.periodEnd === '2024-07-31')!, october: monitoringRounds.find((round) => round.kind === 'KEY')! };
}

describe('a project year monitored in two rounds', () => {
  let julyId: string;
  let octoberId: string;

  it('July: execution 47.50% against a schedule of 50.00% lags 2.50 points → YELLOW', async () => {
    const rounds = await roundIds();
    const { createMonitoringRecord: record } = await ok(
      app.request(
        CreateMonitoringRecordDocument,
        {
          input: {
            roundId: rounds.july.id,
            projectYearId: py1.yearId,
            executedToDate: '570000.00',
            expectedYearEnd: '1200000.00',
            likelihood: 'CERTAIN',
            indicatorValues: [
              { indicatorId: py1.indicators['新建供水管网长度'], actualToDate: '40', expectedYearEnd: '95' },
              { indicatorId: py1.indicators['农村饮水安全保障'], actualText: '部分改善', expectedText: '明显改善' },
              { indicatorId: py1.indicators['群众满意度'], actualToDate: '88', expectedYearEnd: '92' },
            ],
          },
        },
        SLJ_USER,
      ),
    );
    julyId = record.id;
    expect(record).toMatchObject({
      subject: 'PROJECT',
      subjectLabel: '项目支出',
      status: 'DRAFT',
      statusLabel: '填报中',
      allowedActions: ['edit', 'submit'],
      executedToDate: '570000.00',
      expectedYearEnd: '1200000.00',
      likelihood: 'CERTAIN',
      likelihoodLabel: '确定能',
      budgetAmount: '1200000.00',
      executionRatePct: '47.50',
      schedulePct: '50.00',
      lagPct: '2.50',
      goalGapPct: '5.00',
      warningLevel: 'YELLOW',
      warningLevelLabel: '黄灯预警',
      warningReasons: ['执行率 47.50%，序时进度 50.00%，滞后 2.50 个百分点，超过黄灯阈值 0 个百分点'],
      department: { code: 'SLJ' },
      projectYear: { id: py1.yearId, currentAmount: '1200000.00', project: { code: 'SLJ2024001' } },
      round: { periodEnd: '2024-07-31', kind: 'PERIODIC' },
      tenant: { code: '370406' },
      version: 1,
    });
    // A quantitative and a qualitative indicator value, in the goal's order.
    expect(record.indicatorValues).toEqual([
      expect.objectContaining({ actualToDate: '40.0000', expectedYearEnd: '95.0000', actualText: null, deviationPct: '5.00', indicator: expect.objectContaining({ name: '新建供水管网长度', comparator: 'GTE', targetValue: '100.0000', unit: '公里' }) }),
      expect.objectContaining({ actualToDate: null, expectedYearEnd: null, actualText: '部分改善', expectedText: '明显改善', deviationPct: null, indicator: expect.objectContaining({ name: '农村饮水安全保障', comparatorLabel: '定性', targetText: '明显改善' }) }),
      expect.objectContaining({ actualToDate: '88.0000', expectedYearEnd: '92.0000', deviationPct: '2.22' }),
    ]);
  });

  it('a YELLOW record cannot be submitted without deviation reasons; nothing is written', async () => {
    const before = await snapshot(app);
    const error = await failure(app.request(SubmitMonitoringRecordDocument, { input: { id: julyId, version: 1 } }, SLJ_USER));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deviationReasons' });
    expect(error.message).toContain('YELLOW');
    expect(await snapshot(app)).toBe(before);
  });

  it('with reasons stated, the department submits; the finance bureau returns it, the department refills and resubmits, finance audits', async () => {
    const { updateMonitoringRecord: filled } = await ok(
      app.request(
        UpdateMonitoringRecordDocument,
        { input: { id: julyId, version: 1, deviationReasons: ['FUNDING', 'HARDWARE'], deviationNote: '上级资金 6 月底才下达，施工设备进场延迟' } },
        SLJ_USER,
      ),
    );
    expect(filled).toMatchObject({ version: 2, deviationReasons: ['FUNDING', 'HARDWARE'], deviationReasonLabels: ['经费保障', '硬件条件保障'], warningLevel: 'YELLOW' });

    const { submitMonitoringRecord: submitted } = await ok(app.request(SubmitMonitoringRecordDocument, { input: { id: julyId, version: 2 } }, SLJ_USER));
    expect(submitted).toMatchObject({ status: 'SUBMITTED', statusLabel: '已报送', allowedActions: ['audit', 'return'], warningLevel: 'YELLOW', lagPct: '2.50' });
    expect(submitted.submittedAt).not.toBeNull();

    const { returnMonitoringRecord: returned } = await ok(
      app.request(ReturnMonitoringRecordDocument, { input: { id: julyId, version: submitted.version, opinion: '请补充设备进场的具体时间安排' } }, ST_ADMIN),
    );
    expect(returned).toMatchObject({ status: 'RETURNED', statusLabel: '退回修改', allowedActions: ['edit', 'submit'], auditOpinion: '请补充设备进场的具体时间安排' });

    const { updateMonitoringRecord: refilled } = await ok(
      app.request(UpdateMonitoringRecordDocument, { input: { id: julyId, version: returned.version, deviationNote: '设备已于 8 月 10 日进场，预计 11 月完工' } }, SLJ_USER),
    );
    expect(refilled.status).toBe('RETURNED');
    const { submitMonitoringRecord: resubmitted } = await ok(app.request(SubmitMonitoringRecordDocument, { input: { id: julyId, version: refilled.version } }, SLJ_USER));
    expect(resubmitted.status).toBe('SUBMITTED');

    const { auditMonitoringRecord: audited } = await ok(app.request(AuditMonitoringRecordDocument, { input: { id: julyId, version: resubmitted.version, opinion: '同意' } }, ST_ADMIN));
    expect(audited).toMatchObject({ status: 'AUDITED', statusLabel: '已审核', allowedActions: [], warningLevel: 'YELLOW', executionRatePct: '47.50', auditOpinion: '同意', auditor: 'county_admin:370406' });
    const [row] = await app.sql('select warning_level, execution_rate_pct::text, schedule_pct::text, lag_pct::text, status from monitoring_record where id = $1', [julyId]);
    expect(row).toEqual({ warning_level: 'YELLOW', execution_rate_pct: '47.50', schedule_pct: '50.00', lag_pct: '2.50', status: 'AUDITED' });
  });

  it('October (key round): execution 83.33% is ahead of the 80.00% schedule → GREEN, submitted without reasons', async () => {
    const rounds = await roundIds();
    const { createMonitoringRecord: record } = await ok(
      app.request(
        CreateMonitoringRecordDocument,
        {
          input: {
            roundId: rounds.october.id,
            projectYearId: py1.yearId,
            executedToDate: '1000000.00',
            expectedYearEnd: '1200000.00',
            likelihood: 'CERTAIN',
            indicatorValues: [
              { indicatorId: py1.indicators['新建供水管网长度'], actualToDate: '85', expectedYearEnd: '100' },
              { indicatorId: py1.indicators['群众满意度'], actualToDate: '91', expectedYearEnd: '91' },
            ],
          },
        },
        SLJ_USER,
      ),
    );
    octoberId = record.id;
    expect(record).toMatchObject({
      executionRatePct: '83.33',
      schedulePct: '80.00',
      lagPct: '-3.33',
      goalGapPct: '1.11',
      warningLevel: 'GREEN',
      warningLevelLabel: '绿灯（正常）',
      warningReasons: ['执行率 83.33%，序时进度 80.00%，超前 3.33 个百分点；绩效目标偏差率 1.11%（群众满意度）：均未超过预警阈值'],
    });
    const { submitMonitoringRecord } = await ok(app.request(SubmitMonitoringRecordDocument, { input: { id: octoberId, version: record.version } }, SLJ_USER));
    const { auditMonitoringRecord } = await ok(app.request(AuditMonitoringRecordDocument, { input: { id: octoberId, version: submitMonitoringRecord.version } }, ST_ADMIN));
    expect(auditMonitoringRecord).toMatchObject({ status: 'AUDITED', warningLevel: 'GREEN', deviationReasons: [] });
  });

  it('the project year lists both records by period end', async () => {
    const { projectYear } = await ok(app.request(ProjectYearMonitoringDocument, { id: py1.yearId }, SLJ_USER));
    expect(projectYear!.monitoringRecords).toEqual([
      expect.objectContaining({ id: julyId, warningLevel: 'YELLOW', executionRatePct: '47.50', schedulePct: '50.00', lagPct: '2.50', status: 'AUDITED', round: { periodEnd: '2024-07-31', kind: 'PERIODIC' } }),
      expect.objectContaining({ id: octoberId, warningLevel: 'GREEN', executionRatePct: '83.33', schedulePct: '80.00', lagPct: '-3.33', status: 'AUDITED', round: { periodEnd: '2024-10-31', kind: 'KEY' } }),
    ]);
    const { monitoringRecords } = await ok(app.request(MonitoringRecordsDocument, { filter: { warningLevel: 'YELLOW', fiscalYear: 2024 } }, ST_ADMIN));
    expect(monitoringRecords.nodes.map((node) => node.id)).toEqual([julyId]);
  });
});

describe('a department record (部门整体) with likelihood 完全不可能', () => {
  it('is RED whatever its execution, and needs reasons before it is submitted', async () => {
    await departmentGoal(ST_ADMIN, slj, 2024);
    const rounds = await roundIds();
    const { createMonitoringRecord: record } = await ok(
      app.request(
        CreateMonitoringRecordDocument,
        { input: { roundId: rounds.july.id, subject: 'DEPARTMENT', departmentId: slj, executedToDate: '300000.00', expectedYearEnd: '800000.00', likelihood: 'IMPOSSIBLE' } },
        SLJ_USER,
      ),
    );
    expect(record).toMatchObject({
      subject: 'DEPARTMENT',
      subjectLabel: '部门整体',
      projectYear: null,
      budgetAmount: null,
      executionRatePct: null,
      lagPct: null,
      schedulePct: '50.00',
      goalGapPct: null,
      likelihoodLabel: '完全不可能',
      warningLevel: 'RED',
      warningLevelLabel: '红灯预警',
      warningReasons: ['完成目标可能性为“完全不可能”'],
      indicatorValues: [],
    });
    const before = await snapshot(app);
    const refused = await failure(app.request(SubmitMonitoringRecordDocument, { input: { id: record.id, version: 1 } }, SLJ_USER));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deviationReasons' });
    expect(await snapshot(app)).toBe(before);

    const { updateMonitoringRecord: filled } = await ok(
      app.request(
        UpdateMonitoringRecordDocument,
        { input: { id: record.id, version: 1, deviationReasons: ['OTHER'], needsRectification: true, rectificationAdvice: '调整年度工作计划，报财政局备案' } },
        SLJ_USER,
      ),
    );
    const { submitMonitoringRecord } = await ok(app.request(SubmitMonitoringRecordDocument, { input: { id: record.id, version: filled.version } }, SLJ_USER));
    expect(submitMonitoringRecord).toMatchObject({ status: 'SUBMITTED', warningLevel: 'RED', needsRectification: true, deviationReasonLabels: ['其他'] });
  });
});

describe('payment-progress-only monitoring (铁岭经开区)', () => {
  it('a record without indicator values or likelihood is warned on execution alone', async () => {
    const { createMonitoringRecord: record } = await ok(
      app.request(CreateMonitoringRecordDocument, { input: { roundId: tielingRoundId, projectYearId: tieling.yearId, executedToDate: '300000.00', expectedYearEnd: '500000.00' } }, TL_ADMIN),
    );
    expect(record).toMatchObject({
      indicatorValues: [],
      likelihood: null,
      likelihoodLabel: null,
      goalGapPct: null,
      budgetAmount: '500000.00',
      executionRatePct: '60.00',
      schedulePct: '40.00',
      lagPct: '-20.00',
      warningLevel: 'GREEN',
      round: { periodEnd: '2023-06-30', kind: 'ROUTINE' },
    });
    const { submitMonitoringRecord } = await ok(app.request(SubmitMonitoringRecordDocument, { input: { id: record.id, version: 1 } }, TL_ADMIN));
    const { auditMonitoringRecord } = await ok(app.request(AuditMonitoringRecordDocument, { input: { id: record.id, version: submitMonitoringRecord.version } }, TL_ADMIN));
    expect(auditMonitoringRecord).toMatchObject({ status: 'AUDITED', warningLevel: 'GREEN' });
    expect((await app.sql('select count(*)::int as n from monitoring_indicator_value where record_id = $1', [record.id]))[0].n).toBe(0);
  });
});

describe('invalid records and transitions write nothing', () => {
  let julyRoundId: string;
  const valid = (): CreateMonitoringRecordInput => ({
    roundId: julyRoundId,
    projectYearId: py2.yearId,
    executedToDate: '100000.00',
    expectedYearEnd: '800000.00',
    likelihood: 'CERTAIN',
  });

  beforeAll(async () => {
    julyRoundId = (await roundIds()).july.id;
  });

  it.each<[string, Partial<CreateMonitoringRecordInput> | (() => Partial<CreateMonitoringRecordInput>), string]>([
    ['a negative executed amount', { executedToDate: '-1.00' }, 'executedToDate'],
    ['an executed amount with three decimals', { executedToDate: '1.005' }, 'executedToDate'],
    ['an expected year-end below the executed amount', { executedToDate: '500.00', expectedYearEnd: '400.00' }, 'expectedYearEnd'],
    ['no project year', { projectYearId: undefined }, 'projectYearId'],
    ['a project year that does not exist', { projectYearId: UNKNOWN }, 'projectYearId'],
    ['a project year of another tenant', () => ({ projectYearId: tieling.yearId }), 'projectYearId'],
    ['a project year whose budget is not approved', () => ({ projectYearId: draftYearId }), 'projectYearId'],
    ['a project year of another year than the round', () => ({ roundId: nextYearRoundId }), 'projectYearId'],
    ['a project year already monitored in the round', () => ({ projectYearId: py1.yearId }), 'projectYearId'],
    ['a round id that is not an id', { roundId: 'july' }, 'roundId'],
    ['a round of another tenant', () => ({ roundId: tielingRoundId }), 'roundId'],
    ['an indicator of another goal', () => ({ indicatorValues: [{ indicatorId: py1.indicators['新建供水管网长度'], actualToDate: '1', expectedYearEnd: '2' }] }), 'indicatorValues[0].indicatorId'],
    ['a number for a qualitative indicator', () => ({ indicatorValues: [{ indicatorId: py2.indicators['农村饮水安全保障'], actualToDate: '1', expectedText: '明显改善' }] }), 'indicatorValues[0].actualToDate'],
    ['text for a quantitative indicator', () => ({ indicatorValues: [{ indicatorId: py2.indicators['新建供水管网长度'], actualText: '较多', expectedYearEnd: '90' }] }), 'indicatorValues[0].actualText'],
    ['a quantitative value without its year-end expectation', () => ({ indicatorValues: [{ indicatorId: py2.indicators['群众满意度'], actualToDate: '85' }] }), 'indicatorValues[0].expectedYearEnd'],
    [
      'the same indicator twice',
      () => ({
        indicatorValues: [
          { indicatorId: py2.indicators['群众满意度'], actualToDate: '85', expectedYearEnd: '90' },
          { indicatorId: py2.indicators['群众满意度'], actualToDate: '86', expectedYearEnd: '91' },
        ],
      }),
      'indicatorValues[1].indicatorId',
    ],
    ['an indicator value of 15 integer digits', () => ({ indicatorValues: [{ indicatorId: py2.indicators['群众满意度'], actualToDate: '123456789012345', expectedYearEnd: '90' }] }), 'indicatorValues[0].actualToDate'],
    ['rectification without advice', { needsRectification: true }, 'rectificationAdvice'],
    ['a deviation reason named twice', { deviationReasons: ['FUNDING', 'FUNDING'] }, 'deviationReasons'],
    ['an unknown deviation reason', { deviationReasons: ['WEATHER' as never] }, 'deviationReasons'],
    ['a deviation note of 4001 characters', { deviationNote: '偏'.repeat(4001) }, 'deviationNote'],
    ['a department record without a department', { subject: 'DEPARTMENT', projectYearId: undefined }, 'departmentId'],
    ['a department record for a department without a goal in force', () => ({ subject: 'DEPARTMENT', projectYearId: undefined, departmentId: jyj }), 'departmentId'],
  ])('when a record has %s, it fails with BAD_USER_INPUT naming the field and writes nothing', async (_what, change, field) => {
    const before = await snapshot(app);
    const input = { ...valid(), ...(typeof change === 'function' ? change() : change) };
    const error = await failure(app.request(CreateMonitoringRecordDocument, { input }, ST_ADMIN));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(field);
    if (error.extensions?.field) expect(error.extensions.field).toBe(field);
    expect(await snapshot(app)).toBe(before);
  });

  it('JYJ fills its own record; an update with an expected amount below execution, or version 0, is refused', async () => {
    const { createMonitoringRecord } = await ok(app.request(CreateMonitoringRecordDocument, { input: valid() }, JYJ_USER));
    expect(createMonitoringRecord).toMatchObject({ department: { code: 'JYJ' }, executionRatePct: '12.50', lagPct: '37.50', warningLevel: 'RED' });
    const before = await snapshot(app);
    const low = await failure(app.request(UpdateMonitoringRecordDocument, { input: { id: createMonitoringRecord.id, version: 1, expectedYearEnd: '99999.99' } }, JYJ_USER));
    expect(low.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedYearEnd' });
    const zero = await failure(app.request(UpdateMonitoringRecordDocument, { input: { id: createMonitoringRecord.id, version: 0 } }, JYJ_USER));
    expect(zero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    const stale = await failure(app.request(UpdateMonitoringRecordDocument, { input: { id: createMonitoringRecord.id, version: 7, deviationNote: '旧' } }, JYJ_USER));
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(await snapshot(app)).toBe(before);
  });

  type Act = (id: string, version: number) => Promise<GraphQLResult<unknown>>;
  it.each<[string, 'jyj' | 'audited', Act, string]>([
    ['auditing a DRAFT record', 'jyj', (id: string, version: number) => app.request(AuditMonitoringRecordDocument, { input: { id, version } }, ST_ADMIN), 'DRAFT'],
    ['returning a DRAFT record', 'jyj', (id: string, version: number) => app.request(ReturnMonitoringRecordDocument, { input: { id, version, opinion: '退回' } }, ST_ADMIN), 'DRAFT'],
    ['submitting an AUDITED record', 'audited', (id: string, version: number) => app.request(SubmitMonitoringRecordDocument, { input: { id, version } }, ST_ADMIN), 'AUDITED'],
    ['auditing an AUDITED record again', 'audited', (id: string, version: number) => app.request(AuditMonitoringRecordDocument, { input: { id, version } }, ST_ADMIN), 'AUDITED'],
    ['updating an AUDITED record', 'audited', (id: string, version: number) => app.request(UpdateMonitoringRecordDocument, { input: { id, version, deviationNote: '改' } }, ST_ADMIN), 'AUDITED'],
  ])('when %s, it fails with INVALID_TRANSITION naming the state and writes nothing', async (_what, which, act, state) => {
    const { monitoringRecords } = await ok(app.request(MonitoringRecordsDocument, { filter: which === 'jyj' ? { departmentId: jyj } : { status: 'AUDITED', tenantCode: '370406' } }, ST_ADMIN));
    const { monitoringRecord } = await ok(app.request(MonitoringRecordByIdDocument, { id: monitoringRecords.nodes[0].id }, ST_ADMIN));
    const before = await snapshot(app);
    const error = await failure(act(monitoringRecord!.id, monitoringRecord!.version));
    expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: state });
    expect(error.message).toContain(state);
    expect(await snapshot(app)).toBe(before);
  });

  it('a closed round takes no records until it is reopened', async () => {
    const { monitoringRounds } = await ok(app.request(MonitoringRoundsDocument, { fiscalYear: 2024 }, ST_ADMIN));
    const december = monitoringRounds.find((round) => round.periodEnd === '2024-12-31')!;
    const { closeMonitoringRound: closed } = await ok(app.request(CloseMonitoringRoundDocument, { input: { id: december.id, version: december.version } }, ST_ADMIN));
    expect(closed).toMatchObject({ status: 'CLOSED', statusLabel: '已结束', allowedActions: ['reopen'] });
    const before = await snapshot(app);
    const error = await failure(app.request(CreateMonitoringRecordDocument, { input: { ...valid(), roundId: december.id } }, ST_ADMIN));
    expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'CLOSED' });
    const again = await failure(app.request(CloseMonitoringRoundDocument, { input: { id: december.id, version: closed.version } }, ST_ADMIN));
    expect(again.extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'CLOSED', requestedState: 'CLOSED' });
    expect(await snapshot(app)).toBe(before);
    const { reopenMonitoringRound } = await ok(app.request(ReopenMonitoringRoundDocument, { input: { id: december.id, version: closed.version } }, ST_ADMIN));
    expect(reopenMonitoringRound.status).toBe('OPEN');
  });

  it('only the finance bureau audits or returns; a department user is refused and nothing is written', async () => {
    const { monitoringRecords } = await ok(app.request(MonitoringRecordsDocument, { filter: { status: 'SUBMITTED' } }, SLJ_USER));
    const submitted = monitoringRecords.nodes[0];
    const { monitoringRecord } = await ok(app.request(MonitoringRecordByIdDocument, { id: submitted.id }, SLJ_USER));
    const before = await snapshot(app);
    const audit = await failure(app.request(AuditMonitoringRecordDocument, { input: { id: submitted.id, version: monitoringRecord!.version } }, SLJ_USER));
    expect(audit.extensions?.code).toBe('FORBIDDEN');
    expect(audit.message).toContain('COUNTY_ADMIN');
    const back = await failure(app.request(ReturnMonitoringRecordDocument, { input: { id: submitted.id, version: monitoringRecord!.version, opinion: '退回' } }, SLJ_USER));
    expect(back.extensions?.code).toBe('FORBIDDEN');
    const bi = await failure(app.request(CreateMonitoringRecordDocument, { input: valid() }, ST_BI));
    expect(bi.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(app)).toBe(before);
  });
});

describe('isolation', () => {
  let sljRecordId: string;
  beforeAll(async () => {
    const { monitoringRecords } = await ok(app.request(MonitoringRecordsDocument, { filter: { departmentId: slj, subject: 'PROJECT' } }, ST_ADMIN));
    sljRecordId = monitoringRecords.nodes[0].id;
  });

  it('a department user sees only its own department’s records', async () => {
    const jyjList = await ok(app.request(MonitoringRecordsDocument, { first: 50 }, JYJ_USER));
    expect(jyjList.monitoringRecords.nodes.map((node) => node.department.code)).toEqual(['JYJ']);
    expect(jyjList.monitoringRecords.totalCount).toBe(1);
    expect((await ok(app.request(MonitoringRecordByIdDocument, { id: sljRecordId }, JYJ_USER))).monitoringRecord).toBeNull();
    const sljList = await ok(app.request(MonitoringRecordsDocument, { first: 50 }, SLJ_USER));
    expect(new Set(sljList.monitoringRecords.nodes.map((node) => node.department.code))).toEqual(new Set(['SLJ']));
    expect(sljList.monitoringRecords.totalCount).toBe(3);
  });

  it('a department user cannot change or create records of another department', async () => {
    const rounds = await roundIds();
    const before = await snapshot(app);
    const update = await failure(app.request(UpdateMonitoringRecordDocument, { input: { id: sljRecordId, version: 1, deviationNote: '越权' } }, JYJ_USER));
    expect(update.extensions?.code).toBe('NOT_FOUND');
    const submit = await failure(app.request(SubmitMonitoringRecordDocument, { input: { id: sljRecordId, version: 1 } }, JYJ_USER));
    expect(submit.extensions?.code).toBe('NOT_FOUND');
    const project = await failure(
      app.request(CreateMonitoringRecordDocument, { input: { roundId: rounds.october.id, projectYearId: py1.yearId, executedToDate: '1.00', expectedYearEnd: '1.00' } }, JYJ_USER),
    );
    expect(project.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectYearId' });
    const department = await failure(
      app.request(CreateMonitoringRecordDocument, { input: { roundId: rounds.october.id, subject: 'DEPARTMENT', departmentId: slj, executedToDate: '1.00', expectedYearEnd: '1.00' } }, JYJ_USER),
    );
    expect(department.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(app)).toBe(before);
  });

  it('another tenant sees nothing and can change nothing', async () => {
    expect((await ok(app.request(MonitoringRecordByIdDocument, { id: sljRecordId }, AS.laiwuAdmin))).monitoringRecord).toBeNull();
    const list = await ok(app.request(MonitoringRecordsDocument, { first: 50, filter: { tenantCode: '370406' } }, AS.laiwuAdmin));
    expect(list.monitoringRecords.totalCount).toBe(0);
    const before = await snapshot(app);
    const update = await failure(app.request(UpdateMonitoringRecordDocument, { input: { id: sljRecordId, version: 1, deviationNote: '越权' } }, AS.laiwuAdmin));
    expect(update.extensions?.code).toBe('NOT_FOUND');
    const audit = await failure(app.request(AuditMonitoringRecordDocument, { input: { id: sljRecordId, version: 1 } }, AS.laiwuAdmin));
    expect(audit.extensions?.code).toBe('NOT_FOUND');
    const rounds = await roundIds();
    const create = await failure(
      app.request(CreateMonitoringRecordDocument, { input: { roundId: rounds.october.id, projectYearId: py1.yearId, executedToDate: '1.00', expectedYearEnd: '1.00' } }, AS.laiwuAdmin),
    );
    expect(create.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roundId' });
    const close = await failure(app.request(CloseMonitoringRoundDocument, { input: { id: rounds.october.id, version: 1 } }, AS.laiwuAdmin));
    expect(close.extensions?.code).toBe('NOT_FOUND');
    expect(await snapshot(app)).toBe(before);
  });

  it('lists records by period end, then project or department code, and counts exactly the rows it lists, filtered by year or not', async () => {
    for (const filter of [{}, { fiscalYear: 2024 }, { fiscalYear: 2099 }]) {
      const { monitoringRecords } = await ok(app.request(MonitoringRecordsDocument, { first: 100, filter }, ST_ADMIN));
      expect(monitoringRecords.totalCount).toBe(monitoringRecords.nodes.length);
      const keys = monitoringRecords.nodes.map((node) => `${node.round.periodEnd}/${node.projectYear?.project.code ?? node.department.code}`);
      expect(keys).toEqual([...keys].sort());
    }
    const all = await ok(app.request(MonitoringRecordsDocument, { first: 100 }, ST_ADMIN));
    expect(all.monitoringRecords.totalCount).toBeGreaterThan(0);
    const none = await ok(app.request(MonitoringRecordsDocument, { first: 100, filter: { fiscalYear: 2099 } }, ST_ADMIN));
    expect(none.monitoringRecords.totalCount).toBe(0);
  });

  it('the province reads its counties’ records, read-only', async () => {
    const { monitoringRecords } = await ok(app.request(MonitoringRecordsDocument, { first: 50, filter: { tenantCode: '370406' } }, AS.shandongAnalyst));
    expect(monitoringRecords.totalCount).toBe(4);
    expect(new Set(monitoringRecords.nodes.map((node) => node.tenant.code))).toEqual(new Set(['370406']));
    const tieling = await ok(app.request(MonitoringRecordsDocument, { first: 50, filter: { tenantCode: '211271' } }, AS.shandongAnalyst));
    expect(tieling.monitoringRecords.totalCount).toBe(0);
    const before = await snapshot(app);
    const error = await failure(app.request(UpdateMonitoringRecordDocument, { input: { id: sljRecordId, version: 1, deviationNote: '省' } }, AS.shandongAnalyst));
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(app)).toBe(before);
  });

  it('listing records with their round, project, department and indicator values costs the same statements for 2 rows as for 3', async () => {
    // Both pages hold a record with indicator values, so they ask for the same relations.
    const filter = { subject: 'PROJECT' as const };
    const two = await app.request(MonitoringRecordsDocument, { first: 2, filter }, ST_ADMIN);
    const three = await app.request(MonitoringRecordsDocument, { first: 3, filter }, ST_ADMIN);
    expect(two.data!.monitoringRecords.nodes.some((node) => node.indicatorValues.length > 0)).toBe(true);
    expect(three.data!.monitoringRecords.nodes).toHaveLength(3);
    expect(three.statements).toBe(two.statements);
  });
});

describe('the monitoring tables in the catalog', () => {
  const TABLES = ['monitoring_round', 'monitoring_record', 'monitoring_indicator_value'];

  it('have row-level security enabled and forced, with read, insert and update policies', async () => {
    const rows = await app.sql<{ relname: string; enabled: boolean; forced: boolean; commands: string[] }>(
      `select c.relname, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
              array(select distinct p.polcmd::text from pg_policy p where p.polrelid = c.oid order by 1) as commands
         from pg_class c where c.relname = any($1) and c.relnamespace = 'public'::regnamespace order by 1`,
      [TABLES],
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({ enabled: true, forced: true });
      expect(row.commands).toEqual(expect.arrayContaining(['a', 'r', 'w']));
    }
  });

  it('carry tenant_id in every foreign key to a tenant-owned table, and other modules can reference (tenant_id, id) of a record', async () => {
    const keys = await app.sql<{ conname: string; local: string[] }>(
      `select con.conname,
              array(select a.attname from unnest(con.conkey) k(attnum) join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum)::text[] as local
         from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_class r on r.oid = con.confrelid
        where con.contype = 'f' and c.relname = any($1)
          and exists (select from pg_attribute a where a.attrelid = r.oid and a.attname = 'tenant_id')`,
      [TABLES],
    );
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !key.local.includes('tenant_id')).map((key) => key.conname)).toEqual([]);
    const [primary] = await app.sql<{ columns: string }>(
      `select pg_get_constraintdef(oid) as columns from pg_constraint where conrelid = 'monitoring_record'::regclass and contype = 'p'`,
    );
    expect(primary.columns).toBe('PRIMARY KEY (tenant_id, id)');
  });
});
