import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveBudgetDocument,
  AuditLogDocument,
  AuditMonitoringRecordDocument,
  CloseKeyEvaluationDocument,
  CloseProjectYearDocument,
  ConcludePreAssessmentDocument,
  CreateAppraisalSchemeDocument,
  CreateDepartmentDocument,
  CreateExpertDocument,
  CreateGoalDocument,
  CreateKeyEvaluationDocument,
  CreateMonitoringRecordDocument,
  CreateMonitoringRoundDocument,
  CreatePreAssessmentDocument,
  CreateProblemDocument,
  CreateProjectDocument,
  CreateProjectYearDocument,
  CreateResultApplicationDocument,
  CreateSelfEvaluationDocument,
  EnterLibraryDocument,
  FinalizeAppraisalReviewDocument,
  FinalizeKeyEvaluationDocument,
  IssueKeyEvaluationFeedbackDocument,
  ProblemByIdDocument,
  ProblemsDocument,
  ProjectYearByIdDocument,
  PublishAppraisalSchemeDocument,
  RecheckSelfEvaluationDocument,
  RecordDisclosureDocument,
  RecordExecutionDocument,
  RecordKeyEvaluationReportingDocument,
  ReportRectificationDocument,
  ResultApplicationSummaryDocument,
  ReviewGoalDocument,
  ReviewSelfEvaluationDocument,
  SaveAppraisalReviewScoresDocument,
  SaveAppraisalSelfScoresDocument,
  SetSelfEvaluationScopeDocument,
  StartAppraisalReviewDocument,
  StartAppraisalSubmissionDocument,
  StartKeyEvaluationDocument,
  StartRectificationDocument,
  SubmitAppraisalSubmissionDocument,
  SubmitGoalDocument,
  SubmitMonitoringRecordDocument,
  SubmitPreAssessmentDocument,
  SubmitProjectYearDocument,
  SubmitSelfEvaluationDocument,
  VerifyRectificationDocument,
  AppraisalSubmissionDocument,
} from '../schema/generated/graphql.js';
import { standardIndicators } from './helpers/chain.js';
import { startTestApp, type TestApp, type TokenSpec } from './helpers/test-app.js';

/**
 * One project of 山亭区 through its whole 2024 performance year, as the county's finance bureau
 * (财政局), the transport bureau (交通运输局) that runs the project, and the 山东 province see it:
 * ex-ante assessment → goal with indicators → review → library entry → budget approval → two
 * monitoring rounds (one YELLOW) → self-evaluation with computed score and grade → recheck → key
 * evaluation with a third party and experts → two problems, one rectified → a budget reduction
 * applied to 2025 → disclosure → the county's provincial self-score reviewed by the province.
 */
const FINANCE: TokenSpec = { role: 'COUNTY_ADMIN', tenant: '370406', subject: 'shanting.finance' };
const TRANSPORT: TokenSpec = { role: 'DEPARTMENT_USER', tenant: '370406', department: 'JT', subject: 'shanting.transport' };
const PROVINCE: TokenSpec = { role: 'PROVINCE_ADMIN', province: '37', subject: 'shandong.finance' };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** Runs one step and returns its data; a step that fails stops the walk with the errors. */
async function step<R, V>(document: TypedDocumentNode<R, V>, variables: V, as: TokenSpec): Promise<R> {
  const result = await app.request(document, variables, as);
  if (result.errors || !result.data) throw new Error(`step failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** What the walk has produced so far, read by the later steps. */
const the = {} as {
  departmentId: string;
  projectId: string;
  projectYearId: string;
  projectYearVersion: number;
  goalId: string;
  indicatorIds: string[];
  keyEvaluationId: string;
  problemIds: string[];
};

describe('山亭区 2024: one project through the whole performance year', () => {
  it('the finance bureau registers the transport bureau; the bureau enters a new 500万 project', async () => {
    const department = await step(CreateDepartmentDocument, { input: { code: 'JT', name: '山亭区交通运输局' } }, FINANCE);
    the.departmentId = department.createDepartment.id;
    const project = await step(
      CreateProjectDocument,
      { input: { departmentId: the.departmentId, code: 'JT2024001', name: '农村公路提档升级工程', kindCode: '31', nature: 'NEW', termYears: 1 } },
      TRANSPORT,
    );
    the.projectId = project.createProject.id;
    const year = await step(
      CreateProjectYearDocument,
      { input: { projectId: the.projectId, fiscalYear: 2024, budgetType: 'GENERAL_PUBLIC', requestedAmount: '5000000.00' } },
      TRANSPORT,
    );
    the.projectYearId = year.createProjectYear.id;
    expect(year.createProjectYear).toMatchObject({ status: 'DRAFT', preAssessmentRequired: true, preAssessmentTriggers: ['NEW_MAJOR_PROJECT'] });
  });

  it('事前绩效评估: the bureau submits an assessment; finance concludes 予以支持', async () => {
    const draft = await step(CreatePreAssessmentDocument, { input: { projectYearId: the.projectYearId, assessor: 'SELF' } }, TRANSPORT);
    const sent = await step(SubmitPreAssessmentDocument, { input: { id: draft.createPreAssessment.id, version: 1 } }, TRANSPORT);
    const scores = { necessity: '18', economy: '17', goal: '17', feasibility: '18', financing: '16' };
    const concluded = await step(
      ConcludePreAssessmentDocument,
      { input: { id: draft.createPreAssessment.id, version: sent.submitPreAssessment.version, conclusion: 'SUPPORT', scores, opinion: '立项必要，方案可行' } },
      FINANCE,
    );
    expect(concluded.concludePreAssessment).toMatchObject({ status: 'CONCLUDED', totalScore: '86.00', conclusionLabel: '予以支持' });
  });

  it('绩效目标: the bureau sets a goal with indicators; finance reviews it 良; the project enters the library and its budget is approved', async () => {
    const goal = await step(
      CreateGoalDocument,
      { input: { subject: 'PROJECT', projectYearId: the.projectYearId, goalText: '完成12公里农村公路提档升级，群众出行条件明显改善', indicators: standardIndicators() } },
      TRANSPORT,
    );
    the.goalId = goal.createGoal.id;
    the.indicatorIds = goal.createGoal.indicators.map((indicator) => indicator.id);
    // 先审核、后入库: the request cannot enter the library before the goal is approved.
    const submitted = await step(SubmitProjectYearDocument, { input: { id: the.projectYearId, version: 1 } }, TRANSPORT);
    const early = await app.request(EnterLibraryDocument, { input: { id: the.projectYearId, version: submitted.submitProjectYear.version } }, FINANCE);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'SUBMITTED' });
    expect(early.errors?.[0].message).toMatch(/performance goal is DRAFT/);

    const sent = await step(SubmitGoalDocument, { input: { id: the.goalId, version: 1 } }, TRANSPORT);
    const review = { completeness: true, relevance: true, reasonableness: true, measurability: true, opinion: '目标明确，指标可衡量' };
    const reviewed = await step(ReviewGoalDocument, { input: { id: the.goalId, version: sent.submitGoal.version, grade: 'GOOD', ...review } }, FINANCE);
    expect(reviewed.reviewGoal).toMatchObject({ status: 'APPROVED', isCurrent: true });

    const entered = await step(EnterLibraryDocument, { input: { id: the.projectYearId, version: submitted.submitProjectYear.version } }, FINANCE);
    const approved = await step(ApproveBudgetDocument, { input: { id: the.projectYearId, version: entered.enterLibrary.version, amount: '5000000.00' } }, FINANCE);
    expect(approved.approveBudget).toMatchObject({ status: 'APPROVED', approvedAmount: '5000000.00', goal: { status: 'ISSUED' } });
    the.projectYearVersion = approved.approveBudget.version;
  });

  it('双监控: two rounds; June lags the schedule (YELLOW), September is on schedule (GREEN)', async () => {
    const june = await step(CreateMonitoringRoundDocument, { input: { fiscalYear: 2024, periodEnd: '2024-06-30', dueDate: '2024-07-15', title: '2024年1-6月绩效运行监控', kind: 'PERIODIC' } }, FINANCE);
    const september = await step(CreateMonitoringRoundDocument, { input: { fiscalYear: 2024, periodEnd: '2024-09-30', dueDate: '2024-10-15', title: '2024年1-9月绩效运行监控', kind: 'PERIODIC' } }, FINANCE);
    const values = (built: string, months: string) => [
      { indicatorId: the.indicatorIds[0], actualToDate: built, expectedYearEnd: '12' },
      { indicatorId: the.indicatorIds[1], actualToDate: months, expectedYearEnd: '10' },
      { indicatorId: the.indicatorIds[2], actualText: '正在改善', expectedText: '明显改善' },
      { indicatorId: the.indicatorIds[3], actualToDate: '88', expectedYearEnd: '92' },
    ];

    const first = await step(
      CreateMonitoringRecordDocument,
      {
        input: {
          roundId: june.createMonitoringRound.id,
          projectYearId: the.projectYearId,
          executedToDate: '1800000.00',
          expectedYearEnd: '4900000.00',
          likelihood: 'CERTAIN',
          deviationReasons: ['FUNDING'],
          deviationNote: '上级补助资金到位较晚',
          indicatorValues: values('4', '6'),
        },
      },
      TRANSPORT,
    );
    expect(first.createMonitoringRecord).toMatchObject({ executionRatePct: '36.00', schedulePct: '40.00', lagPct: '4.00', warningLevel: 'YELLOW' });
    const firstSent = await step(SubmitMonitoringRecordDocument, { input: { id: first.createMonitoringRecord.id, version: first.createMonitoringRecord.version } }, TRANSPORT);
    const firstAudited = await step(AuditMonitoringRecordDocument, { input: { id: first.createMonitoringRecord.id, version: firstSent.submitMonitoringRecord.version, opinion: '加快支出进度' } }, FINANCE);
    expect(firstAudited.auditMonitoringRecord).toMatchObject({ status: 'AUDITED', warningLevel: 'YELLOW' });

    const second = await step(
      CreateMonitoringRecordDocument,
      {
        input: {
          roundId: september.createMonitoringRound.id,
          projectYearId: the.projectYearId,
          executedToDate: '3500000.00',
          expectedYearEnd: '4900000.00',
          likelihood: 'CERTAIN',
          indicatorValues: values('9', '9'),
        },
      },
      TRANSPORT,
    );
    expect(second.createMonitoringRecord).toMatchObject({ executionRatePct: '70.00', schedulePct: '70.00', warningLevel: 'GREEN' });
    const secondSent = await step(SubmitMonitoringRecordDocument, { input: { id: second.createMonitoringRecord.id, version: second.createMonitoringRecord.version } }, TRANSPORT);
    await step(AuditMonitoringRecordDocument, { input: { id: second.createMonitoringRecord.id, version: secondSent.submitMonitoringRecord.version } }, FINANCE);

    const executed = await step(RecordExecutionDocument, { input: { id: the.projectYearId, version: the.projectYearVersion, amount: '4800000.00' } }, FINANCE);
    const closed = await step(CloseProjectYearDocument, { input: { id: the.projectYearId, version: executed.recordExecution.version } }, FINANCE);
    expect(closed.closeProjectYear).toMatchObject({ status: 'CLOSED', executedAmount: '4800000.00' });
  });

  it('单位自评: the platform scores the project 97.52 (优); finance reviews and rechecks it', async () => {
    await step(SetSelfEvaluationScopeDocument, { input: { fiscalYear: 2024, projectYearIds: [the.projectYearId], required: true } }, FINANCE);
    const evaluation = await step(
      CreateSelfEvaluationDocument,
      {
        input: {
          subject: 'PROJECT',
          projectYearId: the.projectYearId,
          summary: '项目按期完工',
          indicators: [
            { indicatorId: the.indicatorIds[0], actualValue: '11' },
            { indicatorId: the.indicatorIds[1], actualValue: '10' },
            { indicatorId: the.indicatorIds[2], achievement: 'ACHIEVED' },
            { indicatorId: the.indicatorIds[3], actualValue: '95' },
          ],
        },
      },
      TRANSPORT,
    );
    // 10 × 4.8/5.0 + 25 × 11/12 + 25 + 30 + 10 = 97.5166… → 97.52
    expect(evaluation.createSelfEvaluation).toMatchObject({ executionScore: '9.60', totalScore: '97.52', grade: 'EXCELLENT', gradeLabel: '优' });
    const id = evaluation.createSelfEvaluation.id;
    const sent = await step(SubmitSelfEvaluationDocument, { input: { id, version: evaluation.createSelfEvaluation.version } }, TRANSPORT);
    const reviewed = await step(ReviewSelfEvaluationDocument, { input: { id, version: sent.submitSelfEvaluation.version } }, FINANCE);
    expect(reviewed.reviewSelfEvaluation.status).toBe('FINANCE_REVIEWED');
    const recheck = await step(RecheckSelfEvaluationDocument, { input: { selfEvaluationId: id, version: reviewed.reviewSelfEvaluation.version, recheckScore: '95.00', opinion: '抽查复核' } }, FINANCE);
    expect(recheck.recheckSelfEvaluation).toMatchObject({ discrepancy: '2.52', largeDiscrepancy: false, notify: false });
  });

  it('财政重点评价: a third party and two experts evaluate the project 85 (良); two problems, one rectified and verified', async () => {
    const industry = await step(CreateExpertDocument, { input: { name: '王工', specialty: 'INDUSTRY', organization: '枣庄市交通规划设计院' } }, FINANCE);
    const accounting = await step(CreateExpertDocument, { input: { name: '李会计', specialty: 'FINANCE', organization: '山东某会计师事务所' } }, FINANCE);
    const created = await step(
      CreateKeyEvaluationDocument,
      {
        input: {
          object: 'PROJECT',
          title: '农村公路提档升级工程重点绩效评价',
          fiscalYear: 2024,
          yearConducted: 2025,
          projectYearId: the.projectYearId,
          organizer: '山亭区财政局',
          thirdPartyName: '山东某绩效评价有限公司',
          expertIds: [industry.createExpert.id, accounting.createExpert.id],
          methods: ['DOCUMENT_REVIEW', 'FIELD_RESEARCH', 'QUESTIONNAIRE', 'INTERVIEW'],
        },
      },
      FINANCE,
    );
    the.keyEvaluationId = created.createKeyEvaluation.id;
    expect(created.createKeyEvaluation).toMatchObject({ amount: '5000000.00', budgetType: 'GENERAL_PUBLIC', thirdPartyName: '山东某绩效评价有限公司' });
    const started = await step(StartKeyEvaluationDocument, { input: { id: the.keyEvaluationId, version: created.createKeyEvaluation.version } }, FINANCE);
    const final = await step(
      FinalizeKeyEvaluationDocument,
      { input: { id: the.keyEvaluationId, version: started.startKeyEvaluation.version, scores: { decision: '18', process: '17', output: '26', benefit: '24' } } },
      FINANCE,
    );
    expect(final.finalizeKeyEvaluation).toMatchObject({ status: 'FINAL', totalScore: '85.00', grade: 'GOOD', gradeLabel: '良' });

    const problem = (category: 'FUND_MANAGEMENT' | 'IMPLEMENTATION', description: string, suggestion: string) =>
      step(CreateProblemDocument, { input: { source: 'KEY_EVALUATION', keyEvaluationId: the.keyEvaluationId, category, description, suggestion } }, FINANCE);
    const funds = await problem('FUND_MANAGEMENT', '资金支付进度滞后', '加快资金拨付');
    const works = await problem('IMPLEMENTATION', '部分路段养护不到位', '建立养护长效机制');
    the.problemIds = [funds.createProblem.id, works.createProblem.id];
    const feedback = await step(IssueKeyEvaluationFeedbackDocument, { input: { id: the.keyEvaluationId, version: final.finalizeKeyEvaluation.version, feedbackDate: '2025-05-10' } }, FINANCE);
    expect(feedback.issueKeyEvaluationFeedback.status).toBe('FEEDBACK_ISSUED');

    // The bureau rectifies the first problem; finance verifies the report.
    const [first] = the.problemIds;
    const notified = await step(ProblemByIdDocument, { id: first }, TRANSPORT);
    expect(notified.problem).toMatchObject({ status: 'OPEN', notifiedOn: '2025-05-10', deadline: '2025-06-09' });
    const started1 = await step(StartRectificationDocument, { input: { id: first, version: notified.problem!.version } }, TRANSPORT);
    const reported = await step(ReportRectificationDocument, { input: { id: first, version: started1.startRectification.version, report: '已完成全部拨付' } }, TRANSPORT);
    const verified = await step(VerifyRectificationDocument, { input: { id: first, version: reported.reportRectification.version, opinion: '整改到位' } }, FINANCE);
    expect(verified.verifyRectification).toMatchObject({ status: 'VERIFIED', isOverdue: false });

    // The second is past its deadline (feedback + 30 days) and shows as overdue.
    const overdue = await step(ProblemsDocument, { filter: { overdue: true } }, FINANCE);
    expect(overdue.problems.nodes.map((node) => [node.id, node.deadline, node.isOverdue])).toEqual([[the.problemIds[1], '2025-06-09', true]]);
    // An evaluation with an open problem cannot be closed.
    const closing = await app.request(CloseKeyEvaluationDocument, { input: { id: the.keyEvaluationId, version: feedback.issueKeyEvaluationFeedback.version } }, FINANCE);
    expect(closing.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    await step(RecordKeyEvaluationReportingDocument, { input: { id: the.keyEvaluationId, version: feedback.issueKeyEvaluationFeedback.version, reportedToGovernmentOn: '2025-06-01', reportedToCongressOn: '2025-06-20' } }, FINANCE);
  });

  it('结果应用: the evaluation reduces the 2025 budget by 50万', async () => {
    const applied = await step(
      CreateResultApplicationDocument,
      { input: { keyEvaluationId: the.keyEvaluationId, projectId: the.projectId, targetFiscalYear: 2025, action: 'REDUCE', amountDelta: '-500000.00', decidedOn: '2025-06-15', documentNo: '山财绩〔2025〕5号' } },
      FINANCE,
    );
    expect(applied.createResultApplication).toMatchObject({ action: 'REDUCE', amountDelta: '-500000.00', evaluatedFiscalYear: 2024 });
    const summary = await step(ResultApplicationSummaryDocument, { fiscalYear: 2025 }, FINANCE);
    expect(summary.resultApplicationSummary).toMatchObject({ count: 1, reductions: '500000.00', increases: '0.00', net: '-500000.00', absolute: '500000.00' });
  });

  it('信息公开: the goal and the evaluation report are published', async () => {
    const goal = await step(
      RecordDisclosureDocument,
      { input: { fiscalYear: 2024, docType: 'GOAL_TABLE', subjectKind: 'GOAL', subjectId: the.goalId, channel: 'BUDGET_PORTAL', publishedOn: '2024-02-10', url: 'https://www.shanting.gov.cn/yjsgk/2024/jt.html' } },
      FINANCE,
    );
    expect(goal.recordDisclosure).toMatchObject({ docTypeLabel: '绩效目标表', channelLabel: '预决算公开平台', status: 'PUBLISHED' });
    const report = await step(
      RecordDisclosureDocument,
      { input: { fiscalYear: 2024, docType: 'EVALUATION_REPORT', subjectKind: 'EVALUATION', subjectId: the.keyEvaluationId, channel: 'TO_NPC', publishedOn: '2025-06-20' } },
      FINANCE,
    );
    expect(report.recordDisclosure.channel).toBe('TO_NPC');
  });

  it('考核: 山东 scores 山亭区 on its scheme; the county self-scores 25 of 25; the province reviews 23.5', async () => {
    const items = [
      ['ZD', '制度建设', '2'],
      ['PX', '交流培训', '1'],
      ['SQ', '事前绩效评估', '2'],
      ['MB', '绩效目标管理', '4'],
      ['JK', '绩效监控管理', '3'],
      ['PJ', '绩效评价管理', '7'],
      ['YY', '评价结果应用', '4'],
      ['GK', '绩效信息公开', '2'],
    ].map(([code, name, maxPoints]) => ({ code, name, maxPoints }));
    const scheme = await step(CreateAppraisalSchemeDocument, { input: { fiscalYear: 2024, name: '2024年度预算绩效管理工作考核', totalPoints: '25', items } }, PROVINCE);
    const published = await step(PublishAppraisalSchemeDocument, { input: { id: scheme.createAppraisalScheme.id, version: scheme.createAppraisalScheme.version } }, PROVINCE);
    const itemIds = Object.fromEntries(published.publishAppraisalScheme.items.map((item) => [item.code, item.id]));

    const started = await step(StartAppraisalSubmissionDocument, { input: { schemeId: scheme.createAppraisalScheme.id } }, FINANCE);
    const submissionId = started.startAppraisalSubmission.id;
    const selfScores = items.map((item) => ({ itemId: itemIds[item.code], selfScore: item.maxPoints, evidence: '见佐证材料' }));
    const saved = await step(SaveAppraisalSelfScoresDocument, { input: { id: submissionId, version: started.startAppraisalSubmission.version, scores: selfScores } }, FINANCE);
    const submitted = await step(SubmitAppraisalSubmissionDocument, { input: { id: submissionId, version: saved.saveAppraisalSelfScores.version } }, FINANCE);
    expect(submitted.submitAppraisalSubmission.summary).toMatchObject({ selfScore: '25.00', selfScoreRate: '100.00' });

    const review = await step(StartAppraisalReviewDocument, { input: { submissionId } }, PROVINCE);
    const reviewScores = items.map((item) => ({ itemId: itemIds[item.code], reviewedScore: item.code === 'PJ' ? '5.5' : item.maxPoints }));
    const scored = await step(SaveAppraisalReviewScoresDocument, { input: { id: review.startAppraisalReview.id, version: review.startAppraisalReview.version, scores: reviewScores } }, PROVINCE);
    await step(FinalizeAppraisalReviewDocument, { input: { id: review.startAppraisalReview.id, version: scored.saveAppraisalReviewScores.version } }, PROVINCE);

    const seen = await step(AppraisalSubmissionDocument, { id: submissionId }, FINANCE);
    expect(seen.appraisalSubmission).toMatchObject({
      status: 'REVIEWED',
      summary: { selfScore: '25.00', selfScoreRate: '100.00', reviewedScore: '23.50', reviewedScoreRate: '94.00' },
    });
  });

  it('the audit log shows who did each step of the year', async () => {
    const log = await step(AuditLogDocument, { first: 100, filter: { entityId: the.projectYearId } }, FINANCE);
    expect(log.auditLog.nodes.map((event) => [event.actorSubject, event.operation, event.action])).toEqual(
      expect.arrayContaining([
        ['shanting.transport', 'createProjectYear', 'INSERT'],
        ['shanting.transport', 'submitProjectYear', 'UPDATE'],
        ['shanting.finance', 'enterLibrary', 'UPDATE'],
        ['shanting.finance', 'approveBudget', 'UPDATE'],
        ['shanting.finance', 'closeProjectYear', 'UPDATE'],
      ]),
    );
    const read = await step(ProjectYearByIdDocument, { id: the.projectYearId }, TRANSPORT);
    expect(read.projectYear).toMatchObject({ status: 'CLOSED', goal: { status: 'ISSUED' }, preAssessment: { conclusion: 'SUPPORT' } });
  });
});
