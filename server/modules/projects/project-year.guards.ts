import type { Context } from '../../graphql/context.js';
import { preAssessmentBlocker } from '../assessment-ex-ante/pre-assessment.service.js';
import { goalBlocker, issueGoalsOf } from '../goals/goal.service.js';
import type { ProjectYear } from './project-year.entity.js';

/**
 * Why a project year may not enter the library or get its budget approved: a required ex-ante
 * assessment that is missing, unfinished or 不予支持; a goal that is not approved (先审核、后入库).
 */
export async function approvalBlockers(ctx: Context, year: ProjectYear): Promise<string[]> {
  const reasons = await Promise.all([preAssessmentBlocker(ctx, year), goalBlocker(ctx, year)]);
  return reasons.filter((reason): reason is string => reason !== null);
}

/** 谁批复预算谁批复目标: approving the budget issues the approved goal with it. */
export async function onBudgetApproved(ctx: Context, year: ProjectYear): Promise<void> {
  await issueGoalsOf(ctx, year);
}
