// 合成省份 (synthetic province): the synthetic-data recipe (scaled from the seed regions) turned into a
// plan — cities, tenants by archetype (A 城区型区, B 大县, C 小县, D 经开区, E 早期区), their org units
// and rules — and, per tenant, a fixture in the seed regions' format (server/fixtures/fixture.file.ts)
// that the fixture expansion turns into rows. Pure: the same options give the same plan.
import type {
  BudgetGroup,
  DisclosureSpec,
  FixtureFile,
  KeyEvaluationSpec,
  MonitoringRoundSpec,
  NamedProject,
  ResultApplicationSpec,
} from '../fixtures/fixture.file.js';
import { Random, apportion, fixtureId } from '../fixtures/fixture.random.js';
import type { IndicatorTemplate } from '../fixtures/fixture.templates.js';
import { RULE_DEFAULTS, FIVE_LEVEL, gradeFor, type RuleValues } from '../modules/rules/rule-definitions.js';
import { fromFen, toFen } from '../money.js';
import { indicatorSets } from './indicators.js';

export type Archetype = 'A' | 'B' | 'C' | 'D' | 'E';
type Range = [number, number];

interface ArchetypeSpec {
  label: string;
  kind: 'DISTRICT' | 'COUNTY' | 'DEV_ZONE';
  /** Share in the province (d.1: 4 / 4 / 3 / 2 / 1 of 14). */
  weight: number;
  departments: Range;
  /** Agencies per first-level department, or an absolute range (D). */
  agencies: number | Range;
  townships: Range;
  projects: Range;
  /** Σ approved amount of the in-scope project years, 亿元. */
  totalYi: Range;
  /** Finance key evaluations of projects per year (d.4). */
  keyEvaluations: Range;
  /** Years behind the others on the maturity ramps (d.5). */
  lag: Range;
}

export const ARCHETYPES: Record<Archetype, ArchetypeSpec> = {
  A: { label: '城区型区', kind: 'DISTRICT', weight: 4, departments: [50, 65], agencies: 2.2, townships: [8, 12], projects: [1300, 1800], totalYi: [45, 65], keyEvaluations: [20, 35], lag: [0, 0] },
  B: { label: '大县', kind: 'COUNTY', weight: 4, departments: [60, 80], agencies: 2.5, townships: [12, 16], projects: [1900, 2400], totalYi: [55, 75], keyEvaluations: [8, 15], lag: [0, 0] },
  C: { label: '小县', kind: 'COUNTY', weight: 3, departments: [18, 26], agencies: 2, townships: [8, 10], projects: [450, 650], totalYi: [14, 20], keyEvaluations: [3, 6], lag: [0, 0] },
  D: { label: '经开区', kind: 'DEV_ZONE', weight: 2, departments: [12, 20], agencies: [35, 45], townships: [0, 3], projects: [150, 350], totalYi: [3, 10], keyEvaluations: [2, 5], lag: [1, 2] },
  E: { label: '早期区', kind: 'DISTRICT', weight: 1, departments: [45, 60], agencies: 2.2, townships: [12, 16], projects: [1100, 1300], totalYi: [35, 45], keyEvaluations: [10, 14], lag: [0, 0] },
};

export interface GeneratorOptions {
  tenants: number;
  /** Comparison years, ascending (each also gets the previous year's self-evaluation scope). */
  years: number[];
  seed: string;
  province: { code: string; name: string };
  /** Multiplier of per-tenant volume (org units, project years, evaluations). */
  size: number;
}

export interface PlannedUnit {
  id: string;
  code: string;
  name: string;
  kind: 'DEPARTMENT' | 'AGENCY' | 'TOWNSHIP';
  parentId: string | null;
  isFirstLevel: boolean;
}

export interface PlannedTenant {
  id: string;
  code: string;
  name: string;
  archetype: Archetype;
  kind: ArchetypeSpec['kind'];
  cityIndex: number;
  units: PlannedUnit[];
  /** Rules that differ from the national defaults (stored as tenant_rule rows). */
  ruleOverrides: Partial<RuleValues>;
  rules: RuleValues;
  /** Built lazily: the expansion reads it, nothing else keeps it. */
  fixture: () => FixtureFile;
  /** The province's review (评定) of the last year's self-assessment, by item code. */
  reviewedScores: Record<string, string>;
}

export interface ProvincePlan {
  id: string;
  code: string;
  name: string;
  cities: { id: string; code: string; name: string }[];
  tenants: PlannedTenant[];
}

const FIRST = '安宝昌东丰福广海和华嘉江金静乐临龙明南宁平青庆瑞山胜泰天通万文西祥新兴阳永玉元长正中';
const SECOND = '城川丰河湖华江林宁平山水台阳源州原溪岭安';

const DEPARTMENTS = [
  '财政局', '发展和改革局', '教育和体育局', '科学技术局', '工业和信息化局', '公安局', '民政局', '司法局', '人力资源和社会保障局', '自然资源局',
  '生态环境分局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化和旅游局', '卫生健康局', '退役军人事务局', '应急管理局',
  '审计局', '市场监督管理局', '统计局', '医疗保障局', '城市管理局', '行政审批服务局', '林业局', '乡村振兴局', '档案馆', '机关事务服务中心',
  '人民政府办公室', '党委办公室', '人大常委会办公室', '政协办公室', '纪律检查委员会', '党委组织部', '党委宣传部', '党委统战部', '党委政法委员会', '党委编办',
  '总工会', '团委', '妇女联合会', '残疾人联合会', '科学技术协会', '工商业联合会', '红十字会', '融媒体中心', '人民法院', '人民检察院',
  '消防救援大队', '气象局', '供销合作社', '信访局', '粮食和物资储备局', '能源局', '国有资产服务中心', '投资促进中心', '大数据中心', '疾病预防控制中心',
  '园林绿化中心', '公共资源交易中心', '住房公积金管理中心', '退役军人服务中心', '不动产登记中心', '社会保险事业中心', '就业服务中心', '文物保护中心', '图书馆', '文化馆',
];
const AGENCY_SUFFIXES = ['事务服务中心', '综合执法大队', '信息中心', '保障中心', '监测站', '管理所', '服务站', '发展研究室'];
const THIRD_PARTIES = ['会计师事务所', '工程造价咨询公司', '管理咨询公司', '资产评估事务所'];
const APPRAISAL_ITEMS: [code: string, name: string, points: number, children?: [string, string, number][]][] = [
  ['1', '制度建设', 8],
  ['2', '交流培训', 4],
  ['3', '事前绩效评估', 8],
  ['4', '绩效目标管理', 16, [['4.1', '项目支出绩效目标管理', 8], ['4.2', '部门整体支出绩效目标管理', 8]]],
  ['5', '绩效监控管理', 12],
  ['6', '绩效评价管理', 28, [['6.1', '绩效自评情况', 12], ['6.2', '财政重点评价', 16]]],
  ['7', '评价结果应用', 16],
  ['8', '绩效信息公开', 8],
];

const range = (rng: Random, [min, max]: Range) => rng.int(min, max);
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const score2 = (value: number) => (Math.round(value * 2) / 2).toFixed(2);
const day = (year: number, month: number, dayOfMonth: number) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
/** Knuth's Poisson draw (λ small). */
function poisson(rng: Random, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k++;
  return k;
}
function shuffled<T>(rng: Random, list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** How many tenants of each archetype: one of each from five tenants on, the rest by the recipe's shares. */
export function archetypeCounts(tenants: number): Record<Archetype, number> {
  const keys = Object.keys(ARCHETYPES) as Archetype[];
  const base = tenants >= keys.length ? 1 : 0;
  const rest = tenants - base * keys.length;
  const total = keys.reduce((s, k) => s + ARCHETYPES[k].weight, 0);
  const exact = keys.map((k) => (rest * ARCHETYPES[k].weight) / total);
  const counts = exact.map(Math.floor);
  const order = keys.map((_, i) => i).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (let left = rest - counts.reduce((a, b) => a + b, 0), k = 0; left > 0; left--, k++) counts[order[k]]++;
  return Object.fromEntries(keys.map((k, i) => [k, counts[i] + base])) as Record<Archetype, number>;
}

/** Maturity on the d.5 ramps: 0 in 2020, 1 from 2024, a tenant `lag` years behind. */
const maturity = (year: number, lag: number) => clamp((year - 2020 - lag) / 4, 0, 1);
const lerp = (from: number, to: number, m: number) => from + (to - from) * m;

export function planProvince(options: GeneratorOptions): ProvincePlan {
  const { seed } = options;
  const P = options.province.code;
  const id = (key: string) => fixtureId(`generator/${seed}/${P}/${key}`);
  const rng = new Random(`${seed}/${P}/province`);
  const names = shuffled(rng, [...FIRST].flatMap((a) => [...SECOND].map((b) => a + b)));
  const nameAt = (i: number) => names[i % names.length] + (i >= names.length ? String(Math.floor(i / names.length) + 1) : '');
  const cityCount = Math.max(1, Math.ceil(options.tenants / 10));
  const cities = Array.from({ length: cityCount }, (_, i) => ({ id: id(`city/${i + 1}`), code: `${P}${pad(i + 1)}`, name: `${nameAt(i)}市` }));
  const counts = archetypeCounts(options.tenants);
  const kinds = shuffled(rng, (Object.keys(counts) as Archetype[]).flatMap((k) => Array<Archetype>(counts[k]).fill(k)));
  const sets = indicatorSets(new Random(`${seed}/${P}/indicator-sets`));
  const perCity = new Map<number, { county: number; zone: number }>();
  const tenants = kinds.map((archetype, n) => {
    const cityIndex = n % cityCount;
    const city = cities[cityIndex];
    const next = perCity.get(cityIndex) ?? { county: 0, zone: 70 };
    perCity.set(cityIndex, next);
    // Development zones get a code of their own under the city (7x, as 211271 铁岭经开区).
    const code = archetype === 'D' && next.zone < 99 ? `${city.code}${++next.zone}` : `${city.code}${pad(++next.county)}`;
    const base = nameAt(cityCount + n);
    const name = archetype === 'D' ? `${city.name.replace(/市$/, '')}${base}经济技术开发区` : `${base}${ARCHETYPES[archetype].kind === 'COUNTY' ? '县' : '区'}`;
    // One outlier district about three times archetype A (顺庆区, d.1), in provinces of 20 tenants or more.
    const outlier = options.tenants >= 20 && archetype === 'A' && kinds.indexOf('A') === n;
    return planTenant({ options, id: id(`tenant/${code}`), code, name, archetype, cityIndex, outlier, sets });
  });
  return { id: id('province'), code: P, name: options.province.name, cities, tenants };
}

interface TenantInput {
  options: GeneratorOptions;
  id: string;
  code: string;
  name: string;
  archetype: Archetype;
  cityIndex: number;
  outlier: boolean;
  sets: Record<string, IndicatorTemplate[][]>;
}

function planTenant(input: TenantInput): PlannedTenant {
  const { options, code, name, archetype } = input;
  const spec = ARCHETYPES[archetype];
  const rng = new Random(`${options.seed}/${code}/plan`);
  const unitId = (key: string) => fixtureId(`generator/${options.seed}/${code}/unit/${key}`);
  const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * options.size));

  // Org units: first-level departments (财政局 first), their agencies, and 镇街.
  const departmentCount = scaled(range(rng, spec.departments), 3);
  const units: PlannedUnit[] = [];
  const departments: PlannedUnit[] = [];
  for (let i = 0; i < departmentCount; i++) {
    const base = DEPARTMENTS[i] ?? `第${i + 1 - DEPARTMENTS.length}事务服务中心`;
    const unit: PlannedUnit = { id: unitId(i === 0 ? 'FIN' : `D${pad(i, 3)}`), code: i === 0 ? 'FIN' : `D${pad(i, 3)}`, name: `${name}${base}`, kind: 'DEPARTMENT', parentId: null, isFirstLevel: true };
    departments.push(unit);
    units.push(unit);
  }
  const agencyCount = typeof spec.agencies === 'number' ? Math.round(departmentCount * spec.agencies * (input.outlier ? 1.5 : 1)) : scaled(range(rng, spec.agencies));
  const agencies: PlannedUnit[] = [];
  for (let i = 0; i < agencyCount; i++) {
    const parent = departments[i % departmentCount];
    const k = Math.floor(i / departmentCount);
    const short = parent.name.slice(name.length);
    const agency: PlannedUnit = { id: unitId(`${parent.code}-${k + 1}`), code: `${parent.code}-${k + 1}`, name: `${name}${short}${AGENCY_SUFFIXES[k % AGENCY_SUFFIXES.length]}${k >= AGENCY_SUFFIXES.length ? k + 1 : ''}`, kind: 'AGENCY', parentId: parent.id, isFirstLevel: false };
    agencies.push(agency);
    units.push(agency);
  }
  const townshipCount = spec.townships[1] === 0 ? 0 : Math.max(spec.townships[0] === 0 ? 0 : 1, Math.round(range(rng, spec.townships) * Math.min(1, options.size * 4)));
  const townships: PlannedUnit[] = [];
  const townNames = shuffled(rng, [...FIRST].map((c) => c + [...SECOND][rng.int(0, SECOND.length - 1)]));
  for (let i = 0; i < townshipCount; i++) {
    const street = archetype === 'A' ? i < townshipCount / 2 : i === 0;
    const town: PlannedUnit = { id: unitId(`T${pad(i + 1)}`), code: `T${pad(i + 1)}`, name: `${townNames[i]}${street ? '街道' : '镇'}`, kind: 'TOWNSHIP', parentId: null, isFirstLevel: false };
    townships.push(town);
    units.push(town);
  }

  const lag = range(rng, spec.lag);
  const ruleOverrides: Partial<RuleValues> = {};
  if (archetype === 'D') ruleOverrides.gradeScheme = FIVE_LEVEL;
  if (archetype === 'E') ruleOverrides.preAssessmentTriggers = { ...RULE_DEFAULTS.preAssessmentTriggers, mandatoryAll: true };
  const rules: RuleValues = { ...RULE_DEFAULTS, ...ruleOverrides };
  const years = options.years;
  const last = years[years.length - 1];
  const projects = range(rng, spec.projects) * (input.outlier ? 3 : 1);
  const totalYi = rng.between(spec.totalYi[0], spec.totalYi[1]) * (input.outlier ? 3 : 1);
  const totalOf = (year: number) => BigInt(Math.round(totalYi * 1e6 * options.size * (1 + 0.03 * (year - last)))) * 10_000n; // fen, whole 0.01万
  const countOf = (year: number) => scaled(projects * (1 + 0.02 * (year - last)), 4);
  const qualityFactor = clamp(0.86 + 0.072 * rng.normal(), 0.6, 1);

  // The province's review of the last year's self-assessment: eval ~ N(86, 7.2) of 100 (山西's
  // N(21.5, 1.8) of 25, scaled), items tied to what the plan knows, the self score a little above.
  const m = maturity(last, lag);
  const deptGoalShareLast = archetype === 'C' ? 18 / 22 : m === 0 ? 5 / departmentCount : lerp(0.6, rng.between(0.8, 1), m);
  const monitorShareLast = lerp(0.2, archetype === 'D' ? rng.between(0.85, 1) : 1, m);
  const reviewedScores: Record<string, string> = {};
  const selfScores: Record<string, { score: string; evidence: string }> = {};
  for (const [itemCode, itemName, points, children] of APPRAISAL_ITEMS) {
    for (const [leafCode, leafName, max] of children ?? [[itemCode, itemName, points]]) {
      const basis = leafCode === '4.2' ? deptGoalShareLast : leafCode === '5' ? monitorShareLast : qualityFactor * (1 + 0.05 * rng.normal());
      const reviewed = clamp(Math.round(max * clamp(basis, 0, 1) * 100) / 100, 0, max);
      const self = clamp(Math.round((reviewed + max * Math.abs(0.05 + 0.03 * rng.normal())) * 100) / 100, reviewed, max);
      reviewedScores[leafCode] = reviewed.toFixed(2);
      selfScores[leafCode] = { score: self.toFixed(2), evidence: `${leafName}：按考核办法逐项自评，佐证材料已上传` };
    }
  }

  const fixture = (): FixtureFile => buildFixture({ input, rng: new Random(`${options.seed}/${code}/fixture`), rules, lag, departments, agencies, townships, countOf, totalOf, deptGoalShareLast, monitorShareLast, selfScores });
  return { id: input.id, code, name, archetype, kind: spec.kind, cityIndex: input.cityIndex, units, ruleOverrides, rules, fixture, reviewedScores };
}

interface FixtureInput {
  input: TenantInput;
  rng: Random;
  rules: RuleValues;
  lag: number;
  departments: PlannedUnit[];
  agencies: PlannedUnit[];
  townships: PlannedUnit[];
  countOf: (year: number) => number;
  totalOf: (year: number) => bigint;
  deptGoalShareLast: number;
  monitorShareLast: number;
  selfScores: Record<string, { score: string; evidence: string }>;
}

const DEFAULT_CADENCE = ['03-31', '06-30', '09-30', '10-31', '11-30', '12-31'];

/** The tenant's facts for every year, in the seed fixtures' format. */
function buildFixture(f: FixtureInput): FixtureFile {
  const { input, rng, rules, lag, departments, agencies, townships, countOf, totalOf } = f;
  const { options, code, name, archetype } = input;
  const spec = ARCHETYPES[archetype];
  const years = options.years;
  const first = years[0];
  const last = years[years.length - 1];
  const inList = (year: number) => years.includes(year);
  const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * options.size));
  const departmentCodes = departments.map((d) => d.code);
  const owners = [...departmentCodes, ...agencies.map((a) => a.code)];
  const budgets: BudgetGroup[] = [];
  const namedProjects: NamedProject[] = [];
  const monitoringRounds: MonitoringRoundSpec[] = [];
  const departmentGoals: FixtureFile['departmentGoals'] = [];
  const keyEvaluations: KeyEvaluationSpec[] = [];
  const resultApplications: ResultApplicationSpec[] = [];
  const disclosures: DisclosureSpec[] = [];
  const trainings: FixtureFile['trainings'] = [];
  const goalDepartments = new Map<number, string[]>();
  const preAssessment = archetype === 'E' ? 'ALL' : 'TRIGGERED';

  for (let year = first - 1; year <= last; year++) {
    const m = maturity(year, lag);
    const status = year < last ? 'CLOSED' : 'APPROVED';
    let count = countOf(year);
    let total = totalOf(year);

    // Monitoring rounds of the year: one 1–7月 round early on, then the cadence (d.4).
    const rounds: string[] = [];
    if (inList(year)) {
      let ends: { end: string; records: boolean; paymentOnly?: boolean }[];
      if (m < 0.5) ends = [{ end: '07-31', records: true }];
      else if (archetype === 'D') ends = ['06-30', '12-31'].map((end) => ({ end, records: true, paymentOnly: true }));
      else if (archetype === 'C') ends = (rng.next() < 0.5 ? ['06-30', '09-30', '12-31'] : ['07-31', '10-31']).map((end) => ({ end, records: true }));
      else {
        const dropped = new Set(shuffled(rng, [0, 1, 2, 3, 4]).slice(0, rng.int(1, 2)));
        ends = DEFAULT_CADENCE.map((end, i) => ({ end, records: !dropped.has(i) }));
      }
      const withRecords = ends.filter((e) => e.records);
      for (const e of ends) {
        const key = `M${year}-${e.end.slice(0, 2)}`;
        const lastRound = e === withRecords[withRecords.length - 1];
        monitoringRounds.push({ key, periodEnd: `${year}-${e.end}`, kind: 'PERIODIC', records: e.records, paymentOnly: e.paymentOnly, departmentRecords: lastRound && m >= 0.5 && archetype !== 'D' && archetype !== 'C' });
        if (e.records) rounds.push(key);
      }
    }

    // Key-evaluated projects of this year (evaluated in year + 1): named, so their amounts are known
    // and the result applications can be sized; about 12–20% of next year's amount (C18).
    const evaluatedIn = year + 1;
    const named: NamedProject[] = [];
    if (inList(evaluatedIn)) {
      const n = scaled(range(rng, spec.keyEvaluations) * lerp(1 / 1.5, 1, maturity(evaluatedIn, lag)));
      const amount = (totalOf(evaluatedIn) * BigInt(Math.round(rng.between(0.12, 0.2) * 1000))) / 1000n;
      const weights = Array.from({ length: n }, () => Math.exp(0.9 * rng.normal()));
      const amounts = apportion((amount / 10_000n) * 10_000n, weights, 10_000n);
      amounts.forEach((fen, k) => {
        const department = departmentCodes[rng.int(0, departmentCodes.length - 1)];
        const kind = rng.pick([['31', 50], ['32', 35], ['33', 15]] as const);
        const bond = rng.next() < 0.08;
        named.push({
          key: `K${year}-${k + 1}`,
          name: `${year}年${departments.find((d) => d.code === department)!.name.slice(name.length)}重点项目${k + 1}`,
          department,
          fiscalYear: year,
          kind,
          budgetType: bond ? 'GOV_FUND' : 'GENERAL_PUBLIC',
          specialBond: bond,
          amount: fromFen(fen),
          nature: 'CONTINUING',
          termYears: 1,
        });
      });
    }

    // Self-evaluation scope of this year (自评 in year + 1): 6–12% of the project years.
    if (inList(evaluatedIn)) {
      const share = rng.between(0.06, 0.12);
      const scopeCount = Math.max(1, Math.round(count * share));
      const scopeTotal = ((total * BigInt(Math.round(share * rng.between(0.6, 1) * 1000))) / 1000n / 10_000n) * 10_000n;
      budgets.push({ key: `S${year}`, fiscalYear: year, count: scopeCount, approvedTotal: fromFen(scopeTotal), owners, status: 'CLOSED', preAssessment, selfEvaluation: true, monitoring: rounds.length ? { rounds } : undefined });
      count -= scopeCount;
      total -= scopeTotal;
    }

    if (inList(year)) {
      // The rest of the year, monitored and (below full coverage) not.
      const coverage = year === last ? f.monitorShareLast : lerp(0.2, 1, m);
      const monitored = Math.max(1, Math.round(count * coverage));
      const monitoredTotal = monitored === count ? total : ((total * BigInt(monitored)) / BigInt(count) / 10_000n) * 10_000n;
      const namedTotal = named.reduce((s, p) => s + toFen(p.amount), 0n);
      const fits = named.length < monitored && namedTotal < monitoredTotal;
      budgets.push({ key: `Y${year}`, fiscalYear: year, count: monitored, approvedTotal: fromFen(monitoredTotal), owners, status, preAssessment, monitoring: rounds.length ? { rounds } : undefined });
      if (monitored < count) budgets.push({ key: `Y${year}-U`, fiscalYear: year, count: count - monitored, approvedTotal: fromFen(total - monitoredTotal), owners, status, preAssessment });
      if (fits) for (const p of named) p.group = `Y${year}`;
    }
    namedProjects.push(...named);

    // 部门整体绩效目标: pilots early on, then 60–90% → 80–100% (d.3); 石楼-like C pinned to 18/22.
    const share = year === last ? f.deptGoalShareLast : archetype === 'C' && m >= 1 ? 18 / 22 : m === 0 ? 0 : lerp(0.6, rng.between(0.8, 1), m);
    const goalCount = clamp(m === 0 && year !== last ? Math.min(departmentCodes.length, rng.int(4, 6)) : Math.round(departmentCodes.length * share), 1, departmentCodes.length);
    const chosen = shuffled(rng, departmentCodes).slice(0, goalCount).sort();
    goalDepartments.set(year, chosen);
    departmentGoals.push({ fiscalYear: year, departments: chosen });

    if (!inList(year)) continue;
    // Evaluations conducted this year: the key-evaluated projects of last year, department-overall
    // (8–15% of departments), fiscal operation of every 镇街 (A), cost-benefit analyses (A).
    const R = year;
    const grade = (score: string) => gradeFor(Number(score), rules.gradeScheme);
    const evaluate = (key: string, object: KeyEvaluationSpec['object'], title: string, fiscalYear: number, extra: Partial<KeyEvaluationSpec>, withProblems: boolean): KeyEvaluationSpec => {
      const finalizedOn = day(R, rng.int(8, 11), rng.int(1, 28));
      const problems = withProblems ? poisson(rng, 2.3) : 0;
      let withoutSuggestion = 0;
      for (let k = 0; k < problems; k++) if (rng.next() < 0.03) withoutSuggestion++;
      const thirdParty = rng.next() < 0.85 ? `第三方评价机构（${THIRD_PARTIES[rng.int(0, THIRD_PARTIES.length - 1)]}）` : undefined;
      const evaluation: KeyEvaluationSpec = {
        key,
        object,
        title,
        fiscalYear,
        yearConducted: R,
        score: score2(clamp(81 + 7 * rng.normal(), 45, 98)),
        problems: problems > 0 ? { count: problems, withoutSuggestion } : undefined,
        finalizedOn,
        feedbackOn: addDays(finalizedOn, 12),
        weights: rng.next() < 0.1 ? [15, 15, 40, 30] : [20, 20, 30, 30],
        thirdParty,
        methods: ['DOCUMENT_REVIEW', 'FIELD_RESEARCH', 'QUESTIONNAIRE'],
        panel: rng.int(3, 5),
        reportedToGovernmentOn: day(R, 12, 20),
        ...extra,
      };
      keyEvaluations.push(evaluation);
      return evaluation;
    };
    for (const project of namedProjects.filter((p) => p.fiscalYear === R - 1 && p.key.startsWith('K'))) {
      const evaluation = evaluate(`KE-${project.key}`, 'PROJECT', `${project.name}财政重点绩效评价`, R - 1, { projectYear: project.key }, true);
      if (rng.next() >= 0.32) continue;
      // 结果应用 into next year's budget, by grade (d.4).
      const g = grade(evaluation.score);
      const action =
        g === 'EXCELLENT' ? rng.pick([['INCREASE', 60], ['MAINTAIN', 40]] as const)
        : g === 'GOOD' ? rng.pick([['MAINTAIN', 85], ['REDUCE', 15]] as const)
        : g === 'POOR' ? rng.pick([['CANCEL', 60], ['REDUCE', 40]] as const)
        : rng.pick([['REDUCE', 80], ['MERGE', 10], ['MAINTAIN', 10]] as const);
      const amount = toFen(project.amount);
      const pct = action === 'INCREASE' ? rng.between(0.05, 0.3) : action === 'REDUCE' ? -rng.between(0.1, 0.6) : action === 'CANCEL' ? -1 : 0;
      const delta = ((amount * BigInt(Math.round(pct * 1000))) / 1000n / 10_000n) * 10_000n;
      resultApplications.push({ evaluation: evaluation.key, action, amountDelta: fromFen(delta === 0n && pct !== 0 ? (pct > 0 ? 10_000n : -10_000n) : delta), targetFiscalYear: R + 1, decidedOn: day(R, 12, 16), note: `根据${R - 1}年度重点绩效评价结果调整${R + 1}年预算` });
    }
    const m1 = maturity(R, lag);
    if (m1 > 0) {
      const withGoals = goalDepartments.get(R - 1) ?? departmentCodes;
      const overall = shuffled(rng, withGoals).slice(0, Math.max(1, Math.round(departmentCodes.length * rng.between(0.08, 0.15))));
      for (const d of overall) evaluate(`DO-${R}-${d}`, 'DEPARTMENT_OVERALL', `${departments.find((u) => u.code === d)!.name}${R - 1}年度部门整体支出绩效评价`, R - 1, { department: d }, true);
    }
    if (archetype === 'A' && m1 >= 0.75) {
      for (const t of townships) evaluate(`FO-${R}-${t.code}`, 'FISCAL_OPERATION', `${name}${t.name}${R - 1}年度财政运行综合评价`, R - 1, { township: t.code, amount: fromFen(BigInt(Math.max(1, Math.round(rng.int(8_000, 25_000) * Math.min(1, options.size) * 100))) * 10_000n), panel: 0, thirdParty: undefined }, false);
      const costBenefit = Math.min(scaled(rng.int(0, 5), 0), 3);
      for (let k = 1; k <= costBenefit; k++) evaluate(`CB-${R}-${k}`, 'COST_BENEFIT', '{project}成本效益分析', R, { projectYear: { group: `Y${R}`, largest: k, kind: '31' }, methods: ['COST_BENEFIT_ANALYSIS', 'DOCUMENT_REVIEW'], finalizedOn: day(R, 11, 10), feedbackOn: day(R, 11, 20), reportedToGovernmentOn: undefined }, false);
    }

    // 信息公开: 70% → 98% of the required documents (d.5); to 人大 from 2022 in A/B/C.
    const npc = R >= 2022 && (archetype === 'A' || archetype === 'B' || archetype === 'C');
    const published = lerp(0.7, 0.98, m1);
    const docs: [DisclosureSpec['docType'], number, DisclosureSpec['subjects'], string][] = [
      ['GOAL_TABLE', R, 'PROJECT_GOALS', day(R, 2, 6)],
      ['DEPARTMENT_GOAL_TABLE', R, 'DEPARTMENT_GOALS', day(R, 1, 18)],
      ['SELF_EVALUATION_TABLE', R - 1, 'PROJECT_SELF_EVALUATIONS', day(R, 6, 20)],
      ['EVALUATION_REPORT', R - 1, 'KEY_EVALUATIONS', day(R, 12, 28)],
      ['FINAL_ACCOUNT_PERFORMANCE', R - 1, 'REGION', day(R, 8, 28)],
    ];
    docs.forEach(([docType, fiscalYear, subjects, publishedOn], k) => {
      if (k > 0 && rng.next() > published) return;
      const channels: DisclosureSpec['channels'] = docType === 'FINAL_ACCOUNT_PERFORMANCE' ? ['TO_NPC'] : npc && docType !== 'EVALUATION_REPORT' && docType !== 'SELF_EVALUATION_TABLE' ? ['GOV_WEBSITE', 'TO_NPC'] : ['GOV_WEBSITE'];
      disclosures.push({ docType, fiscalYear, subjects, channels, publishedOn });
    });
    for (let k = 0, n = rng.int(1, 3); k < n; k++) {
      trainings.push({ heldOn: day(R, 3 + k * 3, rng.int(5, 25)), title: `${R}年预算绩效管理业务培训（第${k + 1}期）`, attendees: rng.int(80, 250), audience: '各预算部门（单位）绩效管理人员', provider: `${name}财政局` });
    }
  }

  const scope = goalDepartments.get(last - 1) ?? [];
  const recheckRatio = (archetype === 'C' || archetype === 'D' ? rng.between(0.1, 0.25) : rng.between(0.2, 0.25)) * maturity(last, lag);
  const experts = Array.from({ length: Math.max(6, scaledExperts(rng, options.size)) }, (_, n) => {
    const specialty = rng.next() < 0.6 ? ('INDUSTRY' as const) : ('FINANCE' as const);
    return { name: `评审专家${pad(n + 1, 3)}（${specialty === 'INDUSTRY' ? '行业' : '财务'}）`, specialty, organization: specialty === 'INDUSTRY' ? '行业主管部门推荐' : '会计师事务所' };
  });
  return {
    tenant: code,
    name,
    reportedYear: last,
    source: `合成省份生成器（种子 ${options.seed}）`,
    seed: `${options.seed}/${code}`,
    financeBureau: `${name}财政局`,
    notes: [],
    departments: [],
    budgets,
    namedProjects,
    operatingFunds: { fiscalYear: last, owners: agencies.length ? agencies.map((a) => a.code) : departmentCodes, perOwnerWan: [10, 80] },
    departmentGoals,
    monitoringRounds,
    departmentSelfEvaluations: scope.length ? { fiscalYear: last - 1, departments: scope } : undefined,
    rechecks: recheckRatio > 0 ? { fiscalYear: last - 1, ratio: Math.round(recheckRatio * 100) / 100, basis: 'PROJECTS' } : undefined,
    experts,
    keyEvaluations,
    rectification: { onTime: 0.75, late: 0.2, open: 0.05 },
    resultApplications,
    disclosures,
    trainings,
    appraisal: {
      scheme: {
        fiscalYear: last,
        name: `${options.province.name}预算绩效管理工作考核（县级财政部门，${last}年度）`,
        totalPoints: '100',
        publishedOn: day(last, 11, 15),
        items: APPRAISAL_ITEMS.map(([itemCode, itemName, points, children]) => ({
          code: itemCode,
          name: itemName,
          maxPoints: String(points),
          children: children?.map(([c, n, p]) => ({ code: c, name: n, maxPoints: String(p) })),
        })),
      },
      submission: { submittedOn: day(last + 1, 1, 20), selfScores: f.selfScores },
    },
    indicatorSets: input.sets,
  };
}

/** 专家库 of 20–60 per tenant (d.4), scaled with the tenant. */
function scaledExperts(rng: Random, size: number): number {
  return Math.round(rng.int(20, 60) * Math.min(1, size * 2));
}
