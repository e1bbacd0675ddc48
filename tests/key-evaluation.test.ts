import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CloseKeyEvaluationDocument,
  CreateExpertDocument,
  CreateKeyEvaluationDocument,
  CreateProblemDocument,
  ExpertsDocument,
  FinalizeKeyEvaluationDocument,
  IssueKeyEvaluationFeedbackDocument,
  KeyEvaluationByIdDocument,
  KeyEvaluationsDocument,
  ProblemByIdDocument,
  ProblemsDocument,
  ProjectYearKeyEvaluationsDocument,
  RecordKeyEvaluationReportingDocument,
  RejectRectificationDocument,
  ReportRectificationDocument,
  StartKeyEvaluationDocument,
  StartRectificationDocument,
  UpdateExpertDocument,
  UpdateKeyEvaluationDocument,
  VerifyRectificationDocument,
  type CreateKeyEvaluationInput,
  type CreateProblemInput,
  type ProblemFilter,
} from '../schema/generated/graphql.js';
import { insertProjects, snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

let app: TestApp;

const ADMIN = AS.shantingAdmin;
/** 山亭区教育局 and 卫生健康局 users, and a 莱芜 county admin for the cross-tenant checks. */
const EDUCATION_USER: TokenSpec = { role: 'DEPARTMENT_USER', tenant: '370406', department: 'JY' };
const HEALTH_USER: TokenSpec = { role: 'DEPARTMENT_USER', tenant: '370406', department: 'WS' };
const NO_ID = '00000000-0000-4000-8000-000000000000';

const ids = {} as {
  education: string;
  health: string;
  township: string;
  projectYear: string;
  healthProjectYear: string;
  laiwuProjectYear: string;
  /** 卫生健康局's monitoring record and self-evaluation of its 2024 project, and a 莱芜 record. */
  monitoringRecord: string;
  selfEvaluation: string;
  laiwuMonitoringRecord: string;
  industryExpert: string;
  financeExpert: string;
  retiredExpert: string;
  laiwuExpert: string;
};

/** Today in China, computed independently of the server's helper. */
const chinaToday = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
const plusDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

async function ok<R, V>(document: TypedDocumentNode<R, V>, variables: V, as: TokenSpec = ADMIN): Promise<R> {
  const result = await app.request(document, variables, as);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

/** Asserts the error code (and field), and that nothing at all was written. */
async function refused<R, V>(document: TypedDocumentNode<R, V>, variables: V, as: TokenSpec, code: string, field?: string): Promise<GraphQLResult<R>> {
  const before = await snapshot(app);
  const result = await app.request(document, variables, as);
  expect(result.errors?.[0].extensions?.code, JSON.stringify(result.errors)).toBe(code);
  if (field) {
    // Our own checks name the field; the Decimal scalar refuses malformed numbers before them, naming the path.
    const named = result.errors?.[0].extensions?.field;
    if (named !== undefined) expect(named).toBe(field);
    else expect(result.errors?.[0].message).toContain(`input.${field}`);
  }
  expect(await snapshot(app)).toBe(before);
  return result;
}

async function orgUnit(tenant: string, code: string, name: string, kind: 'DEPARTMENT' | 'TOWNSHIP'): Promise<string> {
  const [row] = await app.sql<{ id: string }>(
    `insert into department (tenant_id, code, name, kind, is_first_level)
     select id, $2, $3, $4::org_kind, $4 = 'DEPARTMENT' from tenant where code = $1 returning id`,
    [tenant, code, name, kind],
  );
  return row.id;
}

async function yearOf(projectId: string): Promise<string> {
  const [row] = await app.sql<{ id: string }>('select id from project_year where project_id = $1', [projectId]);
  return row.id;
}

/** The project year's goal in force, ISSUED: inserted as the owner the first time it is needed. */
async function issuedGoal(projectYearId: string): Promise<string> {
  const [existing] = await app.sql<{ id: string }>('select id from performance_goal where project_year_id = $1 and is_current', [projectYearId]);
  if (existing) return existing.id;
  const [row] = await app.sql<{ id: string }>(
    `insert into performance_goal (tenant_id, subject, project_year_id, department_id, fiscal_year, goal_text, status, is_current, review_grade, approved_at, issued_at)
     select tenant_id, 'PROJECT', id, department_id, fiscal_year, '按期完成年度建设任务。', 'ISSUED', true, 'GOOD', now(), now() from project_year where id = $1
     returning id`,
    [projectYearId],
  );
  return row.id;
}

/**
 * A DRAFT monitoring record (监控记录) of an APPROVED project year, in its tenant's half-year round
 * of the project's fiscal year (the round is created on first use), inserted as the owner.
 */
async function monitoringRecord(projectYearId: string): Promise<string> {
  const goalId = await issuedGoal(projectYearId);
  await app.sql(
    `insert into monitoring_round (tenant_id, fiscal_year, period_end, due_date, title, kind)
     select tenant_id, fiscal_year, make_date(fiscal_year, 6, 30), make_date(fiscal_year, 7, 10), fiscal_year || '年上半年绩效运行监控', 'PERIODIC'
       from project_year where id = $1
     on conflict (tenant_id, period_end, kind) do nothing`,
    [projectYearId],
  );
  const [row] = await app.sql<{ id: string }>(
    `insert into monitoring_record (tenant_id, round_id, subject, project_year_id, goal_id, department_id, executed_to_date, expected_year_end)
     select y.tenant_id, r.id, 'PROJECT', y.id, $2, y.department_id, y.approved_amount * 0.2, y.approved_amount
       from project_year y join monitoring_round r on r.tenant_id = y.tenant_id and r.period_end = make_date(y.fiscal_year, 6, 30) and r.kind = 'PERIODIC'
      where y.id = $1
     returning id`,
    [projectYearId, goalId],
  );
  return row.id;
}

/** A DRAFT self-evaluation (单位自评) of a project year put in scope, inserted as the owner. */
async function selfEvaluation(projectYearId: string): Promise<string> {
  const goalId = await issuedGoal(projectYearId);
  await app.sql('update project_year set self_evaluation_required = true where id = $1', [projectYearId]);
  const [row] = await app.sql<{ id: string }>(
    `insert into self_evaluation (tenant_id, subject, project_year_id, department_id, goal_id, fiscal_year, conducted_year, budget_amount, executed_amount, execution_rate)
     select tenant_id, 'PROJECT', id, department_id, $2, fiscal_year, fiscal_year + 1, approved_amount, approved_amount * 0.9, 0.9 from project_year where id = $1
     returning id`,
    [projectYearId, goalId],
  );
  return row.id;
}

beforeAll(async () => {
  app = await startTestApp();
  ids.education = await orgUnit('370406', 'JY', '山亭区教育局', 'DEPARTMENT');
  ids.health = await orgUnit('370406', 'WS', '山亭区卫生健康局', 'DEPARTMENT');
  ids.township = await orgUnit('370406', 'DZZ', '店子镇', 'TOWNSHIP');
  const [project] = await insertProjects(app, { tenant: '370406', department: 'JY', count: 1, prefix: 'JY' });
  ids.projectYear = await yearOf(project);
  const [healthProject] = await insertProjects(app, { tenant: '370406', department: 'WS', count: 1, prefix: 'WS' });
  ids.healthProjectYear = await yearOf(healthProject);
  ids.monitoringRecord = await monitoringRecord(ids.healthProjectYear);
  ids.selfEvaluation = await selfEvaluation(ids.healthProjectYear);
  const [laiwuProject] = await insertProjects(app, { tenant: '370116', department: 'SW', count: 1, prefix: 'SW' });
  ids.laiwuProjectYear = await yearOf(laiwuProject);
  ids.laiwuMonitoringRecord = await monitoringRecord(ids.laiwuProjectYear);
});
afterAll(() => app?.close());

const projectEvaluation = (change: Partial<CreateKeyEvaluationInput> = {}): CreateKeyEvaluationInput => ({
  object: 'PROJECT',
  title: '2024年学前教育资助项目重点评价',
  fiscalYear: 2024,
  yearConducted: 2025,
  projectYearId: ids.projectYear,
  organizer: '山亭区财政局绩效管理股',
  thirdPartyName: '山东正信会计师事务所',
  expertIds: [ids.industryExpert, ids.financeExpert],
  methods: ['DOCUMENT_REVIEW', 'FIELD_RESEARCH', 'QUESTIONNAIRE', 'INTERVIEW'],
  ...change,
});

describe('the expert pool (专家库)', () => {
  it('a county admin adds industry and finance experts and retires one', async () => {
    const industry = await ok(CreateExpertDocument, { input: { name: '王建国', specialty: 'INDUSTRY', organization: '枣庄市教育科学研究院' } });
    expect(industry.createExpert).toMatchObject({ name: '王建国', specialty: 'INDUSTRY', specialtyLabel: '行业专家', active: true, version: 1 });
    ids.industryExpert = industry.createExpert.id;
    ids.financeExpert = (await ok(CreateExpertDocument, { input: { name: '李会计', specialty: 'FINANCE' } })).createExpert.id;
    const retired = (await ok(CreateExpertDocument, { input: { name: '张退休', specialty: 'OTHER' } })).createExpert;
    ids.retiredExpert = retired.id;
    const updated = await ok(UpdateExpertDocument, { input: { id: retired.id, version: retired.version, active: false } });
    expect(updated.updateExpert).toMatchObject({ active: false, version: 2 });
    ids.laiwuExpert = (await ok(CreateExpertDocument, { input: { name: '莱芜专家', specialty: 'FINANCE' } }, AS.laiwuAdmin)).createExpert.id;

    const active = await ok(ExpertsDocument, { first: 50, filter: { active: true } });
    expect(active.experts.nodes.map((expert) => expert.name).sort()).toEqual(['李会计', '王建国'].sort());
    expect((await ok(ExpertsDocument, { first: 50 })).experts.totalCount).toBe(3);
  });

  it.each([
    ['a blank name', { name: '  ', specialty: 'FINANCE' as const }, 'name'],
    ['a name of 51 characters', { name: '专'.repeat(51), specialty: 'FINANCE' as const }, 'name'],
  ])('when an expert has %s, it fails with BAD_USER_INPUT naming the field and writes nothing', async (_what, input, field) => {
    await refused(CreateExpertDocument, { input }, ADMIN, 'BAD_USER_INPUT', field);
  });

  it('only the county admin maintains the pool; a stale version conflicts; another tenant sees and changes nothing', async () => {
    await refused(CreateExpertDocument, { input: { name: '部门专家', specialty: 'OTHER' } }, EDUCATION_USER, 'FORBIDDEN');
    await refused(CreateExpertDocument, { input: { name: '省专家', specialty: 'OTHER' } }, AS.shandongAnalyst, 'FORBIDDEN');
    await refused(UpdateExpertDocument, { input: { id: ids.industryExpert, version: 9, name: '改名' } }, ADMIN, 'CONFLICT');
    await refused(UpdateExpertDocument, { input: { id: ids.industryExpert, version: 1, name: '改名' } }, AS.laiwuAdmin, 'NOT_FOUND');
    const laiwu = await ok(ExpertsDocument, { first: 50 }, AS.laiwuAdmin);
    expect(laiwu.experts.nodes.map((expert) => expert.name)).toEqual(['莱芜专家']);
  });
});

describe('a key evaluation from plan to close', () => {
  let evaluationId: string;
  let version: number;
  let problemId: string;

  it('plans a project evaluation with a third party and two experts; the budget comes from the project year', async () => {
    const created = (await ok(CreateKeyEvaluationDocument, { input: projectEvaluation() })).createKeyEvaluation;
    expect(created).toMatchObject({
      object: 'PROJECT',
      objectLabel: '项目支出',
      status: 'PLANNED',
      statusLabel: '已立项',
      allowedActions: ['start'],
      budgetType: 'GENERAL_PUBLIC',
      isSpecialBond: false,
      amount: '1000.00',
      thirdPartyName: '山东正信会计师事务所',
      methods: ['DOCUMENT_REVIEW', 'FIELD_RESEARCH', 'QUESTIONNAIRE', 'INTERVIEW'],
      methodLabels: ['资料审查', '实地调研', '问卷调查', '访谈'],
      decisionWeight: '20.00',
      processWeight: '20.00',
      outputWeight: '30.00',
      benefitWeight: '30.00',
      totalScore: null,
      grade: null,
      department: { code: 'JY' },
      projectYear: { id: ids.projectYear, fiscalYear: 2024 },
      township: null,
      tenant: { code: '370406' },
    });
    expect(created.experts.map((expert) => expert.name).sort()).toEqual(['李会计', '王建国'].sort());
    evaluationId = created.id;
    version = created.version;
    const year = await ok(ProjectYearKeyEvaluationsDocument, { id: ids.projectYear });
    expect(year.projectYear!.keyEvaluations).toEqual([{ id: evaluationId, title: created.title, status: 'PLANNED', grade: null }]);
  });

  it('changes the panel and weights while planned; the version moves', async () => {
    const updated = (
      await ok(UpdateKeyEvaluationDocument, {
        input: { id: evaluationId, version, expertIds: [ids.financeExpert], weights: { decision: '15', process: '15', output: '40', benefit: '30' } },
      })
    ).updateKeyEvaluation;
    expect(updated.experts.map((expert) => expert.name)).toEqual(['李会计']);
    expect(updated).toMatchObject({ decisionWeight: '15.00', outputWeight: '40.00', version: version + 1 });
    const back = (
      await ok(UpdateKeyEvaluationDocument, {
        input: { id: evaluationId, version: updated.version, expertIds: [ids.industryExpert, ids.financeExpert], weights: { decision: '20', process: '20', output: '30', benefit: '30' } },
      })
    ).updateKeyEvaluation;
    expect(back.experts).toHaveLength(2);
    version = back.version;
  });

  it('starts, then concludes with scores: total 89.00 is 良 under the national scheme', async () => {
    const started = (await ok(StartKeyEvaluationDocument, { input: { id: evaluationId, version } })).startKeyEvaluation;
    expect(started).toMatchObject({ status: 'IN_PROGRESS', allowedActions: ['finalize'] });
    const final = (
      await ok(FinalizeKeyEvaluationDocument, {
        input: { id: evaluationId, version: started.version, scores: { decision: '18.5', process: '17', output: '27.5', benefit: '26' }, summary: '项目总体实施较好，资金管理有待加强。' },
      })
    ).finalizeKeyEvaluation;
    expect(final).toMatchObject({
      status: 'FINAL',
      decisionScore: '18.50',
      processScore: '17.00',
      outputScore: '27.50',
      benefitScore: '26.00',
      totalScore: '89.00',
      grade: 'GOOD',
      gradeLabel: '良',
      allowedActions: ['issueFeedback'],
    });
    version = final.version;
  });

  it('registers a problem before feedback: it has no deadline until the feedback is issued', async () => {
    const problem = (
      await ok(CreateProblemDocument, {
        input: { keyEvaluationId: evaluationId, category: 'FUND_MANAGEMENT', description: '资金拨付不及时，部分资金滞留。', suggestion: '建立资金拨付台账，按进度拨付。' },
      })
    ).createProblem;
    expect(problem).toMatchObject({
      source: 'KEY_EVALUATION',
      category: 'FUND_MANAGEMENT',
      categoryLabel: '资金管理',
      status: 'OPEN',
      deadline: null,
      notifiedOn: null,
      isOverdue: false,
      department: { code: 'JY' },
      keyEvaluation: { id: evaluationId },
    });
    problemId = problem.id;
  });

  it('issues feedback today: the problem is notified and due in the rule’s 30 days', async () => {
    const issued = (await ok(IssueKeyEvaluationFeedbackDocument, { input: { id: evaluationId, version } })).issueKeyEvaluationFeedback;
    expect(issued).toMatchObject({ status: 'FEEDBACK_ISSUED', feedbackIssuedOn: chinaToday() });
    expect(issued.problems).toEqual([expect.objectContaining({ id: problemId, notifiedOn: chinaToday(), deadline: plusDays(chinaToday(), 30), isOverdue: false })]);
    version = issued.version;
  });

  it('cannot close while a problem is not verified, and says which', async () => {
    const result = await refused(CloseKeyEvaluationDocument, { input: { id: evaluationId, version } }, ADMIN, 'INVALID_TRANSITION');
    expect(result.errors![0].message).toContain('资金拨付不及时');
    expect(result.errors![0].extensions).toMatchObject({ currentState: 'FEEDBACK_ISSUED', requestedState: 'CLOSED' });
  });

  it('the department rectifies and reports; finance sends it back once, then verifies', async () => {
    let problem = (await ok(StartRectificationDocument, { input: { id: problemId, version: 2 } }, EDUCATION_USER)).startRectification;
    expect(problem).toMatchObject({ status: 'IN_PROGRESS', allowedActions: ['report'] });
    problem = (await ok(ReportRectificationDocument, { input: { id: problemId, version: problem.version, report: '已建立台账。' } }, EDUCATION_USER)).reportRectification;
    expect(problem).toMatchObject({ status: 'REPORTED', rectificationReport: '已建立台账。' });
    await refused(VerifyRectificationDocument, { input: { id: problemId, version: problem.version } }, EDUCATION_USER, 'FORBIDDEN');
    problem = (await ok(RejectRectificationDocument, { input: { id: problemId, version: problem.version, reason: '未附拨付凭证。' } })).rejectRectification;
    expect(problem).toMatchObject({ status: 'IN_PROGRESS', rejectionReason: '未附拨付凭证。' });
    problem = (
      await ok(ReportRectificationDocument, { input: { id: problemId, version: problem.version, report: '已建立台账并附拨付凭证，滞留资金已全部拨付。' } }, EDUCATION_USER)
    ).reportRectification;
    problem = (await ok(VerifyRectificationDocument, { input: { id: problemId, version: problem.version, opinion: '整改到位。' } })).verifyRectification;
    expect(problem).toMatchObject({ status: 'VERIFIED', statusLabel: '整改已核实', verificationOpinion: '整改到位。', isOverdue: false, allowedActions: [] });
  });

  it('closes once every problem is verified, and records reporting to the government and 人大', async () => {
    const closed = (await ok(CloseKeyEvaluationDocument, { input: { id: evaluationId, version } })).closeKeyEvaluation;
    expect(closed).toMatchObject({ status: 'CLOSED', statusLabel: '已办结', totalScore: '89.00', grade: 'GOOD', allowedActions: [] });
    const reported = (
      await ok(RecordKeyEvaluationReportingDocument, { input: { id: evaluationId, version: closed.version, reportedToGovernmentOn: '2025-06-10', reportedToCongressOn: '2025-06-20' } })
    ).recordKeyEvaluationReporting;
    expect(reported).toMatchObject({ reportedToGovernment: true, reportedToGovernmentOn: '2025-06-10', reportedToCongress: true, reportedToCongressOn: '2025-06-20' });
    const read = await ok(KeyEvaluationByIdDocument, { id: evaluationId });
    expect(read.keyEvaluation).toMatchObject({ status: 'CLOSED', problems: [{ id: problemId, status: 'VERIFIED' }] });
  });
});

describe('overdue rectification', () => {
  let overdueId: string;
  let departmentEvaluation: string;

  it('a department-overall evaluation fed back on 2025-03-01 leaves its open problem due 2025-03-31, now overdue', async () => {
    let evaluation = (
      await ok(CreateKeyEvaluationDocument, {
        input: {
          object: 'DEPARTMENT_OVERALL',
          title: '山亭区教育局2024年度部门整体支出绩效评价',
          fiscalYear: 2024,
          yearConducted: 2025,
          departmentId: ids.education,
          budgetType: 'GENERAL_PUBLIC',
          amount: '56100000.00',
          organizer: '山亭区财政局',
          methods: ['DOCUMENT_REVIEW', 'COMPARISON'],
          weights: { decision: '15', process: '15', output: '40', benefit: '30' },
        },
      })
    ).createKeyEvaluation;
    departmentEvaluation = evaluation.id;
    evaluation = (await ok(StartKeyEvaluationDocument, { input: { id: evaluation.id, version: evaluation.version } })).startKeyEvaluation;
    evaluation = (
      await ok(FinalizeKeyEvaluationDocument, { input: { id: evaluation.id, version: evaluation.version, scores: { decision: '14', process: '13', output: '30', benefit: '20' } } })
    ).finalizeKeyEvaluation;
    expect(evaluation).toMatchObject({ totalScore: '77.00', grade: 'MEDIUM', gradeLabel: '中' });
    const problem = (
      await ok(CreateProblemDocument, { input: { keyEvaluationId: evaluation.id, category: 'DECISION', description: '部分项目立项论证不充分。' } })
    ).createProblem;
    expect(problem).toMatchObject({ suggestion: null, department: { code: 'JY' } });
    overdueId = problem.id;
    const issued = (
      await ok(IssueKeyEvaluationFeedbackDocument, { input: { id: evaluation.id, version: evaluation.version, feedbackDate: '2025-03-01' } })
    ).issueKeyEvaluationFeedback;
    expect(issued.problems).toEqual([expect.objectContaining({ id: overdueId, notifiedOn: '2025-03-01', deadline: '2025-03-31', isOverdue: true })]);
  });

  it('a problem found by monitoring is due one rule period after notification; a later deadline keeps it on time', async () => {
    const monitoring = (
      await ok(CreateProblemDocument, {
        input: { source: 'MONITORING', monitoringRecordId: ids.monitoringRecord, departmentId: ids.health, category: 'IMPLEMENTATION', description: '项目进度滞后于序时进度。', notifiedOn: '2025-07-15' },
      })
    ).createProblem;
    expect(monitoring).toMatchObject({
      source: 'MONITORING',
      monitoringRecordId: ids.monitoringRecord,
      selfEvaluationId: null,
      notifiedOn: '2025-07-15',
      deadline: '2025-08-14',
      isOverdue: true,
      keyEvaluation: null,
      department: { code: 'WS' },
    });
    const selfEvaluation = (
      await ok(CreateProblemDocument, {
        input: { source: 'SELF_EVALUATION', selfEvaluationId: ids.selfEvaluation, departmentId: ids.health, category: 'GOAL_SETTING', description: '绩效指标不够细化。', deadline: '2099-12-31' },
      })
    ).createProblem;
    expect(selfEvaluation).toMatchObject({ source: 'SELF_EVALUATION', selfEvaluationId: ids.selfEvaluation, monitoringRecordId: null, notifiedOn: chinaToday(), deadline: '2099-12-31', isOverdue: false });
  });

  it('the overdue filter (in SQL) lists exactly the overdue problems, earliest deadline first', async () => {
    const overdue = await ok(ProblemsDocument, { first: 50, filter: { overdue: true } });
    expect(overdue.problems.nodes.map((problem) => [problem.description, problem.deadline, problem.isOverdue])).toEqual([
      ['部分项目立项论证不充分。', '2025-03-31', true],
      ['项目进度滞后于序时进度。', '2025-08-14', true],
    ]);
    expect(overdue.problems.totalCount).toBe(2);
    const onTime = await ok(ProblemsDocument, { first: 50, filter: { overdue: false } });
    expect(onTime.problems.nodes.every((problem) => !problem.isOverdue)).toBe(true);
    expect(onTime.problems.nodes.map((problem) => problem.description)).toEqual(['资金拨付不及时，部分资金滞留。', '绩效指标不够细化。']);
  });

  it.each<[string, ProblemFilter, string[]]>([
    ['overdue problems of the department-overall evaluation', { overdue: true, evaluationId: 'DEPT' }, ['部分项目立项论证不充分。']],
    ['verified problems', { status: 'VERIFIED' }, ['资金拨付不及时，部分资金滞留。']],
    ['goal-setting problems', { category: 'GOAL_SETTING' }, ['绩效指标不够细化。']],
    ['problems of 卫生健康局', { departmentId: 'WS' }, ['项目进度滞后于序时进度。', '绩效指标不够细化。']],
    ['monitoring problems', { source: 'MONITORING' }, ['项目进度滞后于序时进度。']],
    ['another tenant’s problems', { tenantCode: '370116' }, []],
  ])('when filtering by %s, only those are listed', async (_what, filter, expected) => {
    const resolved = {
      ...filter,
      evaluationId: filter.evaluationId === 'DEPT' ? departmentEvaluation : filter.evaluationId,
      departmentId: filter.departmentId === 'WS' ? ids.health : filter.departmentId,
    };
    const result = await ok(ProblemsDocument, { first: 50, filter: resolved });
    expect(result.problems.nodes.map((problem) => problem.description)).toEqual(expected);
  });

  it('department users see only their own problems, overdue ones included', async () => {
    const education = await ok(ProblemsDocument, { first: 50, filter: { overdue: true } }, EDUCATION_USER);
    expect(education.problems.nodes.map((problem) => problem.id)).toEqual([overdueId]);
    const health = await ok(ProblemsDocument, { first: 50 }, HEALTH_USER);
    expect(health.problems.nodes.map((problem) => problem.department.code)).toEqual(['WS', 'WS']);
    expect((await ok(ProblemByIdDocument, { id: overdueId }, HEALTH_USER)).problem).toBeNull();
    await refused(StartRectificationDocument, { input: { id: overdueId, version: 2 } }, HEALTH_USER, 'NOT_FOUND');
  });

  it('rectifying the overdue problem and verifying it takes it off the overdue list', async () => {
    let problem = (await ok(StartRectificationDocument, { input: { id: overdueId, version: 2 } }, EDUCATION_USER)).startRectification;
    expect(problem.isOverdue).toBe(true);
    problem = (await ok(ReportRectificationDocument, { input: { id: overdueId, version: problem.version, report: '已补充立项论证。' } }, EDUCATION_USER)).reportRectification;
    expect(problem.isOverdue).toBe(true);
    problem = (await ok(VerifyRectificationDocument, { input: { id: overdueId, version: problem.version } })).verifyRectification;
    expect(problem.isOverdue).toBe(false);
    const overdue = await ok(ProblemsDocument, { first: 50, filter: { overdue: true } });
    expect(overdue.problems.nodes.map((row) => row.description)).toEqual(['项目进度滞后于序时进度。']);
  });
});

describe('subjects, grade schemes and filters', () => {
  it('evaluates a township’s fiscal operation (财政运行综合评价) and a policy with no department', async () => {
    const township = (
      await ok(CreateKeyEvaluationDocument, {
        input: { object: 'FISCAL_OPERATION', title: '店子镇2024年财政运行综合评价', fiscalYear: 2024, yearConducted: 2025, townshipId: ids.township, budgetType: 'GENERAL_PUBLIC', amount: '12000000.00', organizer: '山亭区财政局' },
      })
    ).createKeyEvaluation;
    expect(township).toMatchObject({ object: 'FISCAL_OPERATION', township: { code: 'DZZ', name: '店子镇' }, department: null, projectYear: null });
    const policy = (
      await ok(CreateKeyEvaluationDocument, {
        input: { object: 'POLICY', title: '农村供水保障政策评价', fiscalYear: 2024, yearConducted: 2025, budgetType: 'GOV_FUND', isSpecialBond: true, amount: '5860000.00', organizer: '山亭区财政局', methods: ['COST_BENEFIT_ANALYSIS', 'PUBLIC_JUDGEMENT', 'PUBLIC_JUDGEMENT'] },
      })
    ).createKeyEvaluation;
    expect(policy).toMatchObject({ budgetType: 'GOV_FUND', budgetTypeLabel: '政府性基金预算', isSpecialBond: true, amount: '5860000.00', methods: ['COST_BENEFIT_ANALYSIS', 'PUBLIC_JUDGEMENT'], department: null });
  });

  it('grades with the tenant’s own scheme: 65 points is 低 under a five-level scheme', async () => {
    await app.sql(
      `insert into tenant_rule (tenant_id, key, value) select id, 'gradeScheme', $1::jsonb from tenant where code = '370116'`,
      [JSON.stringify({ name: 'FIVE_LEVEL', bands: [{ grade: 'EXCELLENT', min: 90 }, { grade: 'GOOD', min: 80 }, { grade: 'MEDIUM', min: 70 }, { grade: 'LOW', min: 60 }, { grade: 'POOR', min: 0 }] })],
    );
    let evaluation = (
      await ok(CreateKeyEvaluationDocument, { input: { object: 'PROJECT', title: '水务项目评价', fiscalYear: 2024, yearConducted: 2025, projectYearId: ids.laiwuProjectYear, organizer: '莱芜区财政局', thirdPartyName: '第三方' } }, AS.laiwuAdmin)
    ).createKeyEvaluation;
    evaluation = (await ok(StartKeyEvaluationDocument, { input: { id: evaluation.id, version: evaluation.version } }, AS.laiwuAdmin)).startKeyEvaluation;
    evaluation = (
      await ok(FinalizeKeyEvaluationDocument, { input: { id: evaluation.id, version: evaluation.version, scores: { decision: '15', process: '15', output: '20', benefit: '15' } } }, AS.laiwuAdmin)
    ).finalizeKeyEvaluation;
    expect(evaluation).toMatchObject({ totalScore: '65.00', grade: 'LOW', gradeLabel: '低' });
  });

  it('counts deadlines with the tenant’s own rectificationDays rule', async () => {
    await app.sql(`insert into tenant_rule (tenant_id, key, value) select id, 'rectificationDays', '10'::jsonb from tenant where code = '370116'`);
    const [{ id: water }] = await app.sql<{ id: string }>(`select d.id from department d join tenant t on t.id = d.tenant_id where t.code = '370116' and d.code = 'SW'`);
    const problem = (
      await ok(CreateProblemDocument, {
        input: { source: 'MONITORING', monitoringRecordId: ids.laiwuMonitoringRecord, departmentId: water, category: 'FUND_MANAGEMENT', description: '支出进度偏慢。', notifiedOn: '2025-06-01' },
      }, AS.laiwuAdmin)
    ).createProblem;
    expect(problem).toMatchObject({ notifiedOn: '2025-06-01', deadline: '2025-06-11' });
  });

  it('a problem found by monitoring is taken on by the monitored project’s department when none is named', async () => {
    const record = await monitoringRecord(ids.projectYear);
    const problem = (
      await ok(CreateProblemDocument, { input: { source: 'MONITORING', monitoringRecordId: record, category: 'FUND_MANAGEMENT', description: '资金支付进度滞后。', notifiedOn: '2025-07-15' } })
    ).createProblem;
    expect(problem).toMatchObject({ source: 'MONITORING', monitoringRecordId: record, department: { code: 'JY' }, notifiedOn: '2025-07-15', deadline: '2025-08-14' });
    const education = await ok(ProblemByIdDocument, { id: problem.id }, EDUCATION_USER);
    expect(education.problem).toMatchObject({ id: problem.id, department: { code: 'JY' } });
  });

  it.each([
    ['fiscal year 2024 and object PROJECT', { fiscalYear: 2024, object: 'PROJECT' as const }, ['2024年学前教育资助项目重点评价']],
    ['status FINAL', { status: 'FINAL' as const }, []],
    ['status FEEDBACK_ISSUED', { status: 'FEEDBACK_ISSUED' as const }, ['山亭区教育局2024年度部门整体支出绩效评价']],
    ['budget type GOV_FUND', { budgetType: 'GOV_FUND' as const }, ['农村供水保障政策评价']],
    ['another tenant’s code', { tenantCode: '370116' }, []],
  ])('when a county admin filters by %s, only those are listed', async (_what, filter, expected) => {
    const result = await ok(KeyEvaluationsDocument, { first: 50, filter });
    expect(result.keyEvaluations.nodes.map((evaluation) => evaluation.title)).toEqual(expected);
  });

  it('lists in a bounded number of statements, however many rows and panels there are', async () => {
    // The one PROJECT evaluation has every relation the others have (project year, department, panel).
    const one = await app.request(KeyEvaluationsDocument, { first: 50, filter: { object: 'PROJECT' } }, ADMIN);
    const all = await app.request(KeyEvaluationsDocument, { first: 50 }, ADMIN);
    expect(one.data!.keyEvaluations.nodes).toHaveLength(1);
    expect(all.data!.keyEvaluations.nodes.length).toBeGreaterThan(3);
    expect(Number.isInteger(one.statements)).toBe(true);
    expect(all.statements).toBe(one.statements);
  });
});

describe('invalid input writes nothing', () => {
  it.each<[string, () => Partial<CreateKeyEvaluationInput>, string]>([
    ['weights summing to 90', () => ({ weights: { decision: '20', process: '20', output: '25', benefit: '25' } }), 'weights'],
    ['产出 + 效益 below 60', () => ({ weights: { decision: '25', process: '20', output: '30', benefit: '25' } }), 'weights'],
    ['a weight with three decimals', () => ({ weights: { decision: '20.001', process: '20', output: '30', benefit: '30' } }), 'weights.decision'],
    ['a weight above 100', () => ({ weights: { decision: '120', process: '0', output: '0', benefit: '0' } }), 'weights.decision'],
    ['no project year for a PROJECT evaluation', () => ({ projectYearId: undefined }), 'projectYearId'],
    ['another tenant’s project year', () => ({ projectYearId: ids.laiwuProjectYear }), 'projectYearId'],
    ['a fiscal year other than the project year’s', () => ({ fiscalYear: 2023, yearConducted: 2024 }), 'fiscalYear'],
    ['a township on a PROJECT evaluation', () => ({ townshipId: ids.township }), 'townshipId'],
    ['a department other than the project’s', () => ({ departmentId: ids.health }), 'departmentId'],
    ['a project year on a POLICY evaluation', () => ({ object: 'POLICY', budgetType: 'GENERAL_PUBLIC', amount: '1.00' }), 'projectYearId'],
    ['no township for FISCAL_OPERATION', () => ({ object: 'FISCAL_OPERATION', projectYearId: undefined, budgetType: 'GENERAL_PUBLIC', amount: '1.00' }), 'townshipId'],
    ['a department as the township', () => ({ object: 'FISCAL_OPERATION', projectYearId: undefined, townshipId: ids.health, budgetType: 'GENERAL_PUBLIC', amount: '1.00' }), 'townshipId'],
    ['no department for DEPARTMENT_OVERALL', () => ({ object: 'DEPARTMENT_OVERALL', projectYearId: undefined, budgetType: 'GENERAL_PUBLIC', amount: '1.00' }), 'departmentId'],
    ['a township as the department', () => ({ object: 'DEPARTMENT_OVERALL', projectYearId: undefined, departmentId: ids.township, budgetType: 'GENERAL_PUBLIC', amount: '1.00' }), 'departmentId'],
    ['no budget type without a project year', () => ({ object: 'POLICY', projectYearId: undefined, amount: '1.00' }), 'budgetType'],
    ['no amount without a project year', () => ({ object: 'POLICY', projectYearId: undefined, budgetType: 'GENERAL_PUBLIC' }), 'amount'],
    ['a negative amount', () => ({ amount: '-1.00' }), 'amount'],
    ['a year conducted before the year evaluated', () => ({ yearConducted: 2023 }), 'yearConducted'],
    ['a retired expert', () => ({ expertIds: [ids.retiredExpert] }), 'expertIds[0]'],
    ['another tenant’s expert', () => ({ expertIds: [ids.industryExpert, ids.laiwuExpert] }), 'expertIds[1]'],
    ['the same expert twice', () => ({ expertIds: [ids.financeExpert, ids.financeExpert] }), 'expertIds'],
    ['an expert id that is not an id', () => ({ expertIds: ['王建国'] }), 'expertIds'],
    ['a blank title', () => ({ title: ' ' }), 'title'],
  ])('when planning with %s, it fails with BAD_USER_INPUT naming the field', async (_what, change, field) => {
    await refused(CreateKeyEvaluationDocument, { input: projectEvaluation(change()) }, ADMIN, 'BAD_USER_INPUT', field);
  });

  it.each([
    ['a score above its weight', { decision: '20.5', process: '20', output: '30', benefit: '30' }, 'scores.decision'],
    ['a score with three decimals', { decision: '20', process: '20', output: '29.999', benefit: '30' }, 'scores.output'],
    ['a negative score', { decision: '20', process: '-1', output: '30', benefit: '30' }, 'scores.process'],
  ])('when concluding with %s, it fails with BAD_USER_INPUT naming the field', async (_what, scores, field) => {
    const planned = (await ok(CreateKeyEvaluationDocument, { input: projectEvaluation({ title: `评分校验 ${field}` }) })).createKeyEvaluation;
    const started = (await ok(StartKeyEvaluationDocument, { input: { id: planned.id, version: planned.version } })).startKeyEvaluation;
    await refused(FinalizeKeyEvaluationDocument, { input: { id: started.id, version: started.version, scores } }, ADMIN, 'BAD_USER_INPUT', field);
  });

  const monitored = (change: Partial<CreateProblemInput> = {}): Partial<CreateProblemInput> => ({ source: 'MONITORING', keyEvaluationId: undefined, monitoringRecordId: ids.monitoringRecord, ...change });
  it.each<[string, () => Partial<CreateProblemInput>, string, string?]>([
    ['no key evaluation for source KEY_EVALUATION', () => ({ keyEvaluationId: undefined }), 'keyEvaluationId'],
    ['a monitoring record as well', () => ({ monitoringRecordId: ids.monitoringRecord }), 'monitoringRecordId'],
    ['no monitoring record for a monitoring problem', () => monitored({ monitoringRecordId: undefined }), 'monitoringRecordId'],
    ['an unknown monitoring record', () => monitored({ monitoringRecordId: NO_ID }), 'monitoringRecordId', 'no such monitoring record in your tenant'],
    ['another county’s monitoring record', () => monitored({ monitoringRecordId: ids.laiwuMonitoringRecord }), 'monitoringRecordId', 'no such monitoring record in your tenant'],
    ['an unknown self-evaluation', () => ({ source: 'SELF_EVALUATION', keyEvaluationId: undefined, selfEvaluationId: NO_ID }), 'selfEvaluationId', 'no such self-evaluation in your tenant'],
    ['a deadline before the notification', () => monitored({ notifiedOn: '2025-05-01', deadline: '2025-04-30' }), 'deadline'],
    ['an impossible date', () => monitored({ deadline: '2025-02-30' }), 'deadline'],
    ['a notification date on an evaluation’s problem', () => ({ notifiedOn: '2025-05-01' }), 'notifiedOn'],
    ['an unknown key evaluation', () => ({ keyEvaluationId: NO_ID }), 'keyEvaluationId'],
    ['an unknown department', () => ({ departmentId: NO_ID }), 'departmentId'],
    ['an unknown department for a monitoring problem', () => monitored({ departmentId: NO_ID }), 'departmentId'],
    ['a blank description', () => ({ description: '   ' }), 'description'],
  ])('when registering a problem with %s, it fails with BAD_USER_INPUT naming the field', async (_what, change, field, message) => {
    const [final] = (await ok(KeyEvaluationsDocument, { first: 50, filter: { status: 'FEEDBACK_ISSUED' } })).keyEvaluations.nodes;
    const input: CreateProblemInput = { keyEvaluationId: final.id, category: 'BENEFIT', description: '效益不明显。', ...change() };
    const result = await refused(CreateProblemDocument, { input }, ADMIN, 'BAD_USER_INPUT', field);
    if (message) expect(result.errors![0].message).toContain(message);
  });

  it('feedback dates, reporting dates, reports and reasons are checked', async () => {
    const planned = (await ok(CreateKeyEvaluationDocument, { input: projectEvaluation({ title: '日期校验' }) })).createKeyEvaluation;
    await refused(UpdateKeyEvaluationDocument, { input: { id: planned.id, version: 1, weights: { decision: '50', process: '0', output: '25', benefit: '25' } } }, ADMIN, 'BAD_USER_INPUT', 'weights');
    const started = (await ok(StartKeyEvaluationDocument, { input: { id: planned.id, version: planned.version } })).startKeyEvaluation;
    const final = (
      await ok(FinalizeKeyEvaluationDocument, { input: { id: started.id, version: started.version, scores: { decision: '20', process: '20', output: '30', benefit: '30' } } })
    ).finalizeKeyEvaluation;
    expect(final).toMatchObject({ totalScore: '100.00', grade: 'EXCELLENT' });
    const at = { id: final.id, version: final.version };
    await refused(IssueKeyEvaluationFeedbackDocument, { input: { ...at, feedbackDate: plusDays(chinaToday(), 2) } }, ADMIN, 'BAD_USER_INPUT', 'feedbackDate');
    await refused(IssueKeyEvaluationFeedbackDocument, { input: { ...at, feedbackDate: '2025-13-01' } }, ADMIN, 'BAD_USER_INPUT', 'feedbackDate');
    await refused(IssueKeyEvaluationFeedbackDocument, { input: { ...at, feedbackDate: '2023-12-31' } }, ADMIN, 'BAD_USER_INPUT', 'feedbackDate');
    await refused(RecordKeyEvaluationReportingDocument, { input: at }, ADMIN, 'BAD_USER_INPUT', 'reportedToGovernmentOn');
    await refused(RecordKeyEvaluationReportingDocument, { input: { ...at, reportedToCongressOn: '2025/06/01' } }, ADMIN, 'BAD_USER_INPUT', 'reportedToCongressOn');

    const problem = (await ok(CreateProblemDocument, { input: { keyEvaluationId: final.id, category: 'BENEFIT', description: '满意度调查样本不足。' } })).createProblem;
    const started2 = (await ok(StartRectificationDocument, { input: { id: problem.id, version: problem.version } })).startRectification;
    await refused(ReportRectificationDocument, { input: { id: problem.id, version: started2.version, report: ' ' } }, ADMIN, 'BAD_USER_INPUT', 'report');
    const reported = (await ok(ReportRectificationDocument, { input: { id: problem.id, version: started2.version, report: '已补充样本。' } })).reportRectification;
    await refused(RejectRectificationDocument, { input: { id: problem.id, version: reported.version, reason: '' } }, ADMIN, 'BAD_USER_INPUT', 'reason');
    await refused(VerifyRectificationDocument, { input: { id: problem.id, version: reported.version - 1 } }, ADMIN, 'CONFLICT');
  });
});

describe('invalid transitions write nothing', () => {
  it('each step is refused outside its state with INVALID_TRANSITION naming both states', async () => {
    const planned = (await ok(CreateKeyEvaluationDocument, { input: projectEvaluation({ title: '流程校验' }) })).createKeyEvaluation;
    const at = { id: planned.id, version: planned.version };
    const scores = { decision: '10', process: '10', output: '10', benefit: '10' };
    const finalize = await refused(FinalizeKeyEvaluationDocument, { input: { ...at, scores } }, ADMIN, 'INVALID_TRANSITION');
    expect(finalize.errors![0].extensions).toMatchObject({ currentState: 'PLANNED', requestedState: 'FINAL' });
    await refused(IssueKeyEvaluationFeedbackDocument, { input: at }, ADMIN, 'INVALID_TRANSITION');
    await refused(CloseKeyEvaluationDocument, { input: at }, ADMIN, 'INVALID_TRANSITION');
    await refused(RecordKeyEvaluationReportingDocument, { input: { ...at, reportedToGovernmentOn: '2025-01-01' } }, ADMIN, 'INVALID_TRANSITION');
    await refused(CreateProblemDocument, { input: { keyEvaluationId: planned.id, category: 'DECISION', description: '过早登记。' } }, ADMIN, 'INVALID_TRANSITION');

    const started = (await ok(StartKeyEvaluationDocument, { input: at })).startKeyEvaluation;
    const again = await refused(StartKeyEvaluationDocument, { input: { id: started.id, version: started.version } }, ADMIN, 'INVALID_TRANSITION');
    expect(again.errors![0].extensions).toMatchObject({ currentState: 'IN_PROGRESS', requestedState: 'IN_PROGRESS' });
    const final = (await ok(FinalizeKeyEvaluationDocument, { input: { id: started.id, version: started.version, scores } })).finalizeKeyEvaluation;
    expect(final).toMatchObject({ totalScore: '40.00', grade: 'POOR', gradeLabel: '差' });
    const edit = await refused(UpdateKeyEvaluationDocument, { input: { id: final.id, version: final.version, title: '改标题' } }, ADMIN, 'INVALID_TRANSITION');
    expect(edit.errors![0].extensions).toMatchObject({ currentState: 'FINAL' });
    await refused(CloseKeyEvaluationDocument, { input: { id: final.id, version: final.version } }, ADMIN, 'INVALID_TRANSITION');

    const problem = (await ok(CreateProblemDocument, { input: { keyEvaluationId: final.id, category: 'DECISION', description: '立项依据不足。' } })).createProblem;
    const verify = await refused(VerifyRectificationDocument, { input: { id: problem.id, version: problem.version } }, ADMIN, 'INVALID_TRANSITION');
    expect(verify.errors![0].extensions).toMatchObject({ currentState: 'OPEN', requestedState: 'VERIFIED' });
    await refused(ReportRectificationDocument, { input: { id: problem.id, version: problem.version, report: '未开始就报送。' } }, ADMIN, 'INVALID_TRANSITION');
    const inProgress = (await ok(StartRectificationDocument, { input: { id: problem.id, version: problem.version } })).startRectification;
    await refused(RejectRectificationDocument, { input: { id: problem.id, version: inProgress.version, reason: '尚未报送。' } }, ADMIN, 'INVALID_TRANSITION');
    await refused(StartRectificationDocument, { input: { id: problem.id, version: inProgress.version } }, ADMIN, 'INVALID_TRANSITION');
  });
});

describe('who may see and change key evaluations', () => {
  it('department users read only their own department’s evaluations and cannot change them', async () => {
    const education = await ok(KeyEvaluationsDocument, { first: 50 }, EDUCATION_USER);
    expect(education.keyEvaluations.nodes.length).toBeGreaterThan(0);
    expect(new Set(education.keyEvaluations.nodes.map((evaluation) => evaluation.department?.code))).toEqual(new Set(['JY']));
    const closed = education.keyEvaluations.nodes.find((evaluation) => evaluation.status === 'CLOSED')!;
    expect(closed.experts.map((expert) => expert.name).sort()).toEqual(['李会计', '王建国'].sort());
    // The panel rows are department-scoped too: another department's user cannot read them.
    const [{ count }] = await app.sql<{ count: string }>(
      `select count(*) from key_evaluation_expert where key_evaluation_id = $1 and department_id = $2`,
      [closed.id, ids.education],
    );
    expect(count).toBe('2');
    expect((await ok(KeyEvaluationsDocument, { first: 50 }, HEALTH_USER)).keyEvaluations.nodes).toEqual([]);
    const [one] = education.keyEvaluations.nodes;
    expect((await ok(KeyEvaluationByIdDocument, { id: one.id }, HEALTH_USER)).keyEvaluation).toBeNull();
    await refused(CreateKeyEvaluationDocument, { input: projectEvaluation({ title: '部门自建' }) }, EDUCATION_USER, 'FORBIDDEN');
    await refused(UpdateKeyEvaluationDocument, { input: { id: one.id, version: one.version, title: '部门改' } }, EDUCATION_USER, 'FORBIDDEN');
    await refused(CreateProblemDocument, { input: { keyEvaluationId: one.id, category: 'DECISION', description: '部门自报。' } }, EDUCATION_USER, 'FORBIDDEN');
  });

  it('another county sees none of them and cannot change them; ids of ours are unknown there', async () => {
    const mine = (await ok(KeyEvaluationsDocument, { first: 50 })).keyEvaluations.nodes;
    const laiwu = await ok(KeyEvaluationsDocument, { first: 50 }, AS.laiwuAdmin);
    expect(laiwu.keyEvaluations.nodes.map((evaluation) => evaluation.title)).toEqual(['水务项目评价']);
    expect((await ok(KeyEvaluationByIdDocument, { id: mine[0].id }, AS.laiwuAdmin)).keyEvaluation).toBeNull();
    await refused(StartKeyEvaluationDocument, { input: { id: mine[0].id, version: mine[0].version } }, AS.laiwuAdmin, 'NOT_FOUND');
    await refused(CreateProblemDocument, { input: { keyEvaluationId: mine[0].id, category: 'DECISION', description: '跨区。' } }, AS.laiwuAdmin, 'BAD_USER_INPUT', 'keyEvaluationId');
    expect((await ok(ProblemsDocument, { first: 50 }, AS.laiwuAdmin)).problems.nodes.map((problem) => problem.description)).toEqual(['支出进度偏慢。']);
    expect((await ok(ProblemsDocument, { first: 50, filter: { tenantCode: '370406' } }, AS.laiwuAdmin)).problems.nodes).toEqual([]);
    expect((await ok(ProjectYearKeyEvaluationsDocument, { id: ids.projectYear }, AS.laiwuAdmin)).projectYear).toBeNull();
  });

  it('the province reads every county’s evaluations but writes none; BI readers write none', async () => {
    const province = await ok(KeyEvaluationsDocument, { first: 50, filter: { tenantCode: '370406' } }, AS.shandongAnalyst);
    expect(province.keyEvaluations.totalCount).toBe((await ok(KeyEvaluationsDocument, { first: 50 })).keyEvaluations.totalCount);
    expect(new Set((await ok(KeyEvaluationsDocument, { first: 50 }, AS.shandongAnalyst)).keyEvaluations.nodes.map((e) => e.tenant.code))).toEqual(new Set(['370406', '370116']));
    expect((await ok(KeyEvaluationsDocument, { first: 50 }, AS.shilouAdmin)).keyEvaluations.nodes).toEqual([]);
    await refused(CreateKeyEvaluationDocument, { input: projectEvaluation({ title: '省厅' }) }, AS.shandongAdmin, 'FORBIDDEN');
    await refused(CreateKeyEvaluationDocument, { input: projectEvaluation({ title: 'BI' }) }, AS.shandongBi, 'FORBIDDEN');
  });
});
