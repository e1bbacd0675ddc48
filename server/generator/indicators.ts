// 三级指标 of the synthetic province (合成省份): indicator sets of 6 to 10 rows per goal with the
// recipe's mix (数量 ≈2, 质量 ≈1.3, 时效 ≈1, 成本 ≈0.8, 社会 ≈1.2, 经济/生态/可持续 0.3–0.4, 满意度 1),
// weights 产出 50 / 效益 30 / 满意度 10 split as evenly as whole points allow. The expansion of
// server/fixtures/ picks one set per goal, as it does with the seed regions' smaller sets.
import type { ProjectKindCode } from '../fixtures/fixture.file.js';
import type { Random } from '../fixtures/fixture.random.js';
import type { IndicatorTemplate } from '../fixtures/fixture.templates.js';

type Level2 = IndicatorTemplate['level2'];
type Entry = [name: string, unit: string, comparator: IndicatorTemplate['comparator'], target: number | [number, number] | string];

const POOL: Record<Exclude<Level2, 'SATISFACTION'>, Entry[]> = {
  QUANTITY: [
    ['完成工作任务数', '项', 'GTE', [3, 40]],
    ['受益人数', '人', 'GTE', [100, 20000]],
    ['服务人次', '人次', 'GTE', [200, 50000]],
    ['实施项目个数', '个', 'GTE', [1, 30]],
    ['建设（改造）面积', '平方米', 'GTE', [500, 20000]],
    ['实施面积', '亩', 'GTE', [100, 30000]],
    ['道路建设里程', '公里', 'GTE', [1, 80]],
    ['购置设备数量', '台', 'GTE', [2, 80]],
    ['开展培训次数', '次', 'GTE', [2, 30]],
    ['保障性住房套数', '套', 'GTE', [10, 500]],
  ],
  QUALITY: [
    ['验收合格率', '%', 'GTE', 100],
    ['任务完成率', '%', 'GTE', 95],
    ['资金发放准确率', '%', 'GTE', 100],
    ['设备完好率', '%', 'GTE', 98],
    ['数据准确率', '%', 'GTE', 99],
  ],
  TIMELINESS: [
    ['资金支付及时率', '%', 'GTE', 95],
    ['按期完成率', '%', 'GTE', 95],
    ['完工时间', '月', 'LTE', 12],
    ['问题响应时间', '天', 'LTE', [3, 15]],
  ],
  COST: [
    ['成本控制率', '%', 'LTE', 100],
    ['人均补助标准', '元/人', 'LTE', [50, 2000]],
    ['项目总成本', '万元', 'LTE', [10, 3000]],
  ],
  ECONOMIC: [
    ['带动相关投资', '万元', 'GTE', [50, 2000]],
    ['受益群众增收', '万元', 'GTE', [20, 800]],
  ],
  SOCIAL: [
    ['公共服务水平', '', 'QUALITATIVE', '明显提升'],
    ['政策知晓率', '%', 'GTE', 90],
    ['群众生产生活条件', '', 'QUALITATIVE', '明显改善'],
  ],
  ECOLOGICAL: [
    ['生态环境', '', 'QUALITATIVE', '持续改善'],
    ['绿化覆盖率', '%', 'GTE', 40],
  ],
  SUSTAINABLE: [
    ['长效机制建设', '', 'QUALITATIVE', '建立并有效运行'],
    ['设施设备使用年限', '年', 'GTE', [5, 15]],
  ],
};

const OUTPUT: Level2[] = ['QUANTITY', 'QUALITY', 'TIMELINESS', 'COST'];

/** Whole-point weights summing to `total` over `n` rows, the larger ones first. */
function split(total: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));
}

/** One set: how many rows of each level2, then names (distinct within the set) and weights. */
function indicatorSet(rng: Random): IndicatorTemplate[] {
  const u = () => rng.next();
  const counts: Record<Exclude<Level2, 'SATISFACTION'>, number> = {
    QUANTITY: 1 + (u() < 0.7 ? 1 : 0) + (u() < 0.2 ? 1 : 0),
    QUALITY: 1 + (u() < 0.3 ? 1 : 0),
    TIMELINESS: u() < 0.85 ? 1 : 0,
    COST: u() < 0.7 ? 1 : 0,
    SOCIAL: 1 + (u() < 0.2 ? 1 : 0),
    ECONOMIC: u() < 0.35 ? 1 : 0,
    ECOLOGICAL: u() < 0.25 ? 1 : 0,
    SUSTAINABLE: u() < 0.35 ? 1 : 0,
  };
  const size = () => Object.values(counts).reduce((a, b) => a + b, 0) + 1;
  while (size() < 6) counts.QUANTITY < 3 ? counts.QUANTITY++ : counts.SUSTAINABLE++;
  for (const level2 of ['ECOLOGICAL', 'ECONOMIC', 'COST', 'SOCIAL', 'QUANTITY'] as const) while (size() > 10 && counts[level2] > 1) counts[level2]--;
  const rows: Omit<IndicatorTemplate, 'weight'>[] = [];
  for (const [level2, n] of Object.entries(counts) as [Exclude<Level2, 'SATISFACTION'>, number][]) {
    const pool = [...POOL[level2]];
    for (let k = 0; k < n; k++) {
      const [name, unit, comparator, target] = pool.splice(rng.int(0, pool.length - 1), 1)[0];
      rows.push({
        level1: OUTPUT.includes(level2) ? 'OUTPUT' : 'BENEFIT',
        level2,
        name,
        unit,
        comparator,
        ...(typeof target === 'string' ? { targetText: target } : { target }),
      });
    }
  }
  const output = split(50, rows.filter((r) => r.level1 === 'OUTPUT').length);
  const benefit = split(30, rows.filter((r) => r.level1 === 'BENEFIT').length);
  const weighted = rows.map((r) => ({ ...r, weight: (r.level1 === 'OUTPUT' ? output : benefit).shift()! }));
  const satisfaction = u() < 0.5 ? 90 : 85;
  weighted.push({ level1: 'SATISFACTION', level2: 'SATISFACTION', name: '服务对象满意度', comparator: 'GTE', target: satisfaction, unit: '%', weight: 10 });
  return weighted;
}

/** Twelve sets per project kind, drawn from the run's seed. */
export function indicatorSets(rng: Random): Record<ProjectKindCode, IndicatorTemplate[][]> {
  const sets = {} as Record<ProjectKindCode, IndicatorTemplate[][]>;
  for (const kind of ['22', '31', '32', '33'] as const) sets[kind] = Array.from({ length: 12 }, () => indicatorSet(rng));
  return sets;
}
