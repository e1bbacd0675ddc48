import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CreateAppraisalSchemeDocument,
  CreateExpertDocument,
  CreateGoalDocument,
  CreateKeyEvaluationDocument,
  CreateMonitoringRecordDocument,
  CreateMonitoringRoundDocument,
  CreatePreAssessmentDocument,
  CreateProblemDocument,
  CreateProjectDocument,
  CreateProjectYearDocument,
  CreateSelfEvaluationDocument,
  CreateUnitAppraisalSchemeDocument,
  EnterLibraryDocument,
  FinalizeKeyEvaluationDocument,
  IssueKeyEvaluationFeedbackDocument,
  PublishAppraisalSchemeDocument,
  PublishUnitAppraisalSchemeDocument,
  ReportRectificationDocument,
  SaveAppraisalSelfScoresDocument,
  SaveUnitAppraisalReviewScoresDocument,
  SaveUnitAppraisalSelfScoresDocument,
  StartAppraisalReviewDocument,
  StartAppraisalSubmissionDocument,
  StartKeyEvaluationDocument,
  StartRectificationDocument,
  StartUnitAppraisalDocument,
  SubmitAppraisalSubmissionDocument,
  SubmitGoalDocument,
  SubmitMonitoringRecordDocument,
  SubmitPreAssessmentDocument,
  SubmitProjectYearDocument,
  SubmitSelfEvaluationDocument,
  SubmitUnitAppraisalDocument,
  type AppraisalItemInput,
  type SelfEvaluationIndicatorInput,
} from '../../schema/generated/graphql.js';
import { FIXTURES_DIRECTORY, readFixtureFiles } from '../../server/fixtures/fixture.file.js';
import { loadDemoData } from '../../server/fixtures/fixture.loader.js';
import { approvedGoal, draftProjectYear, expectData, standardIndicators } from './chain.js';
import type { TestApp, TokenSpec } from './test-app.js';

/**
 * Records in every state the mutations act on, in 石楼县 (141126): the region's demo data (finished
 * records: approved budgets with issued goals, audited monitoring, reviewed self-evaluations,
 * closed key evaluations, disclosures, the 山西 scheme) plus what the API creates on top of it for
 * the steps in between, and a few records of 山亭区 as another tenant's.
 */
export const SHILOU = '141126';
const SHANTING_FINANCE: TokenSpec = { role: 'COUNTY_ADMIN', tenant: '370406', subject: 'shanting.finance' };

export const FINANCE: TokenSpec = { role: 'COUNTY_ADMIN', tenant: SHILOU, subject: 'shilou.finance' };
/** 教育科技局 (JKJ): fills in its own projects, goals, monitoring and self-evaluations. */
export const EDUCATION: TokenSpec = { role: 'DEPARTMENT_USER', tenant: SHILOU, department: 'JKJ', subject: 'shilou.education' };
export const PROVINCE: TokenSpec = { role: 'PROVINCE_ADMIN', province: '14', subject: 'shanxi.finance' };

/** Scheme items: 1 (1.1 + 1.2) and 2, ten points in all; 1.1, 1.2 and 2 are scored. */
export const SCHEME_ITEMS: AppraisalItemInput[] = [
  {
    code: '1',
    name: '制度建设',
    maxPoints: '4',
    scoringStandard: '制度健全得满分',
    children: [
      { code: '1.1', name: '管理办法', maxPoints: '2' },
      { code: '1.2', name: '实施细则', maxPoints: '2' },
    ],
  },
  { code: '2', name: '绩效评价管理', maxPoints: '6' },
];

export interface WorkflowRecord {
  id: string;
  version: number;
}

export interface World {
  tenantId: string;
  provinceId: string;
  departments: { finance: string; education: string; others: string[] };
  /** Ids that exist outside the callers' scope: the other tenant's records, other departments' for EDUCATION. */
  outOfScope: { anyone: string[]; education: string[] };
  demo: {
    /** 教育科技局's approved 2024 project years with issued goals, and their goals. */
    approvedYears: string[];
    issuedGoals: string[];
    project: string;
    closedYearOutOfScope: string;
    reviewedSelfEvaluation: string;
    auditedRecord: string;
    closedRound: string;
    closedKeyEvaluation: { id: string; projectId: string; departmentId: string };
    disclosures: string[];
  };
  years: Record<'draftUpdate' | 'draftSubmit' | 'withoutGoal' | 'withoutAssessment' | 'submittedReturn' | 'submittedReject' | 'submittedEnter' | 'inLibrary', string>;
  goals: Record<'draftUpdate' | 'draftSubmit' | 'submittedReview', string>;
  assessments: Record<'draftSubmit' | 'submittedReturn' | 'submittedConclude', string>;
  rounds: Record<'open' | 'openClose', string>;
  records: Record<'draftUpdate' | 'draftSubmit' | 'submittedAudit' | 'submittedReturn', string>;
  /** An approved year of 教育科技局 with no record in the open round yet. */
  unmonitoredYear: string;
  selfEvaluations: Record<'draftUpdate' | 'draftSubmit' | 'submittedReview' | 'submittedReturn', string>;
  /** 教育科技局's department goal results, all indicators, for a new department self-evaluation. */
  educationResults: SelfEvaluationIndicatorInput[];
  expert: string;
  keyEvaluations: Record<'plannedUpdate' | 'plannedStart' | 'inProgress' | 'final' | 'feedbackIssued', string>;
  problems: Record<'openStart' | 'inProgressReport' | 'reportedVerify' | 'reportedReject', string>;
  /** `unbalanced`: a DRAFT scheme whose items add up to 4 of its 10 points. */
  schemes: Record<'draftUpdate' | 'draftPublish' | 'unbalanced' | 'published', string>;
  submissions: Record<'draftSave' | 'draftSubmit' | 'submitted', string>;
  /** Item ids of the scheme each submission or review answers, by item code. */
  itemsOf: Record<string, Record<string, string>>;
  reviews: Record<'reviewingSave' | 'reviewingFinalize', string>;
  unitSchemes: Record<'draftUpdate' | 'draftPublish' | 'published', string>;
  unitSubmissions: Record<'draftSave' | 'draftSubmit' | 'submitted' | 'reviewing', string>;
  /** A first-level department with no appraisal under the published unit scheme yet: 教育科技局. */
  unitExaminee: string;
}

export async function buildWorld(app: TestApp): Promise<World> {
  const fixtures = (await readFixtureFiles(FIXTURES_DIRECTORY)).filter((fixture) => fixture.tenant === SHILOU);
  await loadDemoData(app.ownerUrl, fixtures);

  const step = async <R, V>(document: TypedDocumentNode<R, V>, variables: V, as: TokenSpec, what: string): Promise<R> =>
    expectData(await app.request(document, variables, as), what);
  const one = async <T extends object>(sql: string, params: unknown[] = []): Promise<T> => {
    const [row] = await app.sql<T & Record<string, unknown>>(sql, params);
    if (!row) throw new Error(`world: nothing found for ${sql}`);
    return row;
  };
  const ids = async (sql: string, params: unknown[] = []) => (await app.sql<{ id: string }>(sql, params)).map((row) => row.id);

  const { tenantId, provinceId } = await one<{ tenantId: string; provinceId: string }>(
    `select t.id as "tenantId", p.id as "provinceId" from tenant t join city c on c.id = t.city_id join province p on p.id = c.province_id where t.code = $1`,
    [SHILOU],
  );
  const department = async (code: string) => (await one<{ id: string }>('select id from department where tenant_id = $1 and code = $2', [tenantId, code])).id;
  const education = await department('JKJ');
  const finance = await department('FIN');
  // First-level departments with a 2024 department goal in force, other than 教育科技局.
  const others = await ids(
    `select d.id from department d join performance_goal g on g.tenant_id = d.tenant_id and g.department_id = d.id
      where d.tenant_id = $1 and d.id <> $2 and g.subject = 'DEPARTMENT' and g.fiscal_year = 2024 and g.is_current order by d.code`,
    [tenantId, education],
  );
  const outOfScope = {
    anyone: await anotherTenantsRecords(app),
    education: await ids(
      `(select id from project_year where tenant_id = $1 and department_id <> $2 limit 2) union all (select id from performance_goal where tenant_id = $1 and department_id <> $2 limit 2)
       union all (select id from monitoring_record where tenant_id = $1 and department_id <> $2 limit 1)`,
      [tenantId, education],
    ),
  };

  const approvedYears = await ids(
    `select y.id from project_year y where y.tenant_id = $1 and y.department_id = $2 and y.fiscal_year = 2024 and y.status = 'APPROVED' order by y.id limit 8`,
    [tenantId, education],
  );
  const issuedGoals = await ids(
    `select g.id from performance_goal g where g.tenant_id = $1 and g.project_year_id = any($2::uuid[]) and g.is_current order by g.id`,
    [tenantId, approvedYears],
  );
  const closedKeyEvaluation = await one<{ id: string; projectId: string; departmentId: string }>(
    `select k.id, y.project_id as "projectId", k.department_id as "departmentId" from key_evaluation k join project_year y on y.tenant_id = k.tenant_id and y.id = k.project_year_id
      where k.tenant_id = $1 and k.status = 'CLOSED' order by k.id limit 1`,
    [tenantId],
  );
  const demo: World['demo'] = {
    approvedYears,
    issuedGoals,
    project: (await one<{ id: string }>('select project_id as id from project_year where id = $1', [approvedYears[0]])).id,
    closedYearOutOfScope: (await one<{ id: string }>(`select id from project_year where tenant_id = $1 and fiscal_year = 2023 and not self_evaluation_required order by id limit 1`, [tenantId])).id,
    reviewedSelfEvaluation: (await one<{ id: string }>(`select id from self_evaluation where tenant_id = $1 and subject = 'PROJECT' and status = 'FINANCE_REVIEWED' order by id limit 1`, [tenantId])).id,
    auditedRecord: (await one<{ id: string }>(`select id from monitoring_record where tenant_id = $1 and department_id = $2 and status = 'AUDITED' order by id limit 1`, [tenantId, education])).id,
    closedRound: (await one<{ id: string }>(`select id from monitoring_round where tenant_id = $1 and status = 'CLOSED' order by period_end limit 1`, [tenantId])).id,
    closedKeyEvaluation,
    disclosures: await ids(`select id from disclosure where tenant_id = $1 and status = 'PUBLISHED' and channel = 'GOV_WEBSITE' order by id limit 2`, [tenantId]),
  };

  // ---- Budget years of 教育科技局 in each state before approval (2025 requests of 10万: no ex-ante triggers).
  let serial = 0;
  const draftYear = async () => {
    serial += 1;
    const code = `JKJ2025${String(serial).padStart(3, '0')}`;
    const project = await step(CreateProjectDocument, { input: { departmentId: education, code, name: `石楼县教育项目 ${code}`, kindCode: '31' } }, EDUCATION, 'createProject');
    const year = await step(
      CreateProjectYearDocument,
      { input: { projectId: project.createProject.id, fiscalYear: 2025, budgetType: 'GENERAL_PUBLIC', requestedAmount: '100000.00' } },
      EDUCATION,
      'createProjectYear',
    );
    return year.createProjectYear;
  };
  const submittedYear = async (withGoal: boolean) => {
    const year = await draftYear();
    if (withGoal) await approvedGoal(app, EDUCATION, FINANCE, year.id);
    return (await step(SubmitProjectYearDocument, { input: { id: year.id, version: year.version } }, EDUCATION, 'submitProjectYear')).submitProjectYear;
  };
  const toEnter = await submittedYear(true);
  const inLibrary = await submittedYear(true);
  await step(EnterLibraryDocument, { input: { id: inLibrary.id, version: inLibrary.version } }, FINANCE, 'enterLibrary');
  const years: World['years'] = {
    draftUpdate: (await draftYear()).id,
    draftSubmit: (await draftYear()).id,
    withoutGoal: (await draftYear()).id,
    withoutAssessment: (await draftYear()).id,
    submittedReturn: (await submittedYear(false)).id,
    submittedReject: (await submittedYear(false)).id,
    submittedEnter: toEnter.id,
    inLibrary: inLibrary.id,
  };

  const draftGoal = async () => {
    const year = await draftYear();
    const goal = await step(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '完成校舍维修', indicators: standardIndicators() } }, EDUCATION, 'createGoal');
    return goal.createGoal;
  };
  const toReview = await draftGoal();
  await step(SubmitGoalDocument, { input: { id: toReview.id, version: toReview.version } }, EDUCATION, 'submitGoal');
  const goals: World['goals'] = { draftUpdate: (await draftGoal()).id, draftSubmit: (await draftGoal()).id, submittedReview: toReview.id };

  const assessment = async (submitted: boolean) => {
    const year = await draftYear();
    const created = (await step(CreatePreAssessmentDocument, { input: { projectYearId: year.id, assessor: 'SELF' } }, EDUCATION, 'createPreAssessment')).createPreAssessment;
    if (submitted) await step(SubmitPreAssessmentDocument, { input: { id: created.id, version: created.version } }, EDUCATION, 'submitPreAssessment');
    return created.id;
  };
  const assessments: World['assessments'] = { draftSubmit: await assessment(false), submittedReturn: await assessment(true), submittedConclude: await assessment(true) };

  // ---- Monitoring: an open ad hoc round of 2024 with 教育科技局's records in it.
  const round = (periodEnd: string, dueDate: string) =>
    step(CreateMonitoringRoundDocument, { input: { fiscalYear: 2024, periodEnd, dueDate, title: `2024年${periodEnd}日常监控`, kind: 'ROUTINE' } }, FINANCE, 'createMonitoringRound');
  const rounds: World['rounds'] = {
    open: (await round('2024-10-31', '2024-11-30')).createMonitoringRound.id,
    openClose: (await round('2024-11-30', '2024-12-31')).createMonitoringRound.id,
  };
  const record = async (projectYearId: string, submitted: boolean) => {
    const created = (
      await step(
        CreateMonitoringRecordDocument,
        {
          input: {
            roundId: rounds.open,
            projectYearId,
            executedToDate: '0.00',
            expectedYearEnd: '1.00',
            likelihood: 'POSSIBLE',
            deviationReasons: ['FUNDING'],
            deviationNote: '资金未到位',
          },
        },
        EDUCATION,
        'createMonitoringRecord',
      )
    ).createMonitoringRecord;
    if (submitted) await step(SubmitMonitoringRecordDocument, { input: { id: created.id, version: created.version } }, EDUCATION, 'submitMonitoringRecord');
    return created.id;
  };
  const records: World['records'] = {
    draftUpdate: await record(approvedYears[0], false),
    draftSubmit: await record(approvedYears[1], false),
    submittedAudit: await record(approvedYears[2], true),
    submittedReturn: await record(approvedYears[3], true),
  };

  // ---- Department self-evaluations of 2024 (a year that has ended), each against its department goal.
  const departmentGoal = async (departmentId: string) =>
    (await one<{ id: string }>(`select id from performance_goal where tenant_id = $1 and department_id = $2 and subject = 'DEPARTMENT' and fiscal_year = 2024 and is_current`, [tenantId, departmentId])).id;
  const resultsFor = async (departmentId: string) => goalResults(app, await departmentGoal(departmentId));
  const selfEvaluation = async (departmentId: string, submitted: boolean) => {
    const created = (
      await step(
        CreateSelfEvaluationDocument,
        {
          input: {
            subject: 'DEPARTMENT',
            departmentId,
            fiscalYear: 2024,
            budgetAmount: '1000000.00',
            executedAmount: '960000.00',
            summary: '部门整体目标基本完成',
            indicators: await resultsFor(departmentId),
          },
        },
        FINANCE,
        'createSelfEvaluation',
      )
    ).createSelfEvaluation;
    if (submitted) await step(SubmitSelfEvaluationDocument, { input: { id: created.id, version: created.version } }, FINANCE, 'submitSelfEvaluation');
    return created.id;
  };
  const selfEvaluations: World['selfEvaluations'] = {
    draftUpdate: await selfEvaluation(others[0], false),
    draftSubmit: await selfEvaluation(others[1], false),
    submittedReview: await selfEvaluation(others[2], true),
    submittedReturn: await selfEvaluation(others[3], true),
  };

  // ---- Key evaluations of a policy, one in each state, and problems found by monitoring.
  const expert = (await step(CreateExpertDocument, { input: { name: '张教授', specialty: 'FINANCE', organization: '吕梁学院' } }, FINANCE, 'createExpert')).createExpert.id;
  const keyEvaluation = async (until: 'PLANNED' | 'IN_PROGRESS' | 'FINAL' | 'FEEDBACK_ISSUED') => {
    let current = (
      await step(
        CreateKeyEvaluationDocument,
        {
          input: {
            object: 'POLICY',
            title: '石楼县学前教育资助政策重点评价',
            fiscalYear: 2024,
            yearConducted: 2025,
            departmentId: education,
            budgetType: 'GENERAL_PUBLIC',
            amount: '3000000.00',
            organizer: '石楼县财政局',
            expertIds: [expert],
          },
        },
        FINANCE,
        'createKeyEvaluation',
      )
    ).createKeyEvaluation;
    if (until === 'PLANNED') return current.id;
    current = (await step(StartKeyEvaluationDocument, { input: { id: current.id, version: current.version } }, FINANCE, 'startKeyEvaluation')).startKeyEvaluation;
    if (until === 'IN_PROGRESS') return current.id;
    const scores = { decision: '18', process: '17', output: '26', benefit: '25' };
    current = (await step(FinalizeKeyEvaluationDocument, { input: { id: current.id, version: current.version, scores } }, FINANCE, 'finalizeKeyEvaluation')).finalizeKeyEvaluation;
    if (until === 'FINAL') return current.id;
    await step(IssueKeyEvaluationFeedbackDocument, { input: { id: current.id, version: current.version, feedbackDate: '2025-06-01' } }, FINANCE, 'issueKeyEvaluationFeedback');
    return current.id;
  };
  const keyEvaluations: World['keyEvaluations'] = {
    plannedUpdate: await keyEvaluation('PLANNED'),
    plannedStart: await keyEvaluation('PLANNED'),
    inProgress: await keyEvaluation('IN_PROGRESS'),
    final: await keyEvaluation('FINAL'),
    feedbackIssued: await keyEvaluation('FEEDBACK_ISSUED'),
  };

  const problem = async (until: 'OPEN' | 'IN_PROGRESS' | 'REPORTED') => {
    let current = (
      await step(
        CreateProblemDocument,
        { input: { source: 'MONITORING', monitoringRecordId: demo.auditedRecord, category: 'IMPLEMENTATION', description: '项目实施进度滞后', suggestion: '加快实施进度', notifiedOn: '2025-03-01' } },
        FINANCE,
        'createProblem',
      )
    ).createProblem;
    if (until === 'OPEN') return current.id;
    current = (await step(StartRectificationDocument, { input: { id: current.id, version: current.version } }, EDUCATION, 'startRectification')).startRectification;
    if (until === 'IN_PROGRESS') return current.id;
    await step(ReportRectificationDocument, { input: { id: current.id, version: current.version, report: '已完成整改' } }, EDUCATION, 'reportRectification');
    return current.id;
  };
  const problems: World['problems'] = {
    openStart: await problem('OPEN'),
    inProgressReport: await problem('IN_PROGRESS'),
    reportedVerify: await problem('REPORTED'),
    reportedReject: await problem('REPORTED'),
  };

  // ---- 考核: the province's schemes and the county's self-assessments, one scheme per submission
  // (a county answers a scheme once).
  const itemsOf: World['itemsOf'] = {};
  const scheme = async (published: boolean, items = SCHEME_ITEMS) => {
    serial += 1;
    const name = `2025年度预算绩效管理工作考核（第${serial}稿）`;
    const created = (await step(CreateAppraisalSchemeDocument, { input: { fiscalYear: 2025, name, totalPoints: '10', items } }, PROVINCE, 'createAppraisalScheme')).createAppraisalScheme;
    if (!published) return { id: created.id, items: {} as Record<string, string> };
    const publishedScheme = (await step(PublishAppraisalSchemeDocument, { input: { id: created.id, version: created.version } }, PROVINCE, 'publishAppraisalScheme')).publishAppraisalScheme;
    return { id: created.id, items: Object.fromEntries(publishedScheme.items.map((item) => [item.code, item.id])) };
  };
  const fullScores = (items: Record<string, string>) =>
    Object.entries({ '1.1': '2', '1.2': '1.5', '2': '5' }).map(([code, selfScore]) => ({ itemId: items[code], selfScore, evidence: '见佐证材料' }));
  const submission = async (until: 'DRAFT' | 'SCORED' | 'SUBMITTED' | 'REVIEWING') => {
    const { id: schemeId, items } = await scheme(true);
    let current = (await step(StartAppraisalSubmissionDocument, { input: { schemeId } }, FINANCE, 'startAppraisalSubmission')).startAppraisalSubmission;
    itemsOf[current.id] = items;
    if (until === 'DRAFT') return current.id;
    current = (await step(SaveAppraisalSelfScoresDocument, { input: { id: current.id, version: current.version, scores: fullScores(items) } }, FINANCE, 'saveAppraisalSelfScores')).saveAppraisalSelfScores;
    if (until === 'SCORED') return current.id;
    await step(SubmitAppraisalSubmissionDocument, { input: { id: current.id, version: current.version } }, FINANCE, 'submitAppraisalSubmission');
    if (until === 'SUBMITTED') return current.id;
    const review = (await step(StartAppraisalReviewDocument, { input: { submissionId: current.id } }, PROVINCE, 'startAppraisalReview')).startAppraisalReview;
    itemsOf[review.id] = items;
    return review.id;
  };
  const schemes: World['schemes'] = {
    draftUpdate: (await scheme(false)).id,
    draftPublish: (await scheme(false)).id,
    unbalanced: (await scheme(false, SCHEME_ITEMS.slice(0, 1))).id,
    published: (await scheme(true)).id,
  };
  const submissions: World['submissions'] = { draftSave: await submission('DRAFT'), draftSubmit: await submission('SCORED'), submitted: await submission('SUBMITTED') };
  const reviews: World['reviews'] = { reviewingSave: await submission('REVIEWING'), reviewingFinalize: await submission('REVIEWING') };

  // ---- The county's scheme for its departments, and appraisals of four departments under it.
  const unitScheme = async (published: boolean) => {
    const created = (
      await step(
        CreateUnitAppraisalSchemeDocument,
        { input: { fiscalYear: 2025, examineeKind: 'DEPARTMENT', name: `2025年度部门预算绩效管理考核（第${++serial}稿）`, totalPoints: '10', items: SCHEME_ITEMS } },
        FINANCE,
        'createUnitAppraisalScheme',
      )
    ).createUnitAppraisalScheme;
    if (!published) return { id: created.id, items: {} as Record<string, string> };
    const publishedScheme = (await step(PublishUnitAppraisalSchemeDocument, { input: { id: created.id, version: created.version } }, FINANCE, 'publishUnitAppraisalScheme')).publishUnitAppraisalScheme;
    return { id: created.id, items: Object.fromEntries(publishedScheme.items.map((item) => [item.code, item.id])) };
  };
  const published = await unitScheme(true);
  const unitSubmission = async (examineeId: string, until: 'DRAFT' | 'SCORED' | 'SUBMITTED' | 'REVIEWING') => {
    let current = (await step(StartUnitAppraisalDocument, { input: { schemeId: published.id, examineeId } }, FINANCE, 'startUnitAppraisal')).startUnitAppraisal;
    itemsOf[current.id] = published.items;
    if (until === 'DRAFT') return current.id;
    current = (await step(SaveUnitAppraisalSelfScoresDocument, { input: { id: current.id, version: current.version, scores: fullScores(published.items) } }, FINANCE, 'saveUnitAppraisalSelfScores'))
      .saveUnitAppraisalSelfScores;
    if (until === 'SCORED') return current.id;
    current = (await step(SubmitUnitAppraisalDocument, { input: { id: current.id, version: current.version } }, FINANCE, 'submitUnitAppraisal')).submitUnitAppraisal;
    if (until === 'SUBMITTED') return current.id;
    await step(SaveUnitAppraisalReviewScoresDocument, { input: { id: current.id, version: current.version, scores: [] } }, FINANCE, 'saveUnitAppraisalReviewScores');
    return current.id;
  };
  const unitSchemes: World['unitSchemes'] = { draftUpdate: (await unitScheme(false)).id, draftPublish: (await unitScheme(false)).id, published: published.id };
  const unitSubmissions: World['unitSubmissions'] = {
    draftSave: await unitSubmission(others[0], 'DRAFT'),
    draftSubmit: await unitSubmission(others[1], 'SCORED'),
    submitted: await unitSubmission(others[2], 'SUBMITTED'),
    reviewing: await unitSubmission(others[3], 'REVIEWING'),
  };

  return {
    tenantId,
    provinceId,
    departments: { finance, education, others },
    outOfScope,
    demo,
    years,
    goals,
    assessments,
    rounds,
    records,
    unmonitoredYear: approvedYears[4],
    selfEvaluations,
    educationResults: await resultsFor(education),
    expert,
    keyEvaluations,
    problems,
    schemes,
    submissions,
    itemsOf,
    reviews,
    unitSchemes,
    unitSubmissions,
    unitExaminee: education,
  };
}

/** A result for every indicator of a goal, each meeting its target, with a deviation note to spare. */
export async function goalResults(app: TestApp, goalId: string): Promise<SelfEvaluationIndicatorInput[]> {
  const indicators = await app.sql<{ id: string; comparator: string; target: string | null }>(
    `select id, comparator, target_value::text as target from performance_indicator where goal_id = $1 order by sort_order`,
    [goalId],
  );
  return indicators.map((indicator) =>
    indicator.comparator === 'QUALITATIVE'
      ? { indicatorId: indicator.id, achievement: 'ACHIEVED', deviationNote: '按计划完成' }
      : { indicatorId: indicator.id, actualValue: String(Number(indicator.target)), deviationNote: '按计划完成' },
  );
}

/** Ids of another tenant's (山亭区's) department, project, budget year, goal, indicator and monitoring round. */
async function anotherTenantsRecords(app: TestApp): Promise<string[]> {
  const [{ id: departmentId }] = await app.sql<{ id: string }>(`select d.id from department d join tenant t on t.id = d.tenant_id where t.code = '370406' and d.code = 'FIN'`);
  const { projectId, year } = await draftProjectYear(
    app,
    SHANTING_FINANCE,
    { departmentId, code: 'ST2025001', name: '城区道路维修', kindCode: '31' },
    { fiscalYear: 2025, budgetType: 'GENERAL_PUBLIC', requestedAmount: '100000.00' },
  );
  const goal = expectData(
    await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId: year.id, goalText: '完成道路维修', indicators: standardIndicators() } }, SHANTING_FINANCE),
    'createGoal',
  ).createGoal;
  const round = expectData(
    await app.request(CreateMonitoringRoundDocument, { input: { fiscalYear: 2025, periodEnd: '2025-06-30', dueDate: '2025-07-31', title: '2025年1-6月监控', kind: 'ROUTINE' } }, SHANTING_FINANCE),
    'createMonitoringRound',
  ).createMonitoringRound;
  return [departmentId, projectId, year.id, goal.id, goal.indicators[0].id, round.id];
}
