// 绩效管理对比指标: the metrics a province compares its counties on. THE one definition of each
// (DESIGN.md invariant 7): the comparison query, the trends, the BI rows, the CSV and the tests all
// read this list. A metric is measured for a comparison year R (the year a region reports on) and
// states which fiscal year it measures relative to R. Its numerator and denominator are columns
// of a SQL family (metric.sql.ts), computed for all tenants at once; the value is derived exactly
// (metric.values.ts): numerator / denominator × 100 for %, numerator / denominator for ratios, the
// numerator itself for counts and amounts. A zero denominator gives no value (null), never 0%.
import type { FamilyName } from './metric.sql.js';

/** The fiscal year a metric measures, relative to the comparison year R. */
export type MeasuredYear = 'R' | 'R-1' | 'R+1';
export const YEAR_OFFSET: Record<MeasuredYear, number> = { R: 0, 'R-1': -1, 'R+1': 1 };

/** How the value is derived from numerator and denominator. */
export enum MetricValueKind {
  /** numerator / denominator × 100, two decimals. */
  PERCENT = 'PERCENT',
  /** numerator / denominator, two decimals (e.g. problems per evaluation, mean score). */
  RATIO = 'RATIO',
  /** The numerator: a whole number. */
  COUNT = 'COUNT',
  /** The numerator: yuan with two decimals (also shown in 万元). */
  AMOUNT = 'AMOUNT',
}

/** What a numerator or denominator counts: things, yuan, or points (two decimals). */
export type OperandKind = 'COUNT' | 'YUAN' | 'POINTS';

export interface Operand {
  family: FamilyName;
  column: string;
  kind: OperandKind;
}

export interface MetricDefinition {
  /** Stable key: clients, BI tools and CSV columns use it; never renamed. */
  key: string;
  /** Chinese label, as the reports name the figure. */
  label: string;
  /** 单位: %, 个, 元, 轮, 分, 个/项, 次, 人次. */
  unit: string;
  /** The area of performance management it belongs to (Chinese). */
  category: string;
  /** What a person reads: numerator / denominator in words. */
  formula: string;
  measures: MeasuredYear;
  /** Rank 1 goes to the highest value when true, to the lowest when false. */
  higherIsBetter: boolean;
  valueKind: MetricValueKind;
  numerator: Operand;
  /** Null for counts and amounts (the value is the numerator). */
  denominator: Operand | null;
}

const count = (family: FamilyName, column: string): Operand => ({ family, column, kind: 'COUNT' });
const yuan = (family: FamilyName, column: string): Operand => ({ family, column, kind: 'YUAN' });
const points = (family: FamilyName, column: string): Operand => ({ family, column, kind: 'POINTS' });

const PY = 'PY(T,R) = R 年度批复金额 > 0、状态为已批复或已结项、项目类别为 22 或 3x 的项目年度预算';
const FIRST_LEVEL = '一级预算部门（kind = DEPARTMENT 且 is_first_level）';
const KEY = '重点评价（R 年开展，对象为项目/政策/专项资金/转移支付，状态为定稿及以后）';

type Definition = Omit<MetricDefinition, 'valueKind'> & { valueKind?: MetricValueKind };

/** % metrics are PERCENT, the rest COUNT or AMOUNT by their numerator, unless stated. */
function define(definition: Definition): MetricDefinition {
  const valueKind =
    definition.valueKind ??
    (definition.unit === '%' ? MetricValueKind.PERCENT : definition.numerator.kind === 'YUAN' ? MetricValueKind.AMOUNT : MetricValueKind.COUNT);
  return { ...definition, valueKind };
}

const keyAmountByType = (suffix: string, budget: string, where: string): MetricDefinition =>
  define({
    key: `key_eval_amount_${suffix}`,
    label: `重点评价资金（${budget}）`,
    unit: '元',
    category: '财政评价',
    formula: `Σ ${KEY}的涉及资金，${where}`,
    measures: 'R',
    higherIsBetter: true,
    numerator: yuan('f_key', `amount_${suffix}`),
    denominator: null,
  });

const gradeCount = (grade: string, label: string, higherIsBetter: boolean): MetricDefinition =>
  define({
    key: `grade_${grade}_count`,
    label: `自评等级分布（${label}）`,
    unit: '个',
    category: '单位自评',
    formula: `R−1 年度财政审核通过（FINANCE_REVIEWED）的自评中等级为“${label}”的个数`,
    measures: 'R-1',
    higherIsBetter,
    numerator: count('f_self', `grade_${grade}`),
    denominator: null,
  });

export const METRICS: readonly MetricDefinition[] = [
  // 绩效目标管理
  define({
    key: 'goal_coverage_count',
    label: '项目绩效目标覆盖率（个数）',
    unit: '%',
    category: '目标管理',
    formula: `有生效绩效目标（当前版本，已审核或已批复）的 PY 个数 / PY 个数 × 100；${PY}`,
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_py', 'with_goal'),
    denominator: count('f_py', 'n'),
  }),
  define({
    key: 'goal_coverage_amount',
    label: '项目绩效目标覆盖率（金额）',
    unit: '%',
    category: '目标管理',
    formula: `Σ 有生效绩效目标的 PY 批复金额 / Σ PY 批复金额 × 100；${PY}`,
    measures: 'R',
    higherIsBetter: true,
    numerator: yuan('f_py', 'with_goal_approved'),
    denominator: yuan('f_py', 'approved'),
  }),
  define({
    key: 'goal_count',
    label: '审核通过的绩效目标数',
    unit: '个',
    category: '目标管理',
    formula: 'R 年度生效的绩效目标个数（项目目标与部门整体目标）',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_goals', 'in_force'),
    denominator: null,
  }),
  define({
    key: 'goal_amount',
    label: '纳入目标管理的项目资金',
    unit: '元',
    category: '目标管理',
    formula: `Σ 有生效绩效目标的 PY 批复金额；${PY}`,
    measures: 'R',
    higherIsBetter: true,
    numerator: yuan('f_py', 'with_goal_approved'),
    denominator: null,
  }),
  define({
    key: 'dept_goal_coverage',
    label: '部门整体绩效目标覆盖率',
    unit: '%',
    category: '目标管理',
    formula: `有 R 年度生效部门整体绩效目标的${FIRST_LEVEL}个数 / ${FIRST_LEVEL}个数 × 100`,
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_dept', 'with_goal'),
    denominator: count('f_dept', 'first_level'),
  }),
  // 绩效运行监控
  define({
    key: 'monitor_coverage_count',
    label: '绩效监控覆盖率（个数）',
    unit: '%',
    category: '运行监控',
    formula: `有生效目标且至少一条监控记录已审核（AUDITED）的 PY 个数 / 有生效目标的 PY 个数 × 100；${PY}`,
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_py', 'monitored_with_goal'),
    denominator: count('f_py', 'with_goal'),
  }),
  define({
    key: 'monitor_coverage_amount',
    label: '绩效监控覆盖率（金额）',
    unit: '%',
    category: '运行监控',
    formula: `Σ 上述已监控 PY 的当前预算（调整后，无调整取批复数） / Σ 有生效目标的 PY 当前预算 × 100`,
    measures: 'R',
    higherIsBetter: true,
    numerator: yuan('f_py', 'monitored_with_goal_current'),
    denominator: yuan('f_py', 'with_goal_current'),
  }),
  define({
    key: 'monitored_project_count',
    label: '纳入监控的项目数',
    unit: '个',
    category: '运行监控',
    formula: `至少一条监控记录已审核的 PY 个数；${PY}`,
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_py', 'monitored'),
    denominator: null,
  }),
  define({
    key: 'monitored_amount',
    label: '纳入监控的项目资金',
    unit: '元',
    category: '运行监控',
    formula: 'Σ 至少一条监控记录已审核的 PY 当前预算（调整后，无调整取批复数）',
    measures: 'R',
    higherIsBetter: true,
    numerator: yuan('f_py', 'monitored_current'),
    denominator: null,
  }),
  define({
    key: 'monitor_rounds',
    label: '绩效监控轮次',
    unit: '轮',
    category: '运行监控',
    formula: 'R 年度至少有一条已审核记录的监控轮次数',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_rounds', 'rounds'),
    denominator: null,
  }),
  // 单位自评与抽查复核
  define({
    key: 'self_eval_coverage_count',
    label: '项目自评覆盖率（个数）',
    unit: '%',
    category: '单位自评',
    formula: 'R−1 年度须自评的项目中自评经财政审核（FINANCE_REVIEWED）的个数 / R−1 年度须自评（self_evaluation_required）的项目个数 × 100',
    measures: 'R-1',
    higherIsBetter: true,
    numerator: count('f_self_py', 'evaluated'),
    denominator: count('f_self_py', 'required'),
  }),
  define({
    key: 'self_eval_coverage_amount',
    label: '项目自评覆盖率（金额）',
    unit: '%',
    category: '单位自评',
    formula: 'Σ 上述已自评项目的当前预算 / Σ 须自评项目的当前预算 × 100（R−1 年度）',
    measures: 'R-1',
    higherIsBetter: true,
    numerator: yuan('f_self_py', 'evaluated_current'),
    denominator: yuan('f_self_py', 'required_current'),
  }),
  define({
    key: 'self_eval_project_count',
    label: '开展自评的项目数',
    unit: '个',
    category: '单位自评',
    formula: 'R−1 年度须自评且自评经财政审核的项目个数',
    measures: 'R-1',
    higherIsBetter: true,
    numerator: count('f_self_py', 'evaluated'),
    denominator: null,
  }),
  define({
    key: 'self_eval_amount',
    label: '自评项目资金',
    unit: '元',
    category: '单位自评',
    formula: 'Σ R−1 年度须自评且自评经财政审核的项目当前预算',
    measures: 'R-1',
    higherIsBetter: true,
    numerator: yuan('f_self_py', 'evaluated_current'),
    denominator: null,
  }),
  define({
    key: 'dept_self_eval_coverage',
    label: '部门整体自评覆盖率',
    unit: '%',
    category: '单位自评',
    formula: `R−1 年度部门整体自评经财政审核的${FIRST_LEVEL}个数 / ${FIRST_LEVEL}个数 × 100`,
    measures: 'R-1',
    higherIsBetter: true,
    numerator: count('f_dept', 'self_evaluated'),
    denominator: count('f_dept', 'first_level'),
  }),
  define({
    key: 'self_eval_unit_count',
    label: '开展自评的单位数',
    unit: '个',
    category: '单位自评',
    formula: 'R−1 年度有经财政审核的项目自评的部门（单位）个数（任何层级，去重）',
    measures: 'R-1',
    higherIsBetter: true,
    numerator: count('f_self', 'units'),
    denominator: null,
  }),
  define({
    key: 'self_eval_mean_score',
    label: '自评平均得分',
    unit: '分',
    category: '单位自评',
    formula: 'Σ R−1 年度经财政审核的自评（项目与部门整体）总分 / 其个数，保留两位小数',
    measures: 'R-1',
    higherIsBetter: true,
    valueKind: MetricValueKind.RATIO,
    numerator: points('f_self', 'score_sum'),
    denominator: count('f_self', 'reviewed'),
  }),
  define({
    key: 'recheck_ratio',
    label: '抽查复核比例',
    unit: '%',
    category: '单位自评',
    formula: 'R−1 年度经财政审核的自评中被抽查复核的个数 / 经财政审核的自评个数 × 100',
    measures: 'R-1',
    higherIsBetter: true,
    numerator: count('f_self', 'rechecked'),
    denominator: count('f_self', 'reviewed'),
  }),
  define({
    key: 'recheck_discrepancy_rate',
    label: '复核差异较大比例',
    unit: '%',
    category: '单位自评',
    formula: '复核差异较大（large_discrepancy）的复核个数 / 复核个数 × 100（R−1 年度的自评）；越低越好',
    measures: 'R-1',
    higherIsBetter: false,
    numerator: count('f_self', 'large_discrepancy'),
    denominator: count('f_self', 'rechecked'),
  }),
  gradeCount('excellent', '优', true),
  gradeCount('good', '良', true),
  gradeCount('medium', '中', false),
  gradeCount('low', '低', false),
  gradeCount('poor', '差', false),
  // 财政重点评价
  define({
    key: 'key_eval_count',
    label: '财政重点评价项目（政策）数',
    unit: '个',
    category: '财政评价',
    formula: `${KEY}的个数`,
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_key', 'key_count'),
    denominator: null,
  }),
  define({
    key: 'key_eval_amount',
    label: '重点评价涉及资金',
    unit: '元',
    category: '财政评价',
    formula: `Σ ${KEY}的涉及资金`,
    measures: 'R',
    higherIsBetter: true,
    numerator: yuan('f_key', 'key_amount'),
    denominator: null,
  }),
  define({
    key: 'key_eval_amount_ratio',
    label: '重点评价资金占比',
    unit: '%',
    category: '财政评价',
    formula: `重点评价涉及资金 / Σ PY 当前预算 × 100；${PY}`,
    measures: 'R',
    higherIsBetter: true,
    numerator: yuan('f_key', 'key_amount'),
    denominator: yuan('f_py', 'current'),
  }),
  keyAmountByType('general_public', '一般公共预算', '预算类型为一般公共预算且非专项债券'),
  keyAmountByType('gov_fund', '政府性基金预算', '预算类型为政府性基金预算且非专项债券'),
  keyAmountByType('social_insurance', '社会保险基金预算', '预算类型为社会保险基金预算且非专项债券'),
  keyAmountByType('state_capital', '国有资本经营预算', '预算类型为国有资本经营预算且非专项债券'),
  keyAmountByType('special_bond', '专项债券', '资金来源为专项债券（不论预算类型）'),
  define({
    key: 'key_eval_third_party_ratio',
    label: '第三方参与重点评价比例',
    unit: '%',
    category: '财政评价',
    formula: '有第三方机构参与的重点评价个数 / 重点评价个数 × 100',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_key', 'third_party'),
    denominator: count('f_key', 'key_count'),
  }),
  define({
    key: 'dept_eval_count',
    label: '部门整体绩效评价数',
    unit: '个',
    category: '财政评价',
    formula: 'R 年开展、对象为部门整体（DEPARTMENT_OVERALL）、状态为定稿及以后的评价个数',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_key', 'dept_evaluations'),
    denominator: null,
  }),
  define({
    key: 'dept_eval_coverage',
    label: '部门整体评价覆盖率',
    unit: '%',
    category: '财政评价',
    formula: `R 年开展部门整体评价（定稿及以后）的${FIRST_LEVEL}个数（去重） / ${FIRST_LEVEL}个数 × 100`,
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_dept', 'evaluated'),
    denominator: count('f_dept', 'first_level'),
  }),
  define({
    key: 'fiscal_op_eval_coverage',
    label: '财政运行综合评价覆盖率',
    unit: '%',
    category: '财政评价',
    formula: 'R 年开展财政运行综合评价（定稿及以后）的乡镇（街道）个数（去重） / 乡镇（街道）个数 × 100',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_townships', 'evaluated'),
    denominator: count('f_townships', 'townships'),
  }),
  define({
    key: 'cost_benefit_count',
    label: '成本效益分析数',
    unit: '个',
    category: '财政评价',
    formula: 'R 年开展、对象为成本效益分析（COST_BENEFIT）、状态为定稿及以后的评价个数',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_key', 'cost_benefit'),
    denominator: null,
  }),
  // 事前绩效评估
  define({
    key: 'pre_assess_count',
    label: '事前绩效评估数',
    unit: '个',
    category: '事前评估',
    formula: 'R 年度项目年度预算中已出结论（CONCLUDED）的事前绩效评估个数',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_pre_count', 'concluded'),
    denominator: null,
  }),
  define({
    key: 'pre_assess_rate',
    label: '事前绩效评估开展率',
    unit: '%',
    category: '事前评估',
    formula:
      '须评估且已出结论的项目个数 / 须评估的项目个数 × 100；范围为 R 年度已申报（非草稿）的项目年度预算，' +
      '“须评估”按本地区规则 preAssessmentTriggers 判断（全部须评估，或新增政策/达到金额，或延续项目增幅/增额达标，或执行年限达标；豁免者除外）',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_pre_rate', 'required_concluded'),
    denominator: count('f_pre_rate', 'required'),
  }),
  define({
    key: 'pre_assess_rejection_rate',
    label: '事前评估不予支持比例',
    unit: '%',
    category: '事前评估',
    formula: '结论为不予支持（NOT_SUPPORT）的事前评估个数 / 事前绩效评估数 × 100；越高表示评估结果被用于把关',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_pre_count', 'not_support'),
    denominator: count('f_pre_count', 'concluded'),
  }),
  // 问题与整改
  define({
    key: 'problems_per_eval',
    label: '每项重点评价发现问题数',
    unit: '个/项',
    category: '问题整改',
    formula: `R 年开展的评价发现的问题个数 / ${KEY}个数，保留两位小数`,
    measures: 'R',
    higherIsBetter: true,
    valueKind: MetricValueKind.RATIO,
    numerator: count('f_problems', 'problems'),
    denominator: count('f_key', 'key_count'),
  }),
  define({
    key: 'suggestion_ratio',
    label: '提出整改建议比例',
    unit: '%',
    category: '问题整改',
    formula: 'R 年开展的评价发现的问题中提出整改建议的个数 / 问题个数 × 100',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_problems', 'with_suggestion'),
    denominator: count('f_problems', 'problems'),
  }),
  define({
    key: 'rectification_on_time_rate',
    label: '按期整改率',
    unit: '%',
    category: '问题整改',
    formula: '整改期限已到（不晚于今天，北京时间）的问题中按期（核销日期不晚于期限）整改核销的个数 / 整改期限已到的问题个数 × 100（R 年开展的评价发现的问题）',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_problems', 'on_time'),
    denominator: count('f_problems', 'due'),
  }),
  // 结果应用
  define({
    key: 'result_application_count',
    label: '结果应用调整项目数',
    unit: '个',
    category: '结果应用',
    formula: '应用于 R+1 年度预算的结果应用记录个数',
    measures: 'R+1',
    higherIsBetter: true,
    numerator: count('f_results', 'applications'),
    denominator: null,
  }),
  define({
    key: 'result_application_rate',
    label: '结果应用比例',
    unit: '%',
    category: '结果应用',
    formula: `至少有一条结果应用记录的${KEY}个数 / ${KEY}个数 × 100`,
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_key', 'applied'),
    denominator: count('f_key', 'key_count'),
  }),
  define({
    key: 'result_reduction_amount',
    label: '压减预算金额',
    unit: '元',
    category: '结果应用',
    formula: 'Σ 应用于 R+1 年度预算、调整额为负的结果应用的压减额（取正数）',
    measures: 'R+1',
    higherIsBetter: true,
    numerator: yuan('f_results', 'reduction'),
    denominator: null,
  }),
  define({
    key: 'result_increase_amount',
    label: '增加预算金额',
    unit: '元',
    category: '结果应用',
    formula: 'Σ 应用于 R+1 年度预算、调整额为正的结果应用的增加额',
    measures: 'R+1',
    higherIsBetter: true,
    numerator: yuan('f_results', 'increase'),
    denominator: null,
  }),
  define({
    key: 'result_net_amount',
    label: '预算调整净额',
    unit: '元',
    category: '结果应用',
    formula: 'Σ 应用于 R+1 年度预算的结果应用调整额（负数为净压减）；净压减越多排名越前',
    measures: 'R+1',
    higherIsBetter: false,
    numerator: yuan('f_results', 'net'),
    denominator: null,
  }),
  define({
    key: 'result_absolute_amount',
    label: '预算调整总额',
    unit: '元',
    category: '结果应用',
    formula: 'Σ 应用于 R+1 年度预算的结果应用调整额的绝对值',
    measures: 'R+1',
    higherIsBetter: true,
    numerator: yuan('f_results', 'absolute'),
    denominator: null,
  }),
  // 信息公开
  define({
    key: 'disclosure_rate',
    label: '绩效目标公开率',
    unit: '%',
    category: '信息公开',
    formula: `生效目标（或其项目年度预算）已公开绩效目标表（GOAL_TABLE，PUBLISHED）的 PY 个数 / 有生效目标的 PY 个数 × 100；${PY}`,
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_py', 'disclosed_with_goal'),
    denominator: count('f_py', 'with_goal'),
  }),
  // 考核
  define({
    key: 'appraisal_self_score_rate',
    label: '考核自评得分率',
    unit: '%',
    category: '考核',
    formula: 'Σ 本地区对本省 R 年度考核方案的自评得分 / Σ 该方案计分项（无下级的考核项）分值 × 100；未提交自评则无值',
    measures: 'R',
    higherIsBetter: true,
    numerator: points('f_appraisal', 'self_score'),
    denominator: points('f_appraisal', 'max_points'),
  }),
  define({
    key: 'appraisal_score_rate',
    label: '考核得分率（复核）',
    unit: '%',
    category: '考核',
    formula: 'Σ 省级复核定稿（FINAL）的评定得分 / Σ 该方案计分项分值 × 100；复核未定稿则无值',
    measures: 'R',
    higherIsBetter: true,
    numerator: points('f_appraisal', 'reviewed_score'),
    denominator: points('f_appraisal', 'reviewed_max_points'),
  }),
  // 业务培训
  define({
    key: 'training_sessions',
    label: '业务培训次数',
    unit: '次',
    category: '业务培训',
    formula: 'R 年举办的业务培训次数',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_training', 'sessions'),
    denominator: null,
  }),
  define({
    key: 'training_attendees',
    label: '培训人次',
    unit: '人次',
    category: '业务培训',
    formula: 'Σ R 年举办的业务培训参训人次',
    measures: 'R',
    higherIsBetter: true,
    numerator: count('f_training', 'attendees'),
    denominator: null,
  }),
];

const BY_KEY = new Map(METRICS.map((metric) => [metric.key, metric]));
if (BY_KEY.size !== METRICS.length) throw new Error('metric keys must be unique');

export function metricByKey(key: string): MetricDefinition | undefined {
  return BY_KEY.get(key);
}

/** The fiscal year a metric measures for comparison year R. */
export function measuredYear(metric: MetricDefinition, r: number): number {
  return r + YEAR_OFFSET[metric.measures];
}
