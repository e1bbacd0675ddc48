import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareTenantsDocument, type CompareTenantsQuery } from '../schema/generated/graphql.js';
import { FIXTURES_DIRECTORY, readFixtureFiles } from '../server/fixtures/fixture.file.js';
import { loadDemoData } from '../server/fixtures/fixture.loader.js';
import { startTestApp, type TestApp, type TokenSpec } from './helpers/test-app.js';

/**
 * Each seed region's golden figures (the figures its report states), read the way a province reads them: the
 * `compareTenants` query and the CSV download, with a province analyst's token of the region's
 * province, over the demo data of tenants/fixtures/.
 */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await loadDemoData(app.ownerUrl, await readFixtureFiles(FIXTURES_DIRECTORY));
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** Expected figures of a metric: its value, and where the report states them, numerator and denominator. */
type Expected = { value: string | ((value: string | null) => boolean); numerator?: string; denominator?: string };

interface Golden {
  code: string;
  name: string;
  province: string;
  R: number;
  figures: Record<string, Expected>;
}

const atLeast = (bound: number) => (value: string | null) => value !== null && Number(value) >= bound;
const positive = atLeast(1);

const GOLDEN: Golden[] = [
  {
    code: '370406',
    name: '山亭区',
    province: '37',
    R: 2024,
    figures: {
      goal_coverage_count: { value: '100.00', numerator: '1582', denominator: '1582' },
      goal_amount: { value: '5610000000.00' },
      monitor_coverage_count: { value: '100.00', numerator: '1582', denominator: '1582' },
      dept_goal_coverage: { value: '100.00', numerator: '57', denominator: '57' },
      dept_self_eval_coverage: { value: '100.00', numerator: '57', denominator: '57' },
      self_eval_project_count: { value: '135' },
      self_eval_amount: { value: '340000000.00' },
      self_eval_coverage_count: { value: '100.00', numerator: '135', denominator: '135' },
      key_eval_count: { value: '31' },
      key_eval_amount: { value: '1020000000.00' },
      problems_per_eval: { value: '2.29', numerator: '71', denominator: '31' },
      suggestion_ratio: { value: '97.18', numerator: '69', denominator: '71' },
      dept_eval_count: { value: '6' },
      cost_benefit_count: { value: '3' },
      fiscal_op_eval_coverage: { value: '100.00', numerator: '10', denominator: '10' },
      result_application_count: { value: '10' },
      result_reduction_amount: { value: '114590000.00' },
      result_increase_amount: { value: '33480000.00' },
      result_net_amount: { value: '-81110000.00' },
      result_absolute_amount: { value: '148070000.00' },
      training_sessions: { value: '2' },
      training_attendees: { value: '200' },
    },
  },
  {
    code: '370116',
    name: '莱芜区',
    province: '37',
    R: 2020,
    figures: {
      monitored_project_count: { value: '197' },
      monitored_amount: { value: '662210000.00' },
      monitor_rounds: { value: '1' },
      key_eval_count: { value: '12' },
      key_eval_third_party_ratio: { value: '100.00', numerator: '12', denominator: '12' },
      dept_eval_count: { value: '4' },
      pre_assess_rate: { value: '100.00', numerator: '1180', denominator: '1180' },
    },
  },
  {
    code: '211271',
    name: '铁岭经济开发区',
    province: '21',
    R: 2023,
    figures: {
      self_eval_unit_count: { value: '40' },
      self_eval_coverage_count: { value: '100.00' },
      grade_excellent_count: { value: positive },
      grade_good_count: { value: positive },
      grade_medium_count: { value: positive },
      grade_low_count: { value: positive },
      grade_poor_count: { value: positive },
    },
  },
  {
    code: '141126',
    name: '石楼县',
    province: '14',
    R: 2024,
    figures: {
      goal_amount: { value: '1650000000.00' },
      goal_coverage_amount: { value: '100.00', numerator: '1650000000.00', denominator: '1650000000.00' },
      dept_goal_coverage: { value: '81.82', numerator: '18', denominator: '22' },
      pre_assess_count: { value: '2' },
      key_eval_count: { value: '4' },
      key_eval_amount_general_public: { value: '17211000.00' },
      key_eval_amount_gov_fund: { value: '26000000.00' },
      key_eval_amount_social_insurance: { value: '163330000.00' },
      key_eval_amount_special_bond: { value: '5860000.00' },
      key_eval_amount: { value: '212401000.00' },
      appraisal_self_score_rate: { value: '100.00', numerator: '25.00', denominator: '25.00' },
    },
  },
  {
    code: '360724',
    name: '上犹县',
    province: '36',
    R: 2024,
    figures: {
      goal_count: { value: '2271' },
      goal_amount: { value: '6783146500.00' },
      monitor_rounds: { value: '4' },
      dept_eval_count: { value: '10' },
      key_eval_count: { value: '11' },
      recheck_ratio: { value: atLeast(20) },
    },
  },
];

const analyst = (province: string): TokenSpec => ({ role: 'PROVINCE_ANALYST', province });

function check(label: string, actual: { value: string | null; numerator: string | null; denominator: string | null } | undefined, expected: Expected): void {
  expect(actual, label).toBeDefined();
  if (typeof expected.value === 'function') expect(expected.value(actual!.value), `${label}: ${actual!.value}`).toBe(true);
  else expect(actual!.value, label).toBe(expected.value);
  if (expected.numerator !== undefined) expect(actual!.numerator, `${label} numerator`).toBe(expected.numerator);
  if (expected.denominator !== undefined) expect(actual!.denominator, `${label} denominator`).toBe(expected.denominator);
}

/** RFC 4180 rows (quoted fields with commas, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe.each(GOLDEN)('$name $code, $R report, as its province compares it', (golden) => {
  const keys = Object.keys(golden.figures);

  it('compareTenants shows every golden figure', async () => {
    const response = await app.request(CompareTenantsDocument, { fiscalYear: golden.R, metricKeys: keys }, analyst(golden.province));
    expect(response.errors).toBeUndefined();
    const row = response.data!.compareTenants.rows.find((r: CompareTenantsQuery['compareTenants']['rows'][number]) => r.tenantCode === golden.code);
    expect(row?.tenantName).toBe(golden.name);
    for (const key of keys) {
      const value = row!.values.find((v) => v.metricKey === key);
      check(`${golden.code} ${key}`, value, golden.figures[key]);
    }
  });

  it('the CSV download has the same figures', async () => {
    const token = await app.token(analyst(golden.province));
    const response = await fetch(`${app.url}/bi/metrics.csv?fiscalYear=${golden.R}&metrics=${keys.join(',')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // UTF-8 with a byte-order mark, so spreadsheet tools read the Chinese labels.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8').decode(bytes.slice(3)));
    const at = (name: string) => header.indexOf(name);
    for (const key of keys) {
      const line = rows.find((r) => r[at('tenantCode')] === golden.code && r[at('metricKey')] === key);
      const figure = line && { value: line[at('value')] || null, numerator: line[at('numerator')] || null, denominator: line[at('denominator')] || null };
      check(`CSV ${golden.code} ${key}`, figure, golden.figures[key]);
    }
  });
});

describe('the 山东 comparison of 2024', () => {
  it('ranks 山亭区 first on key evaluations and leaves 莱芜区 (no 2024 data) below it', async () => {
    const response = await app.request(CompareTenantsDocument, { fiscalYear: 2024, metricKeys: ['key_eval_count', 'goal_coverage_count'] }, analyst('37'));
    expect(response.errors).toBeUndefined();
    const figures = Object.fromEntries(
      response.data!.compareTenants.rows.map((row) => [row.tenantCode, Object.fromEntries(row.values.map((v) => [v.metricKey, { value: v.value, rank: v.rank }]))]),
    );
    expect(Object.keys(figures).sort()).toEqual(['370116', '370406']);
    expect(figures['370406'].key_eval_count).toEqual({ value: '31', rank: 1 });
    expect(figures['370116'].key_eval_count).toEqual({ value: '0', rank: 2 });
    // A rate over nothing is no rate: 莱芜区 has no 2024 project years, so no value and no rank.
    expect(figures['370406'].goal_coverage_count).toEqual({ value: '100.00', rank: 1 });
    expect(figures['370116'].goal_coverage_count).toEqual({ value: null, rank: null });
  });
});
