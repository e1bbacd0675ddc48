import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIRECTORY, readFixtureFiles } from '../server/fixtures/fixture.file.js';
import { loadDemoData } from '../server/fixtures/fixture.loader.js';
import { GeneratorError, generateProvince, type GeneratorReport } from '../server/generator/generate.js';
import { ARCHETYPES, planProvince, type GeneratorOptions } from '../server/generator/recipe.js';
import { TENANTS_DIRECTORY, readTenantFiles, type TenantFile } from '../server/modules/regions/tenant-registry.js';
import { CompareTenantsDocument } from '../schema/generated/graphql.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The synthetic province (npm run generate): a small province (5 tenants, one per archetype, at
 * 5% of the volume) written into two databases gives the same rows; its shapes follow the recipe;
 * the seed regions' rows stay as they were; a second run replaces the first; the province's
 * comparison query returns figures for the generated tenants.
 */
const OPTIONS: GeneratorOptions = { tenants: 5, years: [2024], seed: 'test-seed', province: { code: '99', name: '示范省' }, size: 0.05 };
const SHILOU = '141126';

let a: TestApp;
let b: TestApp;
let registry: TenantFile[];
let first: GeneratorReport;

/** md5 of every table's rows that belong to the province (tenant rows of its tenants, province rows), audit log excepted. */
async function checksums(app: TestApp, provinceCode: string): Promise<Record<string, string>> {
  const tables = await app.sql<{ name: string; by: string }>(
    `select c.relname as name,
            case when exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id') then 'tenant_id' else 'province_id' end as by
       from pg_class c
      where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace and c.relname not in ('audit_event', 'province_audit_event', 'tenant', 'city', 'province')
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname in ('tenant_id', 'province_id'))
      order by 1`,
  );
  const result: Record<string, string> = {};
  const scope = `(select id from province where code = $1)`;
  for (const { name, by } of [...tables, { name: 'tenant', by: 'province_id' }, { name: 'city', by: 'province_id' }]) {
    const where = by === 'tenant_id' ? `tenant_id in (select id from tenant where province_id = ${scope})` : `province_id = ${scope}`;
    const [row] = await app.sql<{ n: number; md5: string | null }>(`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as md5 from "${name}" t where ${where}`, [provinceCode]);
    if (row.n > 0) result[name] = `${row.n}:${row.md5}`;
  }
  return result;
}

/** The same, for every province of the seed regions (their tenants' rows and their provinces' rows). */
async function seedRegionChecksum(app: TestApp): Promise<string> {
  const result: Record<string, Record<string, string>> = {};
  for (const code of [...new Set(registry.map((t) => t.province.code))].sort()) result[code] = await checksums(app, code);
  return JSON.stringify(result);
}

/** Every foreign key holds for every row (the bulk load skips the foreign-key triggers). */
async function orphans(app: TestApp): Promise<string[]> {
  const constraints = await app.sql<{ name: string; child: string; parent: string; cc: string[]; pc: string[] }>(
    `select c.conname as name, cl.relname as child, pl.relname as parent,
            array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o) as cc,
            array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o) as pc
       from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_class pl on pl.oid = c.confrelid
      where c.contype = 'f' and cl.relnamespace = 'public'::regnamespace`,
  );
  const broken: string[] = [];
  for (const fk of constraints) {
    const [row] = await app.sql<{ n: number }>(
      `select count(*)::int as n from "${fk.child}" x where ${fk.cc.map((c) => `x."${c}" is not null`).join(' and ')}
         and not exists (select 1 from "${fk.parent}" p where ${fk.cc.map((c, i) => `p."${fk.pc[i]}" = x."${c}"`).join(' and ')})`,
    );
    if (row.n > 0) broken.push(`${fk.name}: ${row.n}`);
  }
  return broken;
}

beforeAll(async () => {
  [a, b] = await Promise.all([startTestApp(), startTestApp()]);
  registry = await readTenantFiles(TENANTS_DIRECTORY);
  // One seed region's demo data, so "untouched" covers real rows, not only the registry.
  await loadDemoData(a.ownerUrl, (await readFixtureFiles(FIXTURES_DIRECTORY)).filter((f) => f.tenant === SHILOU));
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

describe('npm run generate: a synthetic province', () => {
  let seedBefore: string;

  it('writes the same rows, ids included, into two databases for the same seed, and leaves the seed regions as they were', async () => {
    seedBefore = await seedRegionChecksum(a);
    first = await generateProvince(a.ownerUrl, OPTIONS, { registry });
    await generateProvince(b.ownerUrl, OPTIONS, { registry });
    const [left, right] = await Promise.all([checksums(a, '99'), checksums(b, '99')]);
    expect(Object.keys(left)).toEqual(expect.arrayContaining(['project_year', 'performance_indicator', 'monitoring_indicator_value', 'self_evaluation', 'self_evaluation_recheck', 'key_evaluation', 'evaluation_problem', 'disclosure', 'training_event', 'appraisal_review_score']));
    expect(right).toEqual(left);
    expect(first).toMatchObject({ tenants: 5, replaced: null });
    expect(first.rows).toBe(Object.values(first.rowsByTable).reduce((s, n) => s + n, 0));
    expect(await seedRegionChecksum(a)).toBe(seedBefore);
    expect(await orphans(a)).toEqual([]);
    // The planner's statistics know the rows just written (VACUUM ANALYZE after the load): every table
    // holds at least the generated rows in pg_class.reltuples (-1 or the size before, otherwise).
    const sizes = await a.sql<{ name: string; tuples: number }>(`select relname as name, reltuples::float8 as tuples from pg_class where relname = any($1) and relnamespace = 'public'::regnamespace`, [Object.keys(first.rowsByTable)]);
    expect(sizes).toHaveLength(Object.keys(first.rowsByTable).length);
    expect(sizes.filter(({ name, tuples }) => tuples < first.rowsByTable[name])).toEqual([]);
    // ... and the tables were vacuumed: their pages are marked all-visible, so a list's count reads
    // the index alone.
    const visible = await a.sql<{ name: string; pages: number; visible: number }>(
      `select relname as name, relpages as pages, relallvisible as visible from pg_class where relname = any($1) and relnamespace = 'public'::regnamespace`,
      [['project_year', 'performance_indicator', 'monitoring_indicator_value']],
    );
    expect(visible.filter(({ pages, visible }) => pages === 0 || visible < pages * 0.9)).toEqual([]);
  }, 120_000);

  it('follows the recipe: archetypes, project years and amounts in range and exact, goals for every project year, 6–10 indicators weighted 50/30/10', async () => {
    const plan = planProvince(OPTIONS);
    expect(plan.tenants.map((t) => t.archetype).sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    for (const tenant of plan.tenants) {
      const spec = ARCHETYPES[tenant.archetype];
      const [py] = await a.sql<{ n: number; total: string; whole: boolean; goals: number }>(
        `select count(*)::int as n, sum(y.approved_amount)::text as total, bool_and(y.approved_amount % 100 = 0) as whole,
                count(*) filter (where exists (select 1 from performance_goal g where g.tenant_id = y.tenant_id and g.project_year_id = y.id and g.is_current and g.status = 'ISSUED'))::int as goals
           from project_year y join project p on p.tenant_id = y.tenant_id and p.id = y.project_id
          where y.tenant_id = $1 and y.fiscal_year = 2024 and p.kind_code <> '21' and y.approved_amount > 0`,
        [tenant.id],
      );
      const planned = tenant.fixture().budgets.filter((g) => g.fiscalYear === 2024).reduce((s, g) => s + Number(g.count), 0);
      expect(py.n, tenant.code).toBe(planned);
      expect(py.n).toBeGreaterThanOrEqual(Math.max(4, Math.round(spec.projects[0] * OPTIONS.size)));
      expect(py.n).toBeLessThanOrEqual(Math.max(4, Math.round(spec.projects[1] * OPTIONS.size)));
      const plannedTotal = tenant.fixture().budgets.filter((g) => g.fiscalYear === 2024).reduce((s, g) => s + BigInt(g.approvedTotal.replace('.', '')), 0n);
      expect(py.total).toBe(`${plannedTotal / 100n}.${String(plannedTotal % 100n).padStart(2, '0')}`);
      expect(Number(py.total)).toBeGreaterThanOrEqual(spec.totalYi[0] * 1e8 * OPTIONS.size - 1);
      expect(Number(py.total)).toBeLessThanOrEqual(spec.totalYi[1] * 1e8 * OPTIONS.size + 1);
      expect(py.whole).toBe(true);
      expect(py.goals).toBe(py.n);
    }
    const goals = await a.sql<{ n: number; output: string; benefit: string; satisfaction: string }>(
      `select count(*)::int as n,
              sum(i.weight) filter (where i.level1 = 'OUTPUT')::text as output, sum(i.weight) filter (where i.level1 = 'BENEFIT')::text as benefit,
              sum(i.weight) filter (where i.level1 = 'SATISFACTION')::text as satisfaction
         from performance_goal g join tenant t on t.id = g.tenant_id join province p on p.id = t.province_id
         join performance_indicator i on i.tenant_id = g.tenant_id and i.goal_id = g.id
        where p.code = '99' and g.subject = 'PROJECT' group by g.tenant_id, g.id`,
    );
    expect(goals.length).toBeGreaterThan(100);
    expect(new Set(goals.map((g) => `${g.output}/${g.benefit}/${g.satisfaction}`))).toEqual(new Set(['50.00/30.00/10.00']));
    expect(Math.min(...goals.map((g) => g.n))).toBeGreaterThanOrEqual(6);
    expect(Math.max(...goals.map((g) => g.n))).toBeLessThanOrEqual(10);
    const mean = goals.reduce((s, g) => s + g.n, 0) / goals.length;
    expect(mean).toBeGreaterThan(6.8);
    expect(mean).toBeLessThan(8.5);
    // Monitoring: AUDITED records with warnings of every colour; rechecks and reviewed appraisals exist.
    const warnings = await a.sql<{ level: string }>(`select distinct warning_level::text as level from monitoring_record r join tenant t on t.id = r.tenant_id join province p on p.id = t.province_id where p.code = '99' order by 1`);
    expect(warnings.map((w) => w.level)).toEqual(['GREEN', 'RED', 'YELLOW']);
    const [reviews] = await a.sql<{ n: number }>(`select count(*)::int as n from appraisal_review r join province p on p.id = r.province_id where p.code = '99' and r.status = 'FINAL'`);
    expect(reviews.n).toBe(5);
  });

  it('returns figures for the generated tenants in the province comparison', async () => {
    const result = await a.request(
      CompareTenantsDocument,
      { fiscalYear: 2024, metricKeys: ['goal_coverage_count', 'monitor_coverage_count', 'self_eval_coverage_count', 'key_eval_count', 'appraisal_score_rate'] },
      { role: 'PROVINCE_ANALYST', province: '99' },
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.compareTenants.rows;
    expect(rows.map((r) => r.tenantCode).sort()).toEqual(planProvince(OPTIONS).tenants.map((t) => t.code).sort());
    for (const row of rows) {
      const value = (key: string) => row.values.find((v) => v.metricKey === key)!.value;
      expect(value('goal_coverage_count')).toBe('100.00');
      expect(value('self_eval_coverage_count')).toBe('100.00');
      expect(Number(value('monitor_coverage_count'))).toBeGreaterThan(0);
      expect(Number(value('key_eval_count'))).toBeGreaterThanOrEqual(1);
      expect(Number(value('appraisal_score_rate'))).toBeGreaterThan(50);
    }
  });

  it('replaces its own earlier run of the province, and nothing else', async () => {
    const before = await checksums(a, '99');
    const again = await generateProvince(a.ownerUrl, OPTIONS, { registry });
    expect(again.replaced).toBe(5);
    expect(await checksums(a, '99')).toEqual(before);
    const other = await generateProvince(a.ownerUrl, { ...OPTIONS, seed: 'another-seed', tenants: 3 }, { registry });
    expect(other.replaced).toBe(5);
    const [tenants] = await a.sql<{ n: number }>(`select count(*)::int as n from tenant t join province p on p.id = t.province_id where p.code = '99'`);
    expect(tenants.n).toBe(3);
    expect(await seedRegionChecksum(a)).toBe(seedBefore);
    expect(await orphans(a)).toEqual([]);
  }, 120_000);

  it.each([
    ['a seed region’s province (14 山西, 石楼县)', { province: { code: '14', name: '山西省' } }, /seed region/],
  ])('refuses %s', async (_what, change, message) => {
    await expect(generateProvince(a.ownerUrl, { ...OPTIONS, ...change }, { registry })).rejects.toThrow(message);
  });

  it('refuses a province that has a tenant it did not create, and a role that is not a superuser', async () => {
    await a.sql(`insert into tenant (province_id, code, name, kind) select id, '990999', '手工登记区', 'DISTRICT' from province where code = '99'`);
    await expect(generateProvince(a.ownerUrl, OPTIONS, { registry })).rejects.toThrow(/990999 手工登记区/);
    await a.sql(`delete from tenant where code = '990999'`);
    const refused = generateProvince(a.apiUrl, OPTIONS, { registry });
    await expect(refused).rejects.toBeInstanceOf(GeneratorError);
    await expect(refused).rejects.toThrow(/superuser/);
  });
});
