// What the workloads run with: tokens, the county and city they look at, the metrics compared, and
// the DRAFT monitoring records W5 updates, prepared through the API as a county admin would.
import { signToken } from '../server/auth/tokens.js';
import { validateScope } from '../server/auth/scope.js';
import { metricByKey } from '../server/metrics/metric.registry.js';
import { BENCH_PROVINCE, ownerQuery } from './database.js';
import { W3_METRIC_KEYS, type DraftRecord, type Fixture } from './workloads.js';

export class FixtureError extends Error {}

/** One GraphQL request to our server; throws with the server's message on any error. */
export async function graphql<T = any>(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new FixtureError(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
  }
  return body.data!;
}

/**
 * The county the county workloads run as: the province's tenant with the most project years of
 * the year (the heaviest list and tree), and the city with the fewest tenants for W3's small size.
 */
export async function buildFixture(options: { ownerUrl: string; year: number; provinceTenants: number; jwtSecret: string }): Promise<{ fixture: Fixture; county: { code: string; name: string; projectYears: number } }> {
  const [county] = await ownerQuery<{ code: string; name: string; project_years: number }>(
    options.ownerUrl,
    `select t.code, t.name, count(py.id)::int as project_years
       from tenant t join province p on p.id = t.province_id
       left join project_year py on py.tenant_id = t.id and py.fiscal_year = $2
      where p.code = $1 group by t.code, t.name order by 3 desc, 1 limit 1`,
    [BENCH_PROVINCE.code, options.year],
  );
  const [city] = await ownerQuery<{ code: string; tenants: number }>(
    options.ownerUrl,
    `select c.code, count(t.id)::int as tenants
       from city c join province p on p.id = c.province_id join tenant t on t.city_id = c.id
      where p.code = $1 group by c.code order by 2, 1 limit 1`,
    [BENCH_PROVINCE.code],
  );
  if (!county || county.project_years === 0) throw new FixtureError(`province ${BENCH_PROVINCE.code} has no project years of ${options.year}; generate it with --year ${options.year}`);
  for (const key of W3_METRIC_KEYS) {
    if (!metricByKey(key)) throw new FixtureError(`W3 compares metric "${key}", which server/metrics/metric.registry.ts no longer defines; update W3_METRIC_KEYS in bench/workloads.ts`);
  }
  const sign = (scope: Record<string, string>) =>
    signToken(validateScope({ subject: `bench:${scope.role.toLowerCase()}`, ...scope }), { secret: options.jwtSecret, ttlSeconds: 6 * 3600 });
  return {
    county: { code: county.code, name: county.name, projectYears: county.project_years },
    fixture: {
      year: options.year,
      tokens: {
        countyAdmin: await sign({ role: 'COUNTY_ADMIN', tenant: county.code }),
        provinceAnalyst: await sign({ role: 'PROVINCE_ANALYST', province: BENCH_PROVINCE.code }),
        biReader: await sign({ role: 'BI_READER', province: BENCH_PROVINCE.code }),
      },
      metricKeys: W3_METRIC_KEYS,
      smallCity: { code: city.code, tenants: city.tenants },
      provinceTenants: options.provinceTenants,
      drafts: [],
    },
  };
}

const fenOf = (yuan: string) => {
  const [whole, fraction = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
};
const yuanOf = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

const ROUND_KIND = 'KEY';
const roundPeriod = (year: number) => ({ periodEnd: `${year}-11-15`, dueDate: `${year}-11-30`, title: `${year}年11月重点监控（性能测试）` });

interface RecordNode {
  id: string;
  version: number;
  projectYear: { id: string; currentAmount: string };
  indicatorValues: unknown[];
}

const RECORD_FIELDS = 'id version projectYear { id currentAmount } indicatorValues { deviationPct }';

const draftOf = (node: RecordNode): DraftRecord => ({
  id: node.id,
  version: node.version,
  budgetFen: fenOf(node.projectYear.currentAmount),
  indicatorValues: node.indicatorValues.length,
});

async function recordsOfRound(url: string, token: string, roundId: string, status?: string): Promise<RecordNode[]> {
  const records: RecordNode[] = [];
  let after: string | null = null;
  do {
    const data: { monitoringRecords: { nodes: RecordNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await graphql(
      url,
      token,
      `query BenchDrafts($filter: MonitoringRecordFilter, $after: String) {
        monitoringRecords(first: 100, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } nodes { ${RECORD_FIELDS} } }
      }`,
      { filter: { roundId, ...(status ? { status } : {}) }, after },
    );
    records.push(...data.monitoringRecords.nodes);
    after = data.monitoringRecords.pageInfo.hasNextPage ? data.monitoringRecords.pageInfo.endCursor : null;
  } while (after);
  return records;
}

/** The bench's own monitoring round of the county, opened through the API the first time. */
async function benchRound(url: string, token: string, year: number): Promise<string> {
  const { periodEnd, dueDate, title } = roundPeriod(year);
  const { monitoringRounds } = await graphql<{ monitoringRounds: { id: string; periodEnd: string; kind: string; status: string }[] }>(
    url,
    token,
    `query BenchRounds($year: Int!) { monitoringRounds(fiscalYear: $year) { id periodEnd kind status } }`,
    { year },
  );
  const existing = monitoringRounds.find((round) => round.kind === ROUND_KIND && round.periodEnd.startsWith(periodEnd));
  if (existing) {
    if (existing.status !== 'OPEN') throw new FixtureError(`the benchmark's monitoring round ${existing.id} (${title}) is ${existing.status}; reopen it (reopenMonitoringRound) so W5 can update its records`);
    return existing.id;
  }
  const { createMonitoringRound } = await graphql<{ createMonitoringRound: { id: string } }>(
    url,
    token,
    `mutation BenchRound($input: CreateMonitoringRoundInput!) { createMonitoringRound(input: $input) { id } }`,
    { input: { fiscalYear: year, periodEnd, dueDate, kind: ROUND_KIND, title } },
  );
  return createMonitoringRound.id;
}

interface Candidate {
  id: string;
  currentAmount: string;
  goal: { status: string; indicators: { id: string; comparator: string; targetValue: string | null; targetText: string | null }[] } | null;
}

/** Targets are stored with four decimals; reported values take at most two. */
const twoDecimals = (value: string) => Number(value).toFixed(2);

/** A complete indicator report at the targets: what a department files when on track. */
function onTrackValues(goal: NonNullable<Candidate['goal']>) {
  return goal.indicators.map((indicator) =>
    indicator.comparator === 'QUALITATIVE'
      ? { indicatorId: indicator.id, actualText: '按计划推进', expectedText: indicator.targetText ?? '达到目标' }
      : { indicatorId: indicator.id, actualToDate: twoDecimals(indicator.targetValue!), expectedYearEnd: twoDecimals(indicator.targetValue!) },
  );
}

/**
 * At least `count` DRAFT records in the bench's round of the county, each with its current
 * version: the ones an earlier run left, plus new ones for APPROVED project years with an ISSUED goal.
 */
export async function prepareDrafts(url: string, fixture: Fixture, count: number, log: (line: string) => void): Promise<DraftRecord[]> {
  const token = fixture.tokens.countyAdmin;
  const roundId = await benchRound(url, token, fixture.year);
  const inRound = await recordsOfRound(url, token, roundId);
  const drafts = (await recordsOfRound(url, token, roundId, 'DRAFT')).map(draftOf);
  if (drafts.length >= count) return drafts;

  const taken = new Set(inRound.map((record) => record.projectYear.id));
  const candidates: Candidate[] = [];
  let after: string | null = null;
  while (candidates.length < count - drafts.length) {
    const data: { projectYears: { nodes: Candidate[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await graphql(
      url,
      token,
      `query BenchCandidates($year: Int!, $after: String) {
        projectYears(first: 100, after: $after, filter: { fiscalYear: $year, status: APPROVED }) {
          pageInfo { hasNextPage endCursor }
          nodes { id currentAmount goal { status indicators { id comparator targetValue targetText } } }
        }
      }`,
      { year: fixture.year, after },
    );
    candidates.push(...data.projectYears.nodes.filter((year) => year.goal?.status === 'ISSUED' && !taken.has(year.id)));
    if (!data.projectYears.pageInfo.hasNextPage) break;
    after = data.projectYears.pageInfo.endCursor;
  }
  const needed = count - drafts.length;
  if (candidates.length < needed) {
    throw new FixtureError(`W5 needs ${count} DRAFT monitoring records; the county has ${drafts.length} and only ${candidates.length} more APPROVED project years with an ISSUED goal. Lower the concurrency or generate a larger province.`);
  }
  log(`W5: creating ${needed} DRAFT monitoring records in the bench's round (${drafts.length} left from earlier runs)`);
  for (const year of candidates.slice(0, needed)) {
    const budget = fenOf(year.currentAmount);
    const { createMonitoringRecord } = await graphql<{ createMonitoringRecord: RecordNode }>(
      url,
      token,
      `mutation BenchDraft($input: CreateMonitoringRecordInput!) { createMonitoringRecord(input: $input) { ${RECORD_FIELDS} } }`,
      {
        input: {
          roundId,
          projectYearId: year.id,
          executedToDate: yuanOf(Math.round(budget * 0.4)),
          expectedYearEnd: yuanOf(budget),
          indicatorValues: onTrackValues(year.goal!),
        },
      },
    );
    drafts.push(draftOf(createMonitoringRecord));
  }
  return drafts;
}

/**
 * The drafts again with their current versions. A load run stops with updates in flight that the
 * server still commits, so the versions are read until two reads a moment apart agree.
 */
export async function refreshDrafts(url: string, fixture: Fixture): Promise<DraftRecord[]> {
  const ids = new Set(fixture.drafts.map((draft) => draft.id));
  const roundId = await benchRound(url, fixture.tokens.countyAdmin, fixture.year);
  const read = async () => (await recordsOfRound(url, fixture.tokens.countyAdmin, roundId, 'DRAFT')).filter((node) => ids.has(node.id)).map(draftOf);
  let drafts = await read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const again = await read();
    if (JSON.stringify(again) === JSON.stringify(drafts)) return drafts;
    drafts = again;
  }
}
