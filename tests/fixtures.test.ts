import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withClient, withDatabase } from '../server/db/roles.js';
import { FIXTURES_DIRECTORY, readFixtureFiles, type FixtureFile } from '../server/fixtures/fixture.file.js';
import { loadDemoData, type DemoDataReport } from '../server/fixtures/fixture.loader.js';
import { snapshot } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The seed regions' demo data (tenants/fixtures/): loaded into this file's database, every golden
 * figure its report states reproduced by SQL written from the metric definitions
 * (server/metrics/metric.registry.ts) — counts exact, amounts to the fen, percentages to two decimals —
 * plus the platform's own rules holding for every row, a second load changing nothing, and the
 * same rows on every load.
 */
let app: TestApp;
let fixtures: FixtureFile[];
let reports: DemoDataReport[];
let loadMs: number;
const tenantIds: Record<string, string> = {};

const SHANTING = '370406';
const LAIWU = '370116';
const TIELING = '211271';
const SHILOU = '141126';
const SHANGYOU = '360724';

beforeAll(async () => {
  app = await startTestApp();
  fixtures = await readFixtureFiles(FIXTURES_DIRECTORY);
  const started = performance.now();
  reports = await loadDemoData(app.ownerUrl, fixtures);
  loadMs = Math.round(performance.now() - started);
  for (const row of await app.sql<{ code: string; id: string }>('select code, id from tenant')) tenantIds[row.code] = row.id;
  console.info(
    `demo data: ${loadMs} ms for ${reports.length} regions; rows ${JSON.stringify(Object.fromEntries(reports.map((r) => [r.tenant, Object.values(r.rows).reduce((a, b) => a + b, 0)])))}`,
  );
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** One value from SQL, as text (numeric stays exact). */
async function one(sql: string, params: unknown[]): Promise<string | null> {
  const [row] = await app.sql<{ v: string | null }>(sql, params);
  return row?.v ?? null;
}

/** A rate as the specification defines it: numerator / denominator × 100 to two decimals, null over zero. */
const RATE = (n: string, d: string) => `case when (${d}) = 0 then null else round((${n})::numeric * 100 / (${d}), 2) end`;

/** PY(T,R): in-scope project years with their current amount and whether they have a goal in force / an AUDITED record. */
const PY = `
  with py as (
    select y.id, y.approved_amount, coalesce(y.adjusted_amount, y.approved_amount) as current_amount,
           exists (select 1 from performance_goal g where g.tenant_id = y.tenant_id and g.project_year_id = y.id
                    and g.is_current and g.status in ('APPROVED', 'ISSUED')) as has_goal,
           exists (select 1 from monitoring_record m where m.tenant_id = y.tenant_id and m.project_year_id = y.id and m.status = 'AUDITED') as monitored
      from project_year y join project p on p.tenant_id = y.tenant_id and p.id = y.project_id
     where y.tenant_id = $1 and y.fiscal_year = $2 and y.status in ('APPROVED', 'CLOSED') and y.approved_amount > 0
       and (p.kind_code = '22' or p.kind_code like '3%'))`;

/** The figures of one region for the comparison year R, computed the way the specification states them. */
async function figures(code: string, R: number) {
  const t = tenantIds[code];
  const [py] = await app.sql<Record<string, string>>(
    `${PY}
     select count(*) as py, count(*) filter (where has_goal) as with_goal,
            coalesce(sum(approved_amount) filter (where has_goal), 0) as goal_amount,
            coalesce(sum(approved_amount), 0) as approved,
            ${RATE('count(*) filter (where has_goal)', 'count(*)')} as goal_coverage_count,
            ${RATE('coalesce(sum(approved_amount) filter (where has_goal), 0)', 'coalesce(sum(approved_amount), 0)')} as goal_coverage_amount,
            count(*) filter (where monitored) as monitored,
            coalesce(sum(current_amount) filter (where monitored), 0) as monitored_amount,
            ${RATE('count(*) filter (where monitored and has_goal)', 'count(*) filter (where has_goal)')} as monitor_coverage_count,
            ${RATE('coalesce(sum(current_amount) filter (where monitored and has_goal), 0)', 'coalesce(sum(current_amount) filter (where has_goal), 0)')} as monitor_coverage_amount,
            coalesce(sum(current_amount), 0) as current_amount
       from py`,
    [t, R],
  );
  const [dept] = await app.sql<Record<string, string>>(
    `with fl as (select id from department where tenant_id = $1 and kind = 'DEPARTMENT' and is_first_level)
     select (select count(*) from fl) as first_level,
            (select count(distinct g.department_id) from performance_goal g where g.tenant_id = $1 and g.subject = 'DEPARTMENT'
               and g.fiscal_year = $2 and g.is_current and g.status in ('APPROVED', 'ISSUED') and g.department_id in (select id from fl)) as with_goal,
            (select count(distinct s.department_id) from self_evaluation s where s.tenant_id = $1 and s.subject = 'DEPARTMENT'
               and s.fiscal_year = $2 - 1 and s.status = 'FINANCE_REVIEWED' and s.department_id in (select id from fl)) as self_evaluated,
            (select count(*) from department where tenant_id = $1 and kind = 'TOWNSHIP') as townships,
            (select count(distinct k.township_id) from key_evaluation k where k.tenant_id = $1 and k.object = 'FISCAL_OPERATION'
               and k.year_conducted = $2 and k.status in ('FINAL', 'FEEDBACK_ISSUED', 'CLOSED')) as townships_evaluated`,
    [t, R],
  );
  const [goals] = await app.sql<Record<string, string>>(
    `select count(*) as in_force, count(*) filter (where subject = 'DEPARTMENT') as department, count(*) filter (where subject = 'PROJECT') as project
       from performance_goal where tenant_id = $1 and fiscal_year = $2 and is_current and status in ('APPROVED', 'ISSUED')`,
    [t, R],
  );
  const [monitoring] = await app.sql<Record<string, string>>(
    `select count(*) as rounds, count(*) filter (where exists (select 1 from monitoring_record m where m.tenant_id = r.tenant_id and m.round_id = r.id and m.status = 'AUDITED')) as audited_rounds
       from monitoring_round r where r.tenant_id = $1 and r.fiscal_year = $2`,
    [t, R],
  );
  const [self] = await app.sql<Record<string, string>>(
    `with required as (
       select y.id, coalesce(y.adjusted_amount, y.approved_amount) as current_amount,
              exists (select 1 from self_evaluation s where s.tenant_id = y.tenant_id and s.project_year_id = y.id and s.status = 'FINANCE_REVIEWED') as reviewed
         from project_year y where y.tenant_id = $1 and y.fiscal_year = $2 - 1 and y.self_evaluation_required),
     reviewed as (select * from self_evaluation where tenant_id = $1 and fiscal_year = $2 - 1 and status = 'FINANCE_REVIEWED')
     select (select count(*) from required) as required,
            (select count(*) filter (where reviewed) from required) as evaluated,
            (select coalesce(sum(current_amount) filter (where reviewed), 0) from required) as evaluated_amount,
            (select ${RATE('count(*) filter (where reviewed)', 'count(*)')} from required) as coverage_count,
            (select ${RATE('coalesce(sum(current_amount) filter (where reviewed), 0)', 'coalesce(sum(current_amount), 0)')} from required) as coverage_amount,
            (select count(distinct department_id) from reviewed where subject = 'PROJECT') as units,
            (select count(*) from reviewed) as reviewed,
            (select count(*) from self_evaluation_recheck c where c.tenant_id = $1 and c.self_evaluation_id in (select id from reviewed)) as rechecked,
            (select ${RATE('(select count(*) from self_evaluation_recheck c where c.tenant_id = $1 and c.self_evaluation_id in (select id from reviewed))', 'count(*)')} from reviewed) as recheck_ratio,
            (select json_object_agg(grade, n) from (select grade, count(*) as n from reviewed group by grade) g) as grades`,
    [t, R],
  );
  const KEY = `k.tenant_id = $1 and k.year_conducted = $2 and k.status in ('FINAL', 'FEEDBACK_ISSUED', 'CLOSED')`;
  const KEY_OBJECTS = `k.object in ('PROJECT', 'POLICY', 'SPECIAL_FUND', 'TRANSFER')`;
  const [key] = await app.sql<Record<string, string>>(
    `select count(*) filter (where ${KEY_OBJECTS}) as key_count,
            coalesce(sum(amount) filter (where ${KEY_OBJECTS}), 0) as key_amount,
            coalesce(sum(amount) filter (where ${KEY_OBJECTS} and budget_type = 'GENERAL_PUBLIC' and not is_special_bond), 0) as general_public,
            coalesce(sum(amount) filter (where ${KEY_OBJECTS} and budget_type = 'GOV_FUND' and not is_special_bond), 0) as gov_fund,
            coalesce(sum(amount) filter (where ${KEY_OBJECTS} and budget_type = 'SOCIAL_INSURANCE' and not is_special_bond), 0) as social_insurance,
            coalesce(sum(amount) filter (where ${KEY_OBJECTS} and budget_type = 'STATE_CAPITAL' and not is_special_bond), 0) as state_capital,
            coalesce(sum(amount) filter (where ${KEY_OBJECTS} and is_special_bond), 0) as special_bond,
            ${RATE(`count(*) filter (where ${KEY_OBJECTS} and third_party_name is not null)`, `count(*) filter (where ${KEY_OBJECTS})`)} as third_party_ratio,
            count(*) filter (where k.object = 'DEPARTMENT_OVERALL') as dept_evaluations,
            count(*) filter (where k.object = 'COST_BENEFIT') as cost_benefit,
            count(*) as all_objects
       from key_evaluation k where ${KEY}`,
    [t, R],
  );
  const [problems] = await app.sql<Record<string, string>>(
    `with keys as (select k.id from key_evaluation k where ${KEY} and ${KEY_OBJECTS}),
          found as (select p.* from evaluation_problem p join key_evaluation k on k.tenant_id = p.tenant_id and k.id = p.key_evaluation_id
                     where k.tenant_id = $1 and k.year_conducted = $2)
     select (select count(*) from found) as problems,
            (select count(*) from found where suggestion is not null) as with_suggestion,
            -- 71 / 31 in 山亭's report: per key evaluation of projects and policies (see the registry)
            (select case when (select count(*) from keys) = 0 then null else round((select count(*) from found)::numeric / (select count(*) from keys), 2) end) as per_evaluation,
            (select ${RATE('count(*) filter (where suggestion is not null)', 'count(*)')} from found) as suggestion_ratio,
            (select count(*) from found where deadline <> notified_on + 30) as off_30_days,
            (select count(distinct key_evaluation_id) from result_application where tenant_id = $1 and key_evaluation_id in (select id from keys)) as applied`,
    [t, R],
  );
  const [results] = await app.sql<Record<string, string>>(
    `select count(*) as count,
            coalesce(sum(-amount_delta) filter (where amount_delta < 0), 0) as reduction,
            coalesce(sum(amount_delta) filter (where amount_delta > 0), 0) as increase,
            coalesce(sum(amount_delta), 0) as net,
            coalesce(sum(abs(amount_delta)), 0) as absolute
       from result_application where tenant_id = $1 and target_fiscal_year = $2 + 1`,
    [t, R],
  );
  const [pre] = await app.sql<Record<string, string>>(
    `with rule as (
       select $3::jsonb || coalesce((select value from tenant_rule where tenant_id = $1 and key = 'preAssessmentTriggers'), '{}'::jsonb) as r),
     years as (
       select y.id,
              y.pre_assessment_exemption is null and (
                (rule.r ->> 'mandatoryAll')::boolean
                or (p.nature = 'NEW' and (p.is_policy or y.requested_amount >= (rule.r ->> 'newAmountMin')::numeric))
                or (p.nature = 'CONTINUING' and y.previous_year_amount is not null and (
                      (y.previous_year_amount > 0 and (y.requested_amount - y.previous_year_amount) * 100 >= (rule.r ->> 'increasePctMin')::numeric * y.previous_year_amount)
                      or y.requested_amount - y.previous_year_amount >= (rule.r ->> 'increaseAmountMin')::numeric))
                or p.term_years >= (rule.r ->> 'termYearsMin')::int) as required,
              exists (select 1 from pre_assessment a where a.tenant_id = y.tenant_id and a.project_year_id = y.id and a.status = 'CONCLUDED') as concluded
         from project_year y join project p on p.tenant_id = y.tenant_id and p.id = y.project_id, rule
        where y.tenant_id = $1 and y.fiscal_year = $2 and y.status <> 'DRAFT')
     select (select count(*) from pre_assessment a join project_year y on y.tenant_id = a.tenant_id and y.id = a.project_year_id
              where a.tenant_id = $1 and y.fiscal_year = $2 and a.status = 'CONCLUDED') as count,
            (select count(*) from years where required) as required,
            (select ${RATE('count(*) filter (where required and concluded)', 'count(*) filter (where required)')} from years) as rate`,
    [t, R, JSON.stringify({ newAmountMin: '4000000.00', increasePctMin: 30, increaseAmountMin: '4000000.00', termYearsMin: 3, mandatoryAll: false })],
  );
  const [appraisal] = await app.sql<Record<string, string>>(
    `with sub as (select s.id, s.scheme_id from appraisal_submission s join appraisal_scheme sc on sc.id = s.scheme_id
                   where s.tenant_id = $1 and sc.fiscal_year = $2),
          leaves as (select i.* from appraisal_item i where i.scheme_id in (select scheme_id from sub)
                      and not exists (select 1 from appraisal_item c where c.scheme_id = i.scheme_id and c.parent_id = i.id))
     select (select coalesce(sum(self_score), 0) from appraisal_self_score where tenant_id = $1 and submission_id in (select id from sub)) as self_score,
            (select coalesce(sum(max_points), 0) from leaves) as max_points,
            ${RATE('(select coalesce(sum(self_score), 0) from appraisal_self_score where tenant_id = $1 and submission_id in (select id from sub))', '(select coalesce(sum(max_points), 0) from leaves)')} as self_score_rate`,
    [t, R],
  );
  const [training] = await app.sql<Record<string, string>>(
    `select count(*) as sessions, coalesce(sum(attendees), 0) as attendees from training_event
      where tenant_id = $1 and held_on >= make_date($2, 1, 1) and held_on < make_date($2 + 1, 1, 1)`,
    [t, R],
  );
  return { py, dept, goals, monitoring, self, key, problems, results, pre, appraisal, training };
}

describe('loading the demo data', () => {
  it('loads every seed region in one go', () => {
    expect(reports.map((r) => [r.tenant, r.loaded])).toEqual(fixtures.map((f) => [f.tenant, true]));
    expect(fixtures.map((f) => f.tenant).sort()).toEqual([TIELING, SHILOU, SHANGYOU, LAIWU, SHANTING].sort());
  });

  it('leaves every region as it is on a second load: no row changes, not even in the audit log', async () => {
    const before = await snapshot(app);
    const again = await loadDemoData(app.ownerUrl, fixtures);
    expect(again.map((r) => [r.tenant, r.loaded, r.skipped])).toEqual(fixtures.map((f) => [f.tenant, false, 'already loaded']));
    expect(await snapshot(app)).toBe(before);
  });

  it('writes the same rows, ids included, into another database', async () => {
    const adminUrl = inject('adminUrl');
    const template = inject('templateDatabase');
    const other = `${template.replace('template', 'test')}_fx_${crypto.randomUUID().slice(0, 8)}`;
    await withClient(adminUrl, (client) => client.query(`create database ${other} template ${template}`));
    try {
      const otherUrl = withDatabase(adminUrl, other);
      await loadDemoData(otherUrl, fixtures);
      const checksum = async (url: string) =>
        withClient(url, async (client) => {
          const tables = ['department', 'project', 'project_year', 'performance_goal', 'performance_indicator', 'goal_review', 'pre_assessment', 'monitoring_round',
            'monitoring_record', 'monitoring_indicator_value', 'self_evaluation', 'self_evaluation_indicator', 'self_evaluation_recheck', 'expert', 'key_evaluation',
            'key_evaluation_expert', 'evaluation_problem', 'result_application', 'disclosure', 'training_event', 'appraisal_scheme', 'appraisal_item',
            'appraisal_submission', 'appraisal_self_score'];
          const sums: Record<string, string> = {};
          for (const table of tables) {
            const result = await client.query<{ n: string; sum: string }>(`select count(*) as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from ${table} t`);
            sums[table] = `${result.rows[0].n}:${result.rows[0].sum}`;
          }
          return sums;
        });
      const [mine, theirs] = await Promise.all([checksum(app.ownerUrl), checksum(otherUrl)]);
      expect(theirs).toEqual(mine);
      expect(Number(mine.project_year.split(':')[0])).toBeGreaterThan(6_000);
    } finally {
      await withClient(adminUrl, (client) => client.query(`drop database if exists ${other} with (force)`));
    }
  }, 60_000);
});

describe('山亭区 370406, 2024 report', () => {
  it('1582 project goals, 56.1亿 (not the 10.2亿 that is the key-evaluation amount), all monitored', async () => {
    const { py } = await figures(SHANTING, 2024);
    expect(py).toMatchObject({ py: '1582', with_goal: '1582', goal_coverage_count: '100.00', goal_amount: '5610000000.00', monitored: '1582', monitor_coverage_count: '100.00' });
  });

  it('57 departments with department-overall goals and self-evaluations (100%)', async () => {
    const { dept } = await figures(SHANTING, 2024);
    expect(dept).toMatchObject({ first_level: '57', with_goal: '57', self_evaluated: '57' });
  });

  it('135 self-evaluated projects, 3.4亿, the whole self-evaluation scope', async () => {
    const { self } = await figures(SHANTING, 2024);
    expect(self).toMatchObject({ required: '135', evaluated: '135', evaluated_amount: '340000000.00', coverage_count: '100.00', coverage_amount: '100.00' });
  });

  it('31 key evaluations, 10.2亿, 71 problems and 69 suggestions; 6 department-overall, 3 cost-benefit, 10 townships', async () => {
    const { key, problems, dept } = await figures(SHANTING, 2024);
    expect(key).toMatchObject({ key_count: '31', key_amount: '1020000000.00', dept_evaluations: '6', cost_benefit: '3' });
    expect(problems).toMatchObject({ problems: '71', with_suggestion: '69', per_evaluation: '2.29', suggestion_ratio: '97.18', applied: '10' });
    expect(dept).toMatchObject({ townships: '10', townships_evaluated: '10' });
  });

  it('10 projects’ 2025 budgets adjusted: 11,459万 reduced, 3,348万 increased, net −8,111万, 14,807万 in all', async () => {
    const { results } = await figures(SHANTING, 2024);
    expect(results).toEqual({ count: '10', reduction: '114590000.00', increase: '33480000.00', net: '-81110000.00', absolute: '148070000.00' });
    const rows = await app.sql<{ name: string; delta: string }>(
      `select p.name, r.amount_delta as delta from result_application r join project p on p.tenant_id = r.tenant_id and p.id = r.project_id
        where r.tenant_id = $1 order by r.amount_delta`,
      [tenantIds[SHANTING]],
    );
    expect(rows.map((r) => [r.name, r.delta])).toEqual([
      ['山亭区城乡供水保障工程项目', '-60970000.00'],
      ['枣庄市山亭区2023年城区老旧小区改造项目', '-20588700.00'],
      ['山亭区旅游公路改造提升工程项目', '-14491700.00'],
      ['山亭区2023年四好农村路建设工程项目', '-5885300.00'],
      ['森林火灾高风险区综合治理建设项目', '-4515000.00'],
      ['2023年山亭区高标准农田建设(改造提升)项目', '-3741200.00'],
      ['枣庄市山亭区2023年度第三次土壤普查项目', '-2025900.00'],
      ['枣庄市第七中学(枣庄市第四十中学北庄校区)餐厅建设及附属设备项目采购项目', '-1412200.00'],
      ['山亭区区直企业人员保障资金', '-960000.00'],
      ['机关基本养老保险项目', '33480000.00'],
    ]);
  });

  it('2 training sessions, 200 attendees', async () => {
    const { training } = await figures(SHANTING, 2024);
    expect(training).toEqual({ sessions: '2', attendees: '200' });
  });
});

describe('莱芜区 370116, 2020 report', () => {
  it('one January–July monitoring round: 197 projects, 66,221万', async () => {
    const { py, monitoring } = await figures(LAIWU, 2020);
    expect(py).toMatchObject({ monitored: '197', monitored_amount: '662210000.00' });
    expect(monitoring).toEqual({ rounds: '1', audited_rounds: '1' });
    const [round] = await app.sql<{ title: string; period_end: string }>(`select title, period_end::text from monitoring_round where tenant_id = $1`, [tenantIds[LAIWU]]);
    expect(round).toEqual({ title: '2020年1-7月绩效运行监控', period_end: '2020-07-31' });
  });

  it('12 key evaluations, all by third parties; 4 department-overall pilots', async () => {
    const { key } = await figures(LAIWU, 2020);
    expect(key).toMatchObject({ key_count: '12', third_party_ratio: '100.00', dept_evaluations: '4' });
    const pilots = await app.sql<{ name: string }>(
      `select d.name from key_evaluation k join department d on d.tenant_id = k.tenant_id and d.id = k.department_id
        where k.tenant_id = $1 and k.object = 'DEPARTMENT_OVERALL' and k.year_conducted = 2020 order by d.code`,
      [tenantIds[LAIWU]],
    );
    expect(pilots.map((p) => p.name)).toEqual(['残联', '市场监管局', '水务局', '统计局']);
  });

  it('an ex-ante assessment for every project year (rule mandatoryAll): 100%', async () => {
    const { pre, py } = await figures(LAIWU, 2020);
    expect(pre.required).toBe(py.py);
    expect(pre).toMatchObject({ count: '1180', required: '1180', rate: '100.00' });
  });
});

describe('铁岭经济开发区 211271, 2023 report', () => {
  it('40 units evaluated, every project self-evaluated', async () => {
    const { self } = await figures(TIELING, 2023);
    expect(self).toMatchObject({ units: '40', coverage_count: '100.00', coverage_amount: '100.00' });
    const [agencies] = await app.sql<{ n: string }>(
      `select count(distinct s.department_id) as n from self_evaluation s join department d on d.tenant_id = s.tenant_id and d.id = s.department_id
        where s.tenant_id = $1 and d.kind = 'AGENCY' and s.fiscal_year = 2022`,
      [tenantIds[TIELING]],
    );
    expect(agencies.n).toBe('40');
  });

  it('grades on five levels, 低 included, each score within its band of the region’s scheme', async () => {
    const { self } = await figures(TIELING, 2023);
    expect(Object.keys(self.grades as unknown as Record<string, number>).sort()).toEqual(['EXCELLENT', 'GOOD', 'LOW', 'MEDIUM', 'POOR']);
    const [outOfBand] = await app.sql<{ n: string }>(
      `select count(*) as n from self_evaluation where tenant_id = $1 and grade <> case when total_score >= 90 then 'EXCELLENT' when total_score >= 80 then 'GOOD'
         when total_score >= 70 then 'MEDIUM' when total_score >= 60 then 'LOW' else 'POOR' end::self_evaluation_grade`,
      [tenantIds[TIELING]],
    );
    expect(outOfBand.n).toBe('0');
  });

  it('monitoring at payment-progress level only: no indicator values, no likelihood', async () => {
    const [row] = await app.sql<{ records: string; values: string; likelihoods: string }>(
      `select (select count(*) from monitoring_record where tenant_id = $1 and status = 'AUDITED') as records,
              (select count(*) from monitoring_indicator_value where tenant_id = $1) as values,
              (select count(*) from monitoring_record where tenant_id = $1 and likelihood is not null) as likelihoods`,
      [tenantIds[TIELING]],
    );
    expect(Number(row.records)).toBeGreaterThan(0);
    expect(row).toMatchObject({ values: '0', likelihoods: '0' });
  });
});

describe('石楼县 141126, 2024 report', () => {
  it('16.5亿 of county-level project spending under goal management (100%)', async () => {
    const { py } = await figures(SHILOU, 2024);
    expect(py).toMatchObject({ goal_amount: '1650000000.00', goal_coverage_amount: '100.00', goal_coverage_count: '100.00' });
  });

  it('22 first-level departments, 18 with department-overall goals (81.82%)', async () => {
    const { dept } = await figures(SHILOU, 2024);
    expect(dept).toMatchObject({ first_level: '22', with_goal: '18' });
    expect(await one(`select ${RATE('$1::int', '$2::int')} as v`, [Number(dept.with_goal), Number(dept.first_level)])).toBe('81.82');
  });

  it('2 ex-ante assessments, the two the report names', async () => {
    const { pre } = await figures(SHILOU, 2024);
    expect(pre).toMatchObject({ count: '2', rate: '100.00' });
    const names = await app.sql<{ name: string }>(
      `select p.name from pre_assessment a join project_year y on y.tenant_id = a.tenant_id and y.id = a.project_year_id
         join project p on p.tenant_id = y.tenant_id and p.id = y.project_id where a.tenant_id = $1 and y.fiscal_year = 2024 order by p.name`,
      [tenantIds[SHILOU]],
    );
    expect(names.map((n) => n.name)).toEqual(['2024年石楼县城区集中供热提质改造工程', '石楼县第八小学迁建改造项目']);
  });

  it('4 key evaluations: 1,721.1万 一般公共, 2,600万 基金, 16,333万 社保, 586万 专项债券 = 21,240.1万', async () => {
    const { key } = await figures(SHILOU, 2024);
    expect(key).toMatchObject({
      key_count: '4',
      general_public: '17211000.00',
      gov_fund: '26000000.00',
      social_insurance: '163330000.00',
      special_bond: '5860000.00',
      state_capital: '0',
      key_amount: '212401000.00',
    });
  });

  it('problems to be rectified within one month of the feedback', async () => {
    const { problems } = await figures(SHILOU, 2024);
    expect(Number(problems.problems)).toBeGreaterThan(0);
    expect(problems.off_30_days).toBe('0');
  });

  it('self-assessment 25 of 25 points on the 山西 scheme (reported as 100)', async () => {
    const { appraisal } = await figures(SHILOU, 2024);
    expect(appraisal).toEqual({ self_score: '25.00', max_points: '25.00', self_score_rate: '100.00' });
    const categories = await app.sql<{ code: string; name: string; max_points: string; self: string }>(
      `select i.code, i.name, i.max_points, (select sum(s.self_score) from appraisal_self_score s join appraisal_item c on c.id = s.item_id
                                              where s.tenant_id = $1 and (c.id = i.id or c.parent_id = i.id)) as self
         from appraisal_item i join appraisal_scheme sc on sc.id = i.scheme_id
        where sc.fiscal_year = 2024 and i.parent_id is null order by i.sort_order`,
      [tenantIds[SHILOU]],
    );
    expect(categories.map((c) => [c.name, c.max_points, c.self])).toEqual([
      ['制度建设', '2.00', '2.00'],
      ['交流培训', '1.00', '1.00'],
      ['事前绩效评估', '2.00', '2.00'],
      ['绩效目标管理', '4.00', '4.00'],
      ['绩效监控管理', '3.00', '3.00'],
      ['绩效评价管理', '7.00', '7.00'],
      ['评价结果应用', '4.00', '4.00'],
      ['绩效信息公开', '2.00', '2.00'],
    ]);
  });
});

describe('上犹县 360724, 2024 report', () => {
  it('2271 goals entered the library: 72 department-overall + 2199 project goals, 678,314.65万', async () => {
    const { goals, py } = await figures(SHANGYOU, 2024);
    expect(goals).toEqual({ in_force: '2271', department: '72', project: '2199' });
    expect(py).toMatchObject({ py: '2199', goal_amount: '6783146500.00' });
  });

  it('4 monitoring rounds held of the 6 its cadence lists', async () => {
    const { monitoring } = await figures(SHANGYOU, 2024);
    expect(monitoring).toEqual({ rounds: '6', audited_rounds: '4' });
  });

  it('10 department-overall and 11 policy/project key evaluations', async () => {
    const { key } = await figures(SHANGYOU, 2024);
    expect(key).toMatchObject({ dept_evaluations: '10', key_count: '11' });
  });

  it('rechecks of at least 20%, overall and in every department with reviewed self-evaluations', async () => {
    const { self } = await figures(SHANGYOU, 2024);
    expect(Number(self.recheck_ratio)).toBeGreaterThanOrEqual(20);
    const short = await app.sql<{ department_id: string }>(
      `select s.department_id from self_evaluation s left join self_evaluation_recheck c on c.tenant_id = s.tenant_id and c.self_evaluation_id = s.id
        where s.tenant_id = $1 and s.fiscal_year = 2023 and s.status = 'FINANCE_REVIEWED'
        group by s.department_id having count(c.id) * 5 < count(*)`,
      [tenantIds[SHANGYOU]],
    );
    expect(short).toEqual([]);
  });
});

describe('every row as the platform’s own rules would have written it', () => {
  it('every in-scope project year of every region has an ISSUED goal in force (先审核、后入库)', async () => {
    const [row] = await app.sql<{ n: string }>(
      `select count(*) as n from project_year y join project p on p.tenant_id = y.tenant_id and p.id = y.project_id
        where (p.kind_code = '22' or p.kind_code like '3%') and y.status in ('APPROVED', 'CLOSED')
          and not exists (select 1 from performance_goal g where g.tenant_id = y.tenant_id and g.project_year_id = y.id and g.is_current and g.status = 'ISSUED')`,
    );
    expect(row.n).toBe('0');
  });

  it('indicator weights follow 产出 50 / 效益 30 / 满意度 10 on every goal', async () => {
    const wrong = await app.sql(
      `select goal_id from performance_indicator group by tenant_id, goal_id
       having sum(weight) filter (where level1 in ('OUTPUT', 'COST')) <> 50 or sum(weight) filter (where level1 = 'BENEFIT') <> 30
           or sum(weight) filter (where level1 = 'SATISFACTION') <> 10`,
    );
    expect(wrong).toEqual([]);
  });

  it('every project year whose triggers match has a concluded ex-ante assessment, in every region', async () => {
    for (const fixture of fixtures) {
      const { pre } = await figures(fixture.tenant, fixture.reportedYear);
      expect([fixture.tenant, pre.rate]).toEqual([fixture.tenant, Number(pre.required) === 0 ? null : '100.00']);
    }
  });

  it('self-evaluation totals are the sum of their parts, the grade that of the region’s scheme, and results cover every indicator', async () => {
    // The total is rounded once from the exact sum; each part is rounded on its own (±0.005 each).
    const [row] = await app.sql<{ sums: string; uncovered: string; grades: string }>(
      `select (select count(*) from self_evaluation where abs(total_score - (execution_score + output_score + benefit_score + satisfaction_score)) > 0.02) as sums,
              (select count(*) from self_evaluation s where (select count(*) from performance_indicator i where i.tenant_id = s.tenant_id and i.goal_id = s.goal_id)
                   <> (select count(*) from self_evaluation_indicator r where r.tenant_id = s.tenant_id and r.self_evaluation_id = s.id)) as uncovered,
              (select count(*) from self_evaluation s join tenant t on t.id = s.tenant_id
                where t.code <> '211271' and s.grade <> case when s.total_score >= 90 then 'EXCELLENT' when s.total_score >= 80 then 'GOOD'
                      when s.total_score >= 60 then 'MEDIUM' else 'POOR' end::self_evaluation_grade) as grades`,
    );
    expect(row).toEqual({ sums: '0', uncovered: '0', grades: '0' });
  });

  it('monitoring records are AUDITED, with deviation reasons wherever the light is not green', async () => {
    const [row] = await app.sql<{ not_audited: string; unexplained: string }>(
      `select count(*) filter (where status <> 'AUDITED') as not_audited,
              count(*) filter (where warning_level <> 'GREEN' and cardinality(deviation_reasons) = 0) as unexplained
         from monitoring_record`,
    );
    expect(row).toEqual({ not_audited: '0', unexplained: '0' });
  });

  it('key evaluations are concluded, their problems verified by the deadline or flagged, closed only when all are verified', async () => {
    const [row] = await app.sql<{ unconcluded: string; closed_with_open: string }>(
      `select (select count(*) from key_evaluation where status not in ('FINAL', 'FEEDBACK_ISSUED', 'CLOSED')) as unconcluded,
              (select count(*) from key_evaluation k where k.status = 'CLOSED'
                  and exists (select 1 from evaluation_problem p where p.tenant_id = k.tenant_id and p.key_evaluation_id = k.id and p.status <> 'VERIFIED')) as closed_with_open`,
    );
    expect(row).toEqual({ unconcluded: '0', closed_with_open: '0' });
  });

  it('says in each region’s audit log that the demo data loader wrote its rows', async () => {
    const rows = await app.sql<{ code: string; tables: string }>(
      `select t.code, count(distinct a.entity) as tables from audit_event a join tenant t on t.id = a.tenant_id
        where a.actor_subject = 'demo-data:' || t.code and a.operation = 'loadDemoData' group by t.code order by t.code`,
    );
    expect(rows.map((r) => r.code)).toEqual([TIELING, SHILOU, SHANGYOU, LAIWU, SHANTING].sort());
  });
});
