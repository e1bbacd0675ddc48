import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { fromFen, toFen } from '../../money.js';
import { CONCLUDED } from '../evaluation/key-evaluation.entity.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { ACTION_SIGN, RESULT_ACTION_LABELS, ResultApplication } from './result-application.entity.js';
import type { CreateResultApplicationInput } from './result-application.inputs.js';

const SIGN_RULE = {
  positive: 'a positive amount (yuan added to the budget)',
  zero: 'an amount of 0',
  negative: 'a negative amount (yuan taken off the budget)',
  any: 'any amount',
} as const;

function signMatches(fen: bigint, sign: keyof typeof SIGN_RULE): boolean {
  switch (sign) {
    case 'positive':
      return fen > 0n;
    case 'zero':
      return fen === 0n;
    case 'negative':
      return fen < 0n;
    case 'any':
      return true;
  }
}

/** Records a budget adjustment caused by an evaluation result (finance). */
export async function createResultApplication(ctx: Context, input: CreateResultApplicationInput): Promise<ResultApplication> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'applies evaluation results to budgets');
  if (input.keyEvaluationId && input.selfEvaluationId) throw badUserInput('selfEvaluationId', 'give keyEvaluationId or selfEvaluationId, not both.');
  if (!input.keyEvaluationId && !input.selfEvaluationId) throw badUserInput('keyEvaluationId', 'name the key evaluation (or selfEvaluationId) whose result is applied.');

  let evaluatedFiscalYear: number;
  if (input.keyEvaluationId) {
    const evaluation = await ctx.loaders.keyEvaluation.keyEvaluationById.load(input.keyEvaluationId);
    if (!evaluation || evaluation.tenantId !== tenant.id) throw badUserInput('keyEvaluationId', 'no such key evaluation in your tenant.');
    if (!CONCLUDED.includes(evaluation.status)) {
      throw badUserInput('keyEvaluationId', `the key evaluation is ${evaluation.status}; its result can be applied once it is FINAL.`);
    }
    if (input.evaluatedFiscalYear != null && input.evaluatedFiscalYear !== evaluation.fiscalYear) {
      throw badUserInput('evaluatedFiscalYear', `the key evaluation measured ${evaluation.fiscalYear}; leave evaluatedFiscalYear unset.`);
    }
    evaluatedFiscalYear = evaluation.fiscalYear;
  } else {
    const selfEvaluation = await ctx.loaders.selfEvaluation.selfEvaluationById.load(input.selfEvaluationId!);
    if (!selfEvaluation || selfEvaluation.tenantId !== tenant.id) throw badUserInput('selfEvaluationId', 'no such self-evaluation in your tenant.');
    if (input.evaluatedFiscalYear != null && input.evaluatedFiscalYear !== selfEvaluation.fiscalYear) {
      throw badUserInput('evaluatedFiscalYear', `the self-evaluation measured ${selfEvaluation.fiscalYear}; leave evaluatedFiscalYear unset.`);
    }
    evaluatedFiscalYear = selfEvaluation.fiscalYear;
  }

  const sign = ACTION_SIGN[input.action];
  if (!signMatches(toFen(input.amountDelta), sign)) {
    throw badUserInput('amountDelta', `${input.action} (${RESULT_ACTION_LABELS[input.action]}) needs ${SIGN_RULE[sign]}; got ${fromFen(toFen(input.amountDelta))}.`);
  }
  if (input.targetFiscalYear <= evaluatedFiscalYear) {
    throw badUserInput('targetFiscalYear', `must be after the fiscal year evaluated (${evaluatedFiscalYear}): results apply to later budgets.`);
  }
  const project = await ctx.loaders.projects.projectById.load(input.projectId);
  if (!project || project.tenantId !== tenant.id) throw badUserInput('projectId', 'no such project in your tenant.');

  return ctx.db.serial(async (em) => {
    const application = em.create(ResultApplication, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      keyEvaluationId: input.keyEvaluationId ?? null,
      selfEvaluationId: input.selfEvaluationId ?? null,
      evaluatedFiscalYear,
      projectId: project.id,
      departmentId: project.departmentId,
      action: input.action,
      amountDelta: fromFen(toFen(input.amountDelta)),
      targetFiscalYear: input.targetFiscalYear,
      documentNo: input.documentNo?.trim() ?? null,
      decidedOn: input.decidedOn,
      note: input.note?.trim() ?? null,
      version: 1,
    });
    await em.flush();
    ctx.loaders.results.resultApplicationsByProject.clear(project.id);
    if (input.keyEvaluationId) ctx.loaders.results.resultApplicationsByKeyEvaluation.clear(input.keyEvaluationId);
    return application;
  });
}

export interface SummaryRow {
  count: number;
  project_count: number;
  reductions: string;
  increases: string;
  net: string;
  absolute: string;
}

/** The year's adjustments summed exactly in SQL: reductions and increases as magnitudes, net signed. */
export async function summarize(ctx: Context, fiscalYear: number, tenantId: string | null): Promise<SummaryRow> {
  const [row] = await ctx.db.query<SummaryRow>(
    `select count(*)::int as count,
            count(distinct project_id)::int as project_count,
            round(coalesce(sum(-amount_delta) filter (where amount_delta < 0), 0), 2)::text as reductions,
            round(coalesce(sum(amount_delta) filter (where amount_delta > 0), 0), 2)::text as increases,
            round(coalesce(sum(amount_delta), 0), 2)::text as net,
            round(coalesce(sum(abs(amount_delta)), 0), 2)::text as absolute
       from result_application
      where target_fiscal_year = ? and (?::uuid is null or tenant_id = ?::uuid)`,
    [fiscalYear, tenantId, tenantId],
  );
  return row;
}
