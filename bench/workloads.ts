// The five workloads of the benchmark, each as the requests every server answers it with: the
// product's GraphQL operations, PostGraphile's own generated queries for the same data, and the raw
// baseline's endpoints. A workload hands out requests and checks every answer; load (autocannon)
// and the statement probe both go through the same Traffic, so what is measured is what is checked.

export type ServerName = 'ours' | 'postgraphile' | 'raw';
export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5';
/** `small` asks for fewer rows than `full`; SQL statements per request must not differ between them. */
export type Size = 'small' | 'full';

export const SERVER_LABELS: Record<ServerName, string> = { ours: 'ours', postgraphile: 'PostGraphile 5', raw: 'raw pg' };

/** A DRAFT monitoring record W5 updates, with what it takes to build a valid update. */
export interface DraftRecord {
  id: string;
  version: number;
  /** The project year's current budget in fen: the update's amounts stay within it. */
  budgetFen: number;
  indicatorValues: number;
}

/** Everything the requests need; JSON, so the load process gets it as a message. */
export interface Fixture {
  year: number;
  tokens: { countyAdmin: string; provinceAnalyst: string; biReader: string };
  /** W3: the metrics compared. */
  metricKeys: string[];
  /** W3 small: one city's tenants instead of the province's. */
  smallCity: { code: string; tenants: number };
  provinceTenants: number;
  /** W5 only: the records to update (at least two per connection). */
  drafts: DraftRecord[];
}

export interface HttpRequestSpec {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Requests of one workload on one server. `next` hands out a request and the slot it belongs to;
 * `settle` takes that slot's answer and returns what is wrong with it (null when it is right).
 * Slots let stateful workloads (W4's cursor, W5's version) run on many connections at once.
 */
export interface Traffic {
  next(): { slot: number; request: HttpRequestSpec };
  settle(slot: number, status: number, body: string): string | null;
  /** What the last good answer of a slot held, to compare servers (e.g. the ids listed). */
  summary(slot: number): string | undefined;
}

export interface Workload {
  id: WorkloadId;
  title: string;
  /** Who asks, for the report. */
  role: string;
  servers: ServerName[];
  traffic(server: ServerName, fixture: Fixture, size: Size): Traffic;
}

// ---------------------------------------------------------------------------------------------
// Request plumbing
// ---------------------------------------------------------------------------------------------

function post(path: string, token: string, payload: unknown): HttpRequestSpec {
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  };
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Parses an answer; returns the error text for a failed request or one with GraphQL errors. */
function parse(status: number, body: string): { data: Json } | { error: string } {
  let json: Json;
  try {
    json = JSON.parse(body);
  } catch {
    return { error: `HTTP ${status}, not JSON: ${body.slice(0, 200)}` };
  }
  const first = json?.errors?.[0];
  if (first) {
    const code = first.extensions?.code ? `${first.extensions.code}: ` : '';
    return { error: `HTTP ${status}, ${code}${first.message}` };
  }
  if (status !== 200) return { error: `HTTP ${status}: ${body.slice(0, 200)}` };
  return { data: json.data ?? json };
}

/**
 * A workload that sends the same request over and over; `check` returns a problem with the data or
 * null, and a summary of it in `summary`.
 */
function fixedTraffic(request: HttpRequestSpec, check: (data: Json) => { problem: string | null; summary: string }): Traffic {
  let last: string | undefined;
  return {
    next: () => ({ slot: 0, request }),
    settle(_slot, status, body) {
      const parsed = parse(status, body);
      if ('error' in parsed) return parsed.error;
      const { problem, summary } = check(parsed.data);
      if (!problem) last = summary;
      return problem;
    },
    summary: () => last,
  };
}

const expectRows = (what: string, rows: unknown[] | undefined, expected: number) =>
  rows?.length === expected ? null : `${what}: expected ${expected} rows, got ${rows?.length ?? 'none'}`;

// ---------------------------------------------------------------------------------------------
// W1 county list: 20 project years of the year, with department and approved amount
// ---------------------------------------------------------------------------------------------

const W1_OURS = `query BenchCountyList($first: Int!, $year: Int!) {
  projectYears(first: $first, filter: { fiscalYear: $year }) {
    totalCount
    nodes { id fiscalYear status approvedAmount project { code name } department { code name } }
  }
}`;

const W1_POSTGRAPHILE = `query BenchCountyList($first: Int!, $year: Int!) {
  allProjectYears(first: $first, condition: { fiscalYear: $year }, orderBy: [PRIMARY_KEY_ASC]) {
    totalCount
    nodes {
      id: rowId fiscalYear status approvedAmount
      project: projectByTenantIdAndProjectIdAndDepartmentId { code name }
      department: departmentByTenantIdAndDepartmentId { code name }
    }
  }
}`;

function countyList(server: ServerName, fixture: Fixture, size: Size): Traffic {
  const first = size === 'full' ? 20 : 5;
  const variables = { first, year: fixture.year };
  const token = fixture.tokens.countyAdmin;
  const request =
    server === 'ours'
      ? post('/graphql', token, { query: W1_OURS, variables })
      : server === 'postgraphile'
        ? post('/graphql', token, { query: W1_POSTGRAPHILE, variables })
        : post('/w1', token, variables);
  return fixedTraffic(request, (data) => {
    const list = data.projectYears ?? data.allProjectYears ?? data;
    const nodes: Json[] = list?.nodes ?? [];
    const problem =
      expectRows('projectYears', nodes, Math.min(first, Number(list?.totalCount))) ??
      (nodes.every((n) => n.fiscalYear === fixture.year && n.approvedAmount && n.department?.code && n.project?.code) ? null : 'a project year lacks its year, amount, project or department');
    return { problem, summary: nodes.map((n) => n.id).join(',') };
  });
}

// ---------------------------------------------------------------------------------------------
// W2 county nested: departments → projects → budget years → current goal → indicators
// ---------------------------------------------------------------------------------------------

const INDICATOR_FIELDS = 'name level1 level2 comparator targetValue targetText unit weight';

const W2_OURS = `query BenchCountyNested($departments: Int!, $projects: Int!) {
  departments(first: $departments) {
    nodes {
      code name
      projects(first: $projects) {
        code name
        years { fiscalYear approvedAmount goal { goalText indicators { ${INDICATOR_FIELDS} } } }
      }
    }
  }
}`;

const W2_POSTGRAPHILE = `query BenchCountyNested($departments: Int!, $projects: Int!) {
  allDepartments(first: $departments, orderBy: [CODE_ASC]) {
    nodes {
      code name
      projects: projectsByTenantIdAndDepartmentId(first: $projects, orderBy: [CODE_ASC]) {
        nodes {
          code name
          years: projectYearsByTenantIdAndProjectIdAndDepartmentId(orderBy: [FISCAL_YEAR_ASC]) {
            nodes {
              fiscalYear approvedAmount
              goals: performanceGoalsByTenantIdAndProjectYearIdAndDepartmentId(condition: { isCurrent: true }) {
                nodes {
                  goalText
                  indicators: performanceIndicatorsByTenantIdAndGoalIdAndDepartmentId(orderBy: [SORT_ORDER_ASC]) { nodes { ${INDICATOR_FIELDS} } }
                }
              }
            }
          }
        }
      }
    }
  }
}`;

/** The same tree from either server, as plain arrays. */
function departmentsTree(data: Json): { code: string; projects: { code: string; years: { goal: { indicators: unknown[] } | null }[] }[] }[] {
  if (data.departments) return data.departments.nodes;
  return data.allDepartments.nodes.map((d: Json) => ({
    code: d.code,
    projects: d.projects.nodes.map((p: Json) => ({
      code: p.code,
      years: p.years.nodes.map((y: Json) => ({ goal: y.goals.nodes[0] ? { indicators: y.goals.nodes[0].indicators.nodes } : null })),
    })),
  }));
}

function countyNested(server: ServerName, fixture: Fixture, size: Size): Traffic {
  const variables = size === 'full' ? { departments: 10, projects: 10 } : { departments: 2, projects: 2 };
  const query = server === 'ours' ? W2_OURS : W2_POSTGRAPHILE;
  return fixedTraffic(post('/graphql', fixture.tokens.countyAdmin, { query, variables }), (data) => {
    const departments = departmentsTree(data);
    const projects = departments.flatMap((d) => d.projects);
    const indicators = projects.flatMap((p) => p.years.flatMap((y) => y.goal?.indicators ?? []));
    const problem =
      expectRows('departments', departments, variables.departments) ??
      (departments.every((d) => d.projects.length <= variables.projects) ? null : 'a department has more projects than asked for') ??
      (indicators.length > 0 ? null : 'no goal indicators in the tree');
    return { problem, summary: `${departments.length} departments, ${projects.length} projects, ${indicators.length} indicators` };
  });
}

// ---------------------------------------------------------------------------------------------
// W3 province comparison: every tenant of the province on ten metrics
// ---------------------------------------------------------------------------------------------

const W3_OURS = `query BenchProvinceComparison($year: Int!, $metricKeys: [String!], $filter: TenantFilter) {
  compareTenants(fiscalYear: $year, metricKeys: $metricKeys, filter: $filter) {
    rows { tenantCode tenantName values { metricKey value numerator denominator rank } }
    aggregates { metricKey total mean median }
  }
}`;

function provinceComparison(server: ServerName, fixture: Fixture, size: Size): Traffic {
  const filter = size === 'full' ? null : { cityCode: fixture.smallCity.code };
  const tenants = size === 'full' ? fixture.provinceTenants : fixture.smallCity.tenants;
  const token = fixture.tokens.provinceAnalyst;
  const variables = { year: fixture.year, metricKeys: fixture.metricKeys, filter };
  const request = server === 'ours' ? post('/graphql', token, { query: W3_OURS, variables }) : post('/w3', token, variables);
  return fixedTraffic(request, (data) => {
    // Ours answers rows with values; the raw baseline the statement's rows (operands n0…, d0…).
    const rows: Json[] = data.compareTenants?.rows ?? data.rows;
    const problem =
      expectRows('tenants', rows, tenants) ??
      (data.compareTenants && !rows.every((row) => row.values.length === fixture.metricKeys.length) ? 'a tenant lacks some of the metrics asked for' : null);
    const numerators = rows.map((row) => `${row.tenantCode ?? row.code}=${Number(row.values?.[0]?.numerator ?? row.n0)}`).sort();
    return { problem, summary: numerators.join(',') };
  });
}

// ---------------------------------------------------------------------------------------------
// W4 BI export: page through every metric row of the province, 1,000 rows a page
// ---------------------------------------------------------------------------------------------

const W4_OURS = `query BenchBiExport($year: Int!, $first: Int!, $after: String) {
  metricRows(fiscalYear: $year, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { tenantCode tenantName tenantKind cityName provinceName fiscalYear measuredYear metricKey label unit value numerator denominator }
  }
}`;

function biExport(_server: ServerName, fixture: Fixture, size: Size): Traffic {
  const first = size === 'full' ? 1000 : 100;
  // One reader per slot, each at its own place in the list; it starts over after the last page.
  const cursors: (string | null)[] = [];
  const free: number[] = [];
  const last: string[] = [];
  return {
    next() {
      const slot = free.pop() ?? cursors.push(null) - 1;
      return { slot, request: post('/graphql', fixture.tokens.biReader, { query: W4_OURS, variables: { year: fixture.year, first, after: cursors[slot] } }) };
    },
    settle(slot, status, body) {
      free.push(slot);
      const parsed = parse(status, body);
      if ('error' in parsed) {
        cursors[slot] = null;
        return parsed.error;
      }
      const page = parsed.data.metricRows;
      cursors[slot] = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      const problem = page.pageInfo.hasNextPage && page.nodes.length !== first ? `a page before the last holds ${page.nodes.length} rows, not ${first}` : null;
      if (!problem) last[slot] = `${page.nodes.length} rows of ${page.totalCount}`;
      return problem;
    },
    summary: (slot) => last[slot],
  };
}

// ---------------------------------------------------------------------------------------------
// W5 write: update a DRAFT monitoring record's execution, with the version last read
// ---------------------------------------------------------------------------------------------

const W5_OURS = `mutation BenchMonitoringUpdate($input: UpdateMonitoringRecordInput!) {
  updateMonitoringRecord(input: $input) {
    id version status executedToDate expectedYearEnd executionRatePct warningLevel warningReasons
    indicatorValues { deviationPct indicator { name } }
  }
}`;

const yuanOf = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

function monitoringUpdate(_server: ServerName, fixture: Fixture, size: Size): Traffic {
  // The probe updates the record with the fewest indicator values (small) or the most (full); the
  // load gives every request a record no other request is updating at the time.
  const byValues = [...fixture.drafts].sort((a, b) => a.indicatorValues - b.indicatorValues);
  const drafts = size === 'small' ? byValues.slice(0, 1) : [...byValues.slice(-1), ...fixture.drafts.filter((d) => d !== byValues[byValues.length - 1])];
  const records = drafts.map((draft) => ({ ...draft }));
  const free = records.map((_, i) => records.length - 1 - i);
  const sent: { executedFen: number }[] = [];
  const last: string[] = [];
  let sequence = 0;
  return {
    next() {
      const slot = free.pop();
      if (slot === undefined) throw new Error(`W5 ran out of monitoring records: ${records.length} prepared, all in flight or retired after an error`);
      const record = records[slot];
      // 30–69% of the budget executed, expected to reach all of it by the year end.
      const executedFen = Math.round((record.budgetFen * (30 + (sequence++ % 40))) / 100);
      sent[slot] = { executedFen };
      const input = {
        id: record.id,
        version: record.version,
        executedToDate: yuanOf(executedFen),
        expectedYearEnd: yuanOf(record.budgetFen),
        deviationNote: `执行进度更新 ${sequence}`,
      };
      return { slot, request: post('/graphql', fixture.tokens.countyAdmin, { query: W5_OURS, variables: { input } }) };
    },
    settle(slot, status, body) {
      const record = records[slot];
      const parsed = parse(status, body);
      // After an error the record's version is unknown: it is retired, not retried.
      if ('error' in parsed) return `record ${record.id} version ${record.version}: ${parsed.error}`;
      const updated = parsed.data.updateMonitoringRecord;
      const problem =
        updated.version !== record.version + 1
          ? `record ${record.id}: version ${updated.version} after updating version ${record.version}`
          : updated.executedToDate !== yuanOf(sent[slot].executedFen)
            ? `record ${record.id}: executedToDate ${updated.executedToDate}, sent ${yuanOf(sent[slot].executedFen)}`
            : null;
      record.version = updated.version;
      last[slot] = `${updated.indicatorValues.length} indicator values`;
      free.push(slot);
      return problem;
    },
    summary: (slot) => last[slot],
  };
}

export const WORKLOADS: Record<WorkloadId, Workload> = {
  W1: { id: 'W1', title: 'county list (20 project years with department and approved amount)', role: 'COUNTY_ADMIN', servers: ['ours', 'postgraphile', 'raw'], traffic: countyList },
  W2: { id: 'W2', title: 'county nested (10 departments × 10 projects × years × current goal × all indicators)', role: 'COUNTY_ADMIN', servers: ['ours', 'postgraphile'], traffic: countyNested },
  W3: { id: 'W3', title: 'province comparison (every tenant on 10 metrics)', role: 'PROVINCE_ANALYST', servers: ['ours', 'raw'], traffic: provinceComparison },
  W4: { id: 'W4', title: 'BI export (metric rows, 1,000 a page, cursor)', role: 'BI_READER', servers: ['ours'], traffic: biExport },
  W5: { id: 'W5', title: 'write (monitoring record update with its version)', role: 'COUNTY_ADMIN', servers: ['ours'], traffic: monitoringUpdate },
};

export const WORKLOAD_IDS = Object.keys(WORKLOADS) as WorkloadId[];

/** The ten metrics W3 compares: two of each family the registry covers. */
export const W3_METRIC_KEYS = [
  'goal_coverage_count',
  'goal_coverage_amount',
  'monitor_coverage_count',
  'monitor_rounds',
  'self_eval_coverage_count',
  'self_eval_mean_score',
  'key_eval_count',
  'key_eval_amount',
  'rectification_on_time_rate',
  'disclosure_rate',
];
