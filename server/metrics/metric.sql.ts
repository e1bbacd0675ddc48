// The SQL behind the metric registry. Each family is a set of CTEs ending in one CTE named after
// the family, with one row per (r, tenant_id): r is the comparison year R the row belongs to,
// tenant_id a tenant of `live_ids`. Families compute every column they offer for all tenants
// and all years of the statement at once (never per tenant). Metrics (metric.registry.ts) name a
// family column as their numerator and denominator; a tenant without rows gets 0 (coalesced by
// the statement), so a rate over nothing is 0 / 0 and its value null.
//
// The statement (metric.statement.ts) provides the two CTEs a family may read:
//   years(r)           the comparison years R (one for a comparison, a range for a trend)
//   live_ids(ids)      the tenants to compute, as one array, so `tenant_id = any (…)` uses the
//                      tenant indexes: a comparison's tenants without a fresh rollup, or the
//                      tenant whose rollup the refresher recomputes (metric.rollup.ts)
// and the family SQL runs as the API role in the request's transaction, so RLS decides which
// rows are counted (a department user's figures cover its own department's rows only). The same
// SQL computes the rollups, so a family's text is all there is of its formula.
//
// Plans: under RLS the planner cannot estimate how many rows a tenant scope holds (it multiplies
// the policy's `tenant_id = any (…)` with every other tenant condition and guesses one row), and
// a nested loop chosen on that guess turns quadratic: a project-year set probed once per project
// year, and a merge join on the guess pairs rows on tenant_id alone. So every family reads each
// table once, through its tenant and year range, and combines the sets with equi-joins on
// (tenant_id, id); the statement runs with nested loops and merge joins disabled
// (metric.service.ts), which leaves hash joins on every key: linear in the rows read, whatever
// the planner guesses. Every tenant table joined carries the tenant condition too (IN_SCOPE): a
// hash join may read its outer side before it finds the inner one empty, and a table without
// the condition is then read for all the tenants RLS shows (e.g. every project of a province
// when all its tenants come from rollups). Facts are taken in the fiscal year they carry (goals,
// monitoring rounds, disclosures of R), as the services keep them in step with their project year.
import { RULE_DEFAULTS } from '../modules/rules/rule-definitions.js';

/** One common table expression: `name as (sql)`. `params` fill its `?` placeholders in order. */
export interface Cte {
  name: string;
  sql: string;
  params?: () => unknown[];
  /** Computed once and kept: a row set two families (or several aggregates) read. */
  materialized?: boolean;
}

/** A family: the CTEs it needs, in order; the last one is named after the family. */
export interface MetricFamily {
  name: FamilyName;
  ctes: Cte[];
}

export type FamilyName =
  | 'f_py'
  | 'f_goals'
  | 'f_dept'
  | 'f_townships'
  | 'f_rounds'
  | 'f_self_py'
  | 'f_self'
  | 'f_key'
  | 'f_problems'
  | 'f_results'
  | 'f_pre_count'
  | 'f_pre_rate'
  | 'f_appraisal'
  | 'f_training';

/** Statuses of a key evaluation whose result stands ("FINAL or later"). */
const FINAL = `('FINAL', 'FEEDBACK_ISSUED', 'CLOSED')`;
/** The objects counted as 财政重点评价 of projects and policies. */
const KEY_OBJECTS = `('PROJECT', 'POLICY', 'SPECIAL_FUND', 'TRANSFER')`;
/** A goal in force: the current version, approved or issued. */
const IN_FORCE = (alias: string) => `${alias}.is_current and ${alias}.status in ('APPROVED', 'ISSUED')`;
/** The row belongs to a tenant computed (one array, evaluated once, matched on the tenant index). */
const IN_SCOPE = (alias: string) => `${alias}.tenant_id = any ((select ids from live_ids)::uuid[])`;
/**
 * Today in China, as of the transaction's start. The one input of a family that is not a row: a
 * rollup therefore records the date it was computed on (metric.statement.ts).
 */
export const CHINA_TODAY = `(now() at time zone 'Asia/Shanghai')::date`;

/** The column lies within the years asked, shifted by `offset` (−1 for R−1): an index range. */
const IN_YEARS = (column: string, offset = 0) => {
  const shift = offset === 0 ? '' : offset > 0 ? ` + ${offset}` : ` - ${-offset}`;
  return `${column} between (select min(r) from years)${shift} and (select max(r) from years)${shift}`;
};

// ---------------------------------------------------------------------------------------------
// PY(T,R): in-scope project years of fiscal year R (APPROVED or CLOSED, approved_amount > 0, kind
// 22 or 3x), with whether each has a goal in force, an AUDITED monitoring record, and a PUBLISHED
// GOAL_TABLE disclosure of its goal in force or of the project year.
// ---------------------------------------------------------------------------------------------
const pyGoal: Cte = {
  name: 'py_goal',
  sql: `
    select distinct g.tenant_id, g.project_year_id
      from performance_goal g
     where ${IN_SCOPE('g')} and ${IN_YEARS('g.fiscal_year')} and g.subject = 'PROJECT' and ${IN_FORCE('g')}`,
};

const pyMonitored: Cte = {
  name: 'py_monitored',
  sql: `
    select distinct m.tenant_id, m.project_year_id
      from monitoring_record m
      join monitoring_round mr on mr.tenant_id = m.tenant_id and mr.id = m.round_id
     where ${IN_SCOPE('m')} and ${IN_SCOPE('mr')} and ${IN_YEARS('mr.fiscal_year')} and m.status = 'AUDITED' and m.project_year_id is not null`,
};

const pyDisclosed: Cte = {
  name: 'py_disclosed',
  sql: `
    select d.tenant_id, d.project_year_id
      from disclosure d
     where ${IN_SCOPE('d')} and ${IN_YEARS('d.fiscal_year')}
       and d.doc_type = 'GOAL_TABLE' and d.status = 'PUBLISHED' and d.subject_kind = 'PROJECT_YEAR'
    union
    select g.tenant_id, g.project_year_id
      from disclosure d
      join performance_goal g on g.tenant_id = d.tenant_id and g.id = d.goal_id
     where ${IN_SCOPE('d')} and ${IN_SCOPE('g')} and ${IN_YEARS('d.fiscal_year')}
       and d.doc_type = 'GOAL_TABLE' and d.status = 'PUBLISHED' and d.subject_kind = 'GOAL'
       and g.subject = 'PROJECT' and ${IN_FORCE('g')}`,
};

const pyFlags: Cte = {
  name: 'py_flags',
  materialized: true,
  sql: `
    select y.fiscal_year as r, y.tenant_id, y.approved_amount, coalesce(y.adjusted_amount, y.approved_amount) as current_amount,
           pg.project_year_id is not null as has_goal,
           pm.project_year_id is not null as monitored,
           pd.project_year_id is not null as disclosed
      from project_year y
      join project p on p.tenant_id = y.tenant_id and p.id = y.project_id
      left join py_goal pg on pg.tenant_id = y.tenant_id and pg.project_year_id = y.id
      left join py_monitored pm on pm.tenant_id = y.tenant_id and pm.project_year_id = y.id
      left join py_disclosed pd on pd.tenant_id = y.tenant_id and pd.project_year_id = y.id
     where ${IN_SCOPE('y')} and ${IN_SCOPE('p')} and ${IN_YEARS('y.fiscal_year')}
       and y.status in ('APPROVED', 'CLOSED') and y.approved_amount > 0
       and (p.kind_code = '22' or p.kind_code like '3%')`,
};

const fPy: Cte = {
  name: 'f_py',
  sql: `
    select r, tenant_id,
           count(*) as n,
           sum(approved_amount) as approved,
           sum(current_amount) as current,
           count(*) filter (where has_goal) as with_goal,
           sum(approved_amount) filter (where has_goal) as with_goal_approved,
           sum(current_amount) filter (where has_goal) as with_goal_current,
           count(*) filter (where monitored) as monitored,
           sum(current_amount) filter (where monitored) as monitored_current,
           count(*) filter (where monitored and has_goal) as monitored_with_goal,
           sum(current_amount) filter (where monitored and has_goal) as monitored_with_goal_current,
           count(*) filter (where disclosed and has_goal) as disclosed_with_goal
      from py_flags
     group by r, tenant_id`,
};

// Goals in force of fiscal year R, project and department goals alike.
const fGoals: Cte = {
  name: 'f_goals',
  sql: `
    select g.fiscal_year as r, g.tenant_id, count(*) as in_force
      from performance_goal g
     where ${IN_SCOPE('g')} and ${IN_YEARS('g.fiscal_year')} and ${IN_FORCE('g')}
     group by g.fiscal_year, g.tenant_id`,
};

// ---------------------------------------------------------------------------------------------
// First-level departments (kind DEPARTMENT, is_first_level): how many, and how many have a
// department goal in force for R, a FINANCE_REVIEWED department self-evaluation of R−1, and a
// department-overall key evaluation conducted in R (FINAL or later).
// ---------------------------------------------------------------------------------------------
const deptGoal: Cte = {
  name: 'dept_goal',
  sql: `
    select distinct g.fiscal_year as r, g.tenant_id, g.department_id
      from performance_goal g
     where ${IN_SCOPE('g')} and ${IN_YEARS('g.fiscal_year')} and g.subject = 'DEPARTMENT' and ${IN_FORCE('g')}`,
};

const deptSelf: Cte = {
  name: 'dept_self',
  sql: `
    select distinct s.fiscal_year + 1 as r, s.tenant_id, s.department_id
      from self_evaluation s
     where ${IN_SCOPE('s')} and ${IN_YEARS('s.fiscal_year', -1)} and s.subject = 'DEPARTMENT' and s.status = 'FINANCE_REVIEWED'`,
};

const deptEvaluated: Cte = {
  name: 'dept_evaluated',
  sql: `
    select distinct k.year_conducted as r, k.tenant_id, k.department_id
      from key_evaluation k
     where ${IN_SCOPE('k')} and ${IN_YEARS('k.year_conducted')} and k.object = 'DEPARTMENT_OVERALL' and k.status in ${FINAL}`,
};

const fDept: Cte = {
  name: 'f_dept',
  sql: `
    select yr.r, d.tenant_id,
           count(*) as first_level,
           count(dg.department_id) as with_goal,
           count(ds.department_id) as self_evaluated,
           count(de.department_id) as evaluated
      from years yr
      cross join department d
      left join dept_goal dg on dg.r = yr.r and dg.tenant_id = d.tenant_id and dg.department_id = d.id
      left join dept_self ds on ds.r = yr.r and ds.tenant_id = d.tenant_id and ds.department_id = d.id
      left join dept_evaluated de on de.r = yr.r and de.tenant_id = d.tenant_id and de.department_id = d.id
     where ${IN_SCOPE('d')} and d.kind = 'DEPARTMENT' and d.is_first_level
     group by yr.r, d.tenant_id`,
};

// Townships (镇/街道) and how many had a 财政运行综合评价 conducted in R (FINAL or later).
const townshipEvaluated: Cte = {
  name: 'township_evaluated',
  sql: `
    select distinct k.year_conducted as r, k.tenant_id, k.township_id
      from key_evaluation k
     where ${IN_SCOPE('k')} and ${IN_YEARS('k.year_conducted')} and k.object = 'FISCAL_OPERATION' and k.status in ${FINAL}`,
};

const fTownships: Cte = {
  name: 'f_townships',
  sql: `
    select yr.r, d.tenant_id, count(*) as townships, count(te.township_id) as evaluated
      from years yr
      cross join department d
      left join township_evaluated te on te.r = yr.r and te.tenant_id = d.tenant_id and te.township_id = d.id
     where ${IN_SCOPE('d')} and d.kind = 'TOWNSHIP'
     group by yr.r, d.tenant_id`,
};

// Monitoring rounds of fiscal year R with at least one AUDITED record.
const fRounds: Cte = {
  name: 'f_rounds',
  sql: `
    select mr.fiscal_year as r, mr.tenant_id, count(distinct mr.id) as rounds
      from monitoring_round mr
      join monitoring_record m on m.tenant_id = mr.tenant_id and m.round_id = mr.id
     where ${IN_SCOPE('mr')} and ${IN_SCOPE('m')} and ${IN_YEARS('mr.fiscal_year')} and m.status = 'AUDITED'
     group by mr.fiscal_year, mr.tenant_id`,
};

// ---------------------------------------------------------------------------------------------
// Self-evaluations of fiscal year R−1 (done in R) reviewed by finance, with their rechecks.
// ---------------------------------------------------------------------------------------------

// Project years of R−1 the finance bureau required to self-evaluate, and those that did.
const selfReviewed: Cte = {
  name: 'self_reviewed',
  sql: `
    select distinct s.tenant_id, s.project_year_id
      from self_evaluation s
     where ${IN_SCOPE('s')} and ${IN_YEARS('s.fiscal_year', -1)} and s.subject = 'PROJECT' and s.status = 'FINANCE_REVIEWED'`,
};

const fSelfPy: Cte = {
  name: 'f_self_py',
  sql: `
    select y.fiscal_year + 1 as r, y.tenant_id,
           count(*) as required,
           sum(coalesce(y.adjusted_amount, y.approved_amount)) as required_current,
           count(sr.project_year_id) as evaluated,
           sum(coalesce(y.adjusted_amount, y.approved_amount)) filter (where sr.project_year_id is not null) as evaluated_current
      from project_year y
      left join self_reviewed sr on sr.tenant_id = y.tenant_id and sr.project_year_id = y.id
     where ${IN_SCOPE('y')} and ${IN_YEARS('y.fiscal_year', -1)} and y.self_evaluation_required
     group by y.fiscal_year, y.tenant_id`,
};

const fSelf: Cte = {
  name: 'f_self',
  sql: `
    select s.fiscal_year + 1 as r, s.tenant_id,
           count(*) as reviewed,
           sum(s.total_score) as score_sum,
           count(distinct s.department_id) filter (where s.subject = 'PROJECT') as units,
           count(*) filter (where s.grade = 'EXCELLENT') as grade_excellent,
           count(*) filter (where s.grade = 'GOOD') as grade_good,
           count(*) filter (where s.grade = 'MEDIUM') as grade_medium,
           count(*) filter (where s.grade = 'LOW') as grade_low,
           count(*) filter (where s.grade = 'POOR') as grade_poor,
           count(rc.id) as rechecked,
           count(rc.id) filter (where rc.large_discrepancy) as large_discrepancy
      from self_evaluation s
      left join self_evaluation_recheck rc on rc.tenant_id = s.tenant_id and rc.self_evaluation_id = s.id and ${IN_SCOPE('rc')}
     where ${IN_SCOPE('s')} and ${IN_YEARS('s.fiscal_year', -1)} and s.status = 'FINANCE_REVIEWED'
     group by s.fiscal_year, s.tenant_id`,
};

// ---------------------------------------------------------------------------------------------
// Key evaluations conducted in R. "key" = objects PROJECT/POLICY/SPECIAL_FUND/TRANSFER with
// status FINAL or later; amounts split by budget type, special bonds apart.
// ---------------------------------------------------------------------------------------------
const keyApplied: Cte = {
  name: 'key_applied',
  sql: `
    select distinct ra.tenant_id, ra.key_evaluation_id
      from result_application ra
     where ${IN_SCOPE('ra')} and ra.key_evaluation_id is not null`,
};

const fKey: Cte = {
  name: 'f_key',
  sql: `
    select r, tenant_id,
           count(*) filter (where is_key) as key_count,
           sum(amount) filter (where is_key) as key_amount,
           sum(amount) filter (where is_key and not is_special_bond and budget_type = 'GENERAL_PUBLIC') as amount_general_public,
           sum(amount) filter (where is_key and not is_special_bond and budget_type = 'GOV_FUND') as amount_gov_fund,
           sum(amount) filter (where is_key and not is_special_bond and budget_type = 'SOCIAL_INSURANCE') as amount_social_insurance,
           sum(amount) filter (where is_key and not is_special_bond and budget_type = 'STATE_CAPITAL') as amount_state_capital,
           sum(amount) filter (where is_key and is_special_bond) as amount_special_bond,
           count(*) filter (where is_key and has_third_party) as third_party,
           count(*) filter (where is_key and applied) as applied,
           count(*) filter (where object = 'DEPARTMENT_OVERALL' and status in ${FINAL}) as dept_evaluations,
           count(*) filter (where object = 'COST_BENEFIT' and status in ${FINAL}) as cost_benefit
      from (
        select k.year_conducted as r, k.tenant_id, k.object, k.status, k.amount, k.budget_type, k.is_special_bond,
               k.object in ${KEY_OBJECTS} and k.status in ${FINAL} as is_key,
               nullif(btrim(k.third_party_name), '') is not null as has_third_party,
               ka.key_evaluation_id is not null as applied
          from key_evaluation k
          left join key_applied ka on ka.tenant_id = k.tenant_id and ka.key_evaluation_id = k.id
         where ${IN_SCOPE('k')} and ${IN_YEARS('k.year_conducted')}
      ) ke
     group by r, tenant_id`,
};

// Problems found by the key evaluations conducted in R; "due" = deadline on or before today in
// China, "on time" = among those, VERIFIED on or before the deadline (China date).
const fProblems: Cte = {
  name: 'f_problems',
  sql: `
    select k.year_conducted as r, k.tenant_id,
           count(*) as problems,
           count(*) filter (where nullif(btrim(pr.suggestion), '') is not null) as with_suggestion,
           count(*) filter (where pr.deadline <= ${CHINA_TODAY}) as due,
           count(*) filter (where pr.deadline <= ${CHINA_TODAY}
                              and pr.status = 'VERIFIED'
                              and (pr.verified_at at time zone 'Asia/Shanghai')::date <= pr.deadline) as on_time
      from key_evaluation k
      join evaluation_problem pr on pr.tenant_id = k.tenant_id and pr.key_evaluation_id = k.id
     where ${IN_SCOPE('k')} and ${IN_SCOPE('pr')} and ${IN_YEARS('k.year_conducted')}
     group by k.year_conducted, k.tenant_id`,
};

// Result applications to the budgets of R+1 (amount_delta signed: negative = 压减).
const fResults: Cte = {
  name: 'f_results',
  sql: `
    select ra.target_fiscal_year - 1 as r, ra.tenant_id,
           count(*) as applications,
           sum(-ra.amount_delta) filter (where ra.amount_delta < 0) as reduction,
           sum(ra.amount_delta) filter (where ra.amount_delta > 0) as increase,
           sum(ra.amount_delta) as net,
           sum(abs(ra.amount_delta)) as absolute
      from result_application ra
     where ${IN_SCOPE('ra')} and ${IN_YEARS('ra.target_fiscal_year', 1)}
     group by ra.target_fiscal_year, ra.tenant_id`,
};

// ---------------------------------------------------------------------------------------------
// 事前绩效评估. Every project year of R with its concluded assessment's conclusion and (past
// DRAFT) whether the tenant's rule preAssessmentTriggers requires one: the SQL twin of
// matchTriggers in server/modules/assessment-ex-ante/pre-assessment.triggers.ts.
// ---------------------------------------------------------------------------------------------
const preRule: Cte = {
  name: 'pre_rule',
  // A tenant's rule replaces the default as a whole (as ruleFor does); `||` also tolerates a
  // partial value by keeping the defaults it leaves out.
  sql: `
    select t.tenant_id, ?::jsonb || coalesce(tr.value, '{}'::jsonb) as rule
      from unnest((select ids from live_ids)::uuid[]) as t(tenant_id)
      left join tenant_rule tr on tr.tenant_id = t.tenant_id and tr.key = 'preAssessmentTriggers'`,
  params: () => [JSON.stringify(RULE_DEFAULTS.preAssessmentTriggers)],
};

const prePy: Cte = {
  name: 'pre_py',
  materialized: true,
  sql: `
    select y.fiscal_year as r, y.tenant_id, y.status <> 'DRAFT' as submitted,
           y.pre_assessment_exemption is null and (
             coalesce((rl.rule ->> 'mandatoryAll')::boolean, false)
             or (p.nature = 'NEW' and (p.is_policy or y.requested_amount >= (rl.rule ->> 'newAmountMin')::numeric))
             or (p.nature = 'CONTINUING' and y.previous_year_amount is not null and (
                   (y.previous_year_amount > 0
                    and (y.requested_amount - y.previous_year_amount) * 100 >= round((rl.rule ->> 'increasePctMin')::numeric, 2) * y.previous_year_amount)
                   or y.requested_amount - y.previous_year_amount >= (rl.rule ->> 'increaseAmountMin')::numeric))
             or p.term_years >= (rl.rule ->> 'termYearsMin')::int) as required,
           pa.conclusion
      from project_year y
      join project p on p.tenant_id = y.tenant_id and p.id = y.project_id
      join pre_rule rl on rl.tenant_id = y.tenant_id
      left join pre_assessment pa on pa.tenant_id = y.tenant_id and pa.project_year_id = y.id and pa.status = 'CONCLUDED' and ${IN_SCOPE('pa')}
     where ${IN_SCOPE('y')} and ${IN_SCOPE('p')} and ${IN_YEARS('y.fiscal_year')}`,
};

const fPreCount: Cte = {
  name: 'f_pre_count',
  sql: `
    select r, tenant_id,
           count(conclusion) as concluded,
           count(*) filter (where conclusion = 'NOT_SUPPORT') as not_support
      from pre_py
     group by r, tenant_id`,
};

const fPreRate: Cte = {
  name: 'f_pre_rate',
  sql: `
    select r, tenant_id,
           count(*) filter (where submitted and required) as required,
           count(*) filter (where submitted and required and conclusion is not null) as required_concluded
      from pre_py
     group by r, tenant_id`,
};

// ---------------------------------------------------------------------------------------------
// 考核: the tenant's self-assessment on its province's scheme of fiscal year R. Max points are
// those of the scored items (items without sub-items); reviewed scores count once the province's
// review is FINAL (a county sees its review only then anyway). At most one submission per tenant
// and scheme: these sets are as small as the tenants compared.
// ---------------------------------------------------------------------------------------------
const appraisalSub: Cte = {
  name: 'appraisal_sub',
  sql: `
    select sc.fiscal_year as r, s.tenant_id, s.id as submission_id, sc.province_id, sc.id as scheme_id
      from appraisal_submission s
      join appraisal_scheme sc on sc.id = s.scheme_id
     where ${IN_SCOPE('s')} and ${IN_YEARS('sc.fiscal_year')}`,
};

const appraisalPoints: Cte = {
  name: 'appraisal_points',
  sql: `
    select i.scheme_id, sum(i.max_points) as max_points
      from appraisal_item i
      left join appraisal_item c on c.province_id = i.province_id and c.scheme_id = i.scheme_id and c.parent_id = i.id
     where i.scheme_id in (select scheme_id from appraisal_sub) and c.id is null
     group by i.scheme_id`,
};

const appraisalSelf: Cte = {
  name: 'appraisal_self',
  sql: `
    select ss.tenant_id, ss.submission_id, sum(ss.self_score) as score
      from appraisal_self_score ss
     where ${IN_SCOPE('ss')}
     group by ss.tenant_id, ss.submission_id`,
};

const appraisalReviewed: Cte = {
  name: 'appraisal_reviewed',
  sql: `
    select rv.submission_id, coalesce(sum(rs.reviewed_score), 0) as score
      from appraisal_review rv
      left join appraisal_review_score rs on rs.province_id = rv.province_id and rs.review_id = rv.id
                                             and rs.examinee_tenant_id = any ((select ids from live_ids)::uuid[])
     where rv.status = 'FINAL' and rv.examinee_tenant_id = any ((select ids from live_ids)::uuid[])
     group by rv.submission_id`,
};

const fAppraisal: Cte = {
  name: 'f_appraisal',
  sql: `
    select a.r, a.tenant_id,
           sum(ap.max_points) as max_points,
           sum(sf.score) as self_score,
           sum(ap.max_points) filter (where rv.submission_id is not null) as reviewed_max_points,
           sum(rv.score) as reviewed_score
      from appraisal_sub a
      left join appraisal_points ap on ap.scheme_id = a.scheme_id
      left join appraisal_self sf on sf.tenant_id = a.tenant_id and sf.submission_id = a.submission_id
      left join appraisal_reviewed rv on rv.submission_id = a.submission_id
     group by a.r, a.tenant_id`,
};

// Trainings held in R (a date range, so the (tenant_id, held_on) index serves it).
const fTraining: Cte = {
  name: 'f_training',
  sql: `
    select extract(year from te.held_on)::int as r, te.tenant_id, count(*) as sessions, sum(te.attendees) as attendees
      from training_event te
     where ${IN_SCOPE('te')}
       and te.held_on >= make_date((select min(r) from years), 1, 1) and te.held_on < make_date((select max(r) from years) + 1, 1, 1)
     group by 1, te.tenant_id`,
};

export const FAMILIES: Record<FamilyName, MetricFamily> = {
  f_py: { name: 'f_py', ctes: [pyGoal, pyMonitored, pyDisclosed, pyFlags, fPy] },
  f_goals: { name: 'f_goals', ctes: [fGoals] },
  f_dept: { name: 'f_dept', ctes: [deptGoal, deptSelf, deptEvaluated, fDept] },
  f_townships: { name: 'f_townships', ctes: [townshipEvaluated, fTownships] },
  f_rounds: { name: 'f_rounds', ctes: [fRounds] },
  f_self_py: { name: 'f_self_py', ctes: [selfReviewed, fSelfPy] },
  f_self: { name: 'f_self', ctes: [fSelf] },
  f_key: { name: 'f_key', ctes: [keyApplied, fKey] },
  f_problems: { name: 'f_problems', ctes: [fProblems] },
  f_results: { name: 'f_results', ctes: [fResults] },
  f_pre_count: { name: 'f_pre_count', ctes: [preRule, prePy, fPreCount] },
  f_pre_rate: { name: 'f_pre_rate', ctes: [preRule, prePy, fPreRate] },
  f_appraisal: { name: 'f_appraisal', ctes: [appraisalSub, appraisalPoints, appraisalSelf, appraisalReviewed, fAppraisal] },
  f_training: { name: 'f_training', ctes: [fTraining] },
};
