import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { fromFen, ratio, toFen } from '../../money.js';
import { requireState, requireVersion } from '../../workflow/state-machine.js';
import { Tenant } from '../regions/region.entities.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { gradeFor } from '../rules/rule-definitions.js';
import { ruleFor } from '../rules/rule.service.js';
import { SelfEvaluationRecheck } from './recheck.entity.js';
import type { RecheckSelfEvaluationInput } from './recheck.inputs.js';
import { SelfEvaluationGrade, SelfEvaluationStatus } from './self-evaluation.entity.js';
import { cmp, fraction } from './self-evaluation.scoring.js';

/**
 * Records the recheck of a finance-reviewed self-evaluation. Both scores are graded under the
 * region's current scheme, so "the grade differs" compares like with like.
 */
export async function recheckSelfEvaluation(ctx: Context, input: RecheckSelfEvaluationInput): Promise<SelfEvaluationRecheck> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'rechecks self-evaluations (抽查复核)');
  const evaluation = await ctx.loaders.selfEvaluation.selfEvaluationById.load(input.selfEvaluationId);
  if (!evaluation) throw notFound(`Self-evaluation ${input.selfEvaluationId}`);
  requireVersion('self-evaluation', evaluation, input.version);
  requireState('self-evaluation', evaluation.status, [SelfEvaluationStatus.FINANCE_REVIEWED], 'recheck');
  const existing = await ctx.loaders.selfEvaluation.recheckBySelfEvaluation.load(evaluation.id);
  if (existing) {
    throw badUserInput('selfEvaluationId', `this self-evaluation was already rechecked (score ${existing.recheckScore}, ${existing.recheckedAt.toISOString().slice(0, 10)}); one recheck per self-evaluation.`);
  }
  const [scheme, rule] = await Promise.all([ruleFor(ctx, evaluation.tenantId, 'gradeScheme'), ruleFor(ctx, evaluation.tenantId, 'recheck')]);
  const selfScore = evaluation.totalScore!;
  const recheckScore = fromFen(toFen(input.recheckScore));
  const gap = toFen(selfScore) - toFen(recheckScore);
  const discrepancy = fromFen(gap < 0n ? -gap : gap);
  const selfGrade = gradeFor(Number(selfScore), scheme) as SelfEvaluationGrade;
  const recheckGrade = gradeFor(Number(recheckScore), scheme) as SelfEvaluationGrade;
  const gradeDiffers = selfGrade !== recheckGrade;
  const largeDiscrepancy = cmp(fraction(discrepancy), fraction(rule.largeDiscrepancyPoints)) >= 0 || gradeDiffers;
  return ctx.db.serial(async (em) => {
    const recheck = em.create(SelfEvaluationRecheck, {
      tenantId: evaluation.tenantId,
      id: crypto.randomUUID(),
      selfEvaluationId: evaluation.id,
      departmentId: evaluation.departmentId,
      selfScore,
      selfGrade,
      recheckScore,
      recheckGrade,
      discrepancy,
      gradeDiffers,
      largeDiscrepancy,
      notify: largeDiscrepancy || recheckGrade === SelfEvaluationGrade.POOR,
      opinion: input.opinion?.trim() ?? null,
      rechecker: ctx.scope.subject,
      recheckedAt: new Date(),
      version: 1,
    });
    await em.flush();
    ctx.loaders.selfEvaluation.recheckBySelfEvaluation.clear(evaluation.id);
    return recheck;
  });
}

export interface CoverageCounts {
  reviewed: number;
  rechecked: number;
  largeDiscrepancies: number;
  notifications: number;
  /** rechecked / reviewed, four decimals; null when nothing was reviewed. */
  ratio: string | null;
  /** Meets the region's recheck.minRatio (vacuously when nothing was reviewed). */
  meetsMinimum: boolean;
}

export interface DepartmentCoverage extends CoverageCounts {
  departmentId: string;
}

export interface TenantCoverage extends CoverageCounts {
  tenant: Tenant;
  fiscalYear: number;
  minRatio: string;
  departments: DepartmentCoverage[];
}

function counts(row: { reviewed: number; rechecked: number; large: number; notify: number }, minRatio: number): CoverageCounts {
  const min = fraction(minRatio);
  return {
    reviewed: row.reviewed,
    rechecked: row.rechecked,
    largeDiscrepancies: row.large,
    notifications: row.notify,
    ratio: ratio(BigInt(row.rechecked), BigInt(row.reviewed)),
    // rechecked / reviewed ≥ n / d, compared exactly.
    meetsMinimum: row.reviewed === 0 || BigInt(row.rechecked) * min.d >= min.n * BigInt(row.reviewed),
  };
}

/**
 * 抽查复核 coverage of a fiscal year: per visible tenant (and per department inside it), rechecked
 * over finance-reviewed self-evaluations, against the region's recheck.minRatio.
 */
export async function recheckCoverage(ctx: Context, fiscalYear: number, tenantCode?: string): Promise<TenantCoverage[]> {
  const tenants = await ctx.db.serial((em) => em.find(Tenant, tenantCode ? { code: tenantCode } : {}, { orderBy: { code: 'asc' } }));
  if (tenants.length === 0) return [];
  const rows = await ctx.db.query<{ tenant_id: string; department_id: string; reviewed: number; rechecked: number; large: number; notify: number }>(
    `select s.tenant_id, s.department_id, count(*)::int as reviewed, count(c.id)::int as rechecked,
            count(c.id) filter (where c.large_discrepancy)::int as large, count(c.id) filter (where c.notify)::int as notify
       from self_evaluation s
       join department d on d.tenant_id = s.tenant_id and d.id = s.department_id
       left join self_evaluation_recheck c on c.tenant_id = s.tenant_id and c.self_evaluation_id = s.id
      where s.tenant_id = any(?) and s.fiscal_year = ? and s.status = 'FINANCE_REVIEWED'
      group by s.tenant_id, s.department_id, d.code
      order by d.code`,
    [tenants.map((tenant) => tenant.id), fiscalYear],
  );
  return Promise.all(
    tenants.map(async (tenant) => {
      const rule = await ruleFor(ctx, tenant.id, 'recheck');
      const own = rows.filter((row) => row.tenant_id === tenant.id);
      const sum = (key: 'reviewed' | 'rechecked' | 'large' | 'notify') => own.reduce((total, row) => total + row[key], 0);
      return {
        tenant,
        fiscalYear,
        minRatio: ratio(fraction(rule.minRatio).n, fraction(rule.minRatio).d)!,
        ...counts({ reviewed: sum('reviewed'), rechecked: sum('rechecked'), large: sum('large'), notify: sum('notify') }, rule.minRatio),
        departments: own.map((row) => ({ departmentId: row.department_id, ...counts(row, rule.minRatio) })),
      };
    }),
  );
}
