import {
  ApproveBudgetDocument,
  CreateGoalDocument,
  CreateProjectDocument,
  CreateProjectYearDocument,
  EnterLibraryDocument,
  ReviewGoalDocument,
  SubmitGoalDocument,
  SubmitProjectYearDocument,
  type CreateProjectInput,
  type CreateProjectYearInput,
  type IndicatorInput,
} from '../../schema/generated/graphql.js';
import type { TestApp, TokenSpec } from './test-app.js';

/** Fails the test with the GraphQL errors when a step of an arrangement does not succeed. */
export function expectData<T>(result: { data?: T | null; errors?: unknown[] }, step: string): T {
  if (!result.data || result.errors) throw new Error(`${step} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A valid indicator set: 产出 25+25, 效益 30, 满意度 10 (the national 50/30/10). */
export function standardIndicators(): IndicatorInput[] {
  return [
    { level1: 'OUTPUT', level2: 'QUANTITY', name: '维修道路长度', comparator: 'GTE', targetValue: '12', unit: '公里', weight: '25' },
    { level1: 'OUTPUT', level2: 'TIMELINESS', name: '完工时间', comparator: 'LTE', targetValue: '10', unit: '月', weight: '25' },
    { level1: 'BENEFIT', level2: 'SOCIAL', name: '通行条件', comparator: 'QUALITATIVE', targetText: '明显改善', unit: '', weight: '30' },
    { level1: 'SATISFACTION', level2: 'SATISFACTION', name: '群众满意度', comparator: 'GTE', targetValue: '90', unit: '%', weight: '10' },
  ];
}

/** A library entry and its DRAFT budget year. */
export async function draftProjectYear(
  app: TestApp,
  as: TokenSpec,
  project: CreateProjectInput,
  year: Omit<CreateProjectYearInput, 'projectId'>,
) {
  const created = expectData(await app.request(CreateProjectDocument, { input: project }, as), 'createProject').createProject;
  const draft = expectData(await app.request(CreateProjectYearDocument, { input: { ...year, projectId: created.id } }, as), 'createProjectYear');
  return { projectId: created.id, year: draft.createProjectYear };
}

/** Creates, submits and approves (grade GOOD) a goal of a project year; returns the approved goal. */
export async function approvedGoal(app: TestApp, as: TokenSpec, admin: TokenSpec, projectYearId: string, indicators = standardIndicators()) {
  const goal = expectData(
    await app.request(CreateGoalDocument, { input: { subject: 'PROJECT', projectYearId, goalText: '完成年度任务', indicators } }, as),
    'createGoal',
  ).createGoal;
  const submitted = expectData(await app.request(SubmitGoalDocument, { input: { id: goal.id, version: goal.version } }, as), 'submitGoal').submitGoal;
  const review = { id: goal.id, version: submitted.version, grade: 'GOOD' as const, completeness: true, relevance: true, reasonableness: true, measurability: true };
  return expectData(await app.request(ReviewGoalDocument, { input: review }, admin), 'reviewGoal').reviewGoal;
}

/**
 * A project year taken through the budget process by the API: request, goal approved, submitted,
 * entered into the library, budget approved (the goal is issued with it).
 */
export async function approvedProjectYear(
  app: TestApp,
  options: { admin: TokenSpec; departmentId: string; code: string; requested?: string; approved?: string; fiscalYear?: number },
) {
  const { admin } = options;
  const { projectId, year } = await draftProjectYear(
    app,
    admin,
    { departmentId: options.departmentId, code: options.code, name: `项目 ${options.code}`, kindCode: '31' },
    { fiscalYear: options.fiscalYear ?? 2024, budgetType: 'GENERAL_PUBLIC', requestedAmount: options.requested ?? '1000000.00' },
  );
  await approvedGoal(app, admin, admin, year.id);
  const submitted = expectData(await app.request(SubmitProjectYearDocument, { input: { id: year.id, version: year.version } }, admin), 'submit').submitProjectYear;
  const entered = expectData(await app.request(EnterLibraryDocument, { input: { id: year.id, version: submitted.version } }, admin), 'enterLibrary').enterLibrary;
  const approved = expectData(
    await app.request(ApproveBudgetDocument, { input: { id: year.id, version: entered.version, amount: options.approved ?? options.requested ?? '1000000.00' } }, admin),
    'approveBudget',
  ).approveBudget;
  return { projectId, projectYear: approved };
}
