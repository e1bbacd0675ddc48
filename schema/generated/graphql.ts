/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Starts a mid-year adjustment (调整): a new DRAFT version copying the goal in force. */
export type AdjustGoalInput = {
  id: string | number;
  reason: string;
  version: number;
};

/** Who carried out the assessment. */
export type AssessorKind =
  /** 财政评估 */
  | 'FINANCE'
  /** 部门自行评估 */
  | 'SELF'
  /** 第三方机构 */
  | 'THIRD_PARTY';

/** Narrows the audit log. */
export type AuditFilter = {
  /** Token subject of the actor. */
  actor?: string | null | undefined;
  /** Table name, e.g. performance_goal. */
  entity?: string | null | undefined;
  entityId?: string | number | null | undefined;
};

/** 四本预算: which budget funds the project. */
export type BudgetType =
  /** 一般公共预算 */
  | 'GENERAL_PUBLIC'
  /** 政府性基金预算 */
  | 'GOV_FUND'
  /** 社会保险基金预算 */
  | 'SOCIAL_INSURANCE'
  /** 国有资本经营预算 */
  | 'STATE_CAPITAL';

/** How an indicator’s actual value is compared with its target. */
export type Comparator =
  /** = */
  | 'EQ'
  /** > */
  | 'GT'
  /** ≥ */
  | 'GTE'
  /** < */
  | 'LT'
  /** ≤ */
  | 'LTE'
  /** 定性 */
  | 'QUALITATIVE';

/** The finance bureau’s conclusion on a submitted assessment. */
export type ConcludePreAssessmentInput = {
  conclusion: PreAssessmentConclusion;
  id: string | number;
  opinion?: string | null | undefined;
  /** Recommended budget in yuan (调整后予以支持). */
  recommendedAmount?: string | null | undefined;
  scores: PreAssessmentScoresInput;
  version: number;
};

/** A new department (parentId unset) or a unit under an existing department. */
export type CreateDepartmentInput = {
  code: string;
  /** DEPARTMENT (default without parent), AGENCY (default with parent) or TOWNSHIP. */
  kind?: OrgKind | null | undefined;
  name: string;
  /** The department this unit belongs to; unset for a first-level department. */
  parentId?: string | number | null | undefined;
};

/** Adds an expert to your pool (COUNTY_ADMIN). */
export type CreateExpertInput = {
  name: string;
  /** Where the expert works (单位). */
  organization?: string | null | undefined;
  specialty: ExpertSpecialty;
};

/** A new goal (DRAFT) with its indicators: of a project year, or a department’s overall goal. */
export type CreateGoalInput = {
  /** Required for DEPARTMENT goals. */
  departmentId?: string | number | null | undefined;
  /** Required for DEPARTMENT goals; a project goal takes its year’s. */
  fiscalYear?: number | null | undefined;
  /** 目标内容. */
  goalText: string;
  horizon?: GoalHorizon;
  indicators: Array<IndicatorInput>;
  /** Required for PROJECT goals. */
  projectYearId?: string | number | null | undefined;
  subject: GoalSubject;
};

/** Plans a key evaluation (PLANNED). The subject depends on the object: see each field. */
export type CreateKeyEvaluationInput = {
  /** 涉及资金 in yuan; defaults to the project year’s current budget, required otherwise. */
  amount?: string | null | undefined;
  /** Defaults to the project year’s; required when there is none. */
  budgetType?: BudgetType | null | undefined;
  /** Required for DEPARTMENT_OVERALL (a first-level department); optional for POLICY, SPECIAL_FUND, TRANSFER and OTHER (the department in charge); taken from the project year otherwise. */
  departmentId?: string | number | null | undefined;
  /** Active experts of your pool on the panel. */
  expertIds?: Array<string | number>;
  /** The fiscal year evaluated; for a project year, its fiscal year. */
  fiscalYear: number;
  /** 专项债券; defaults to the project year’s, else false. */
  isSpecialBond?: boolean | null | undefined;
  methods?: Array<EvaluationMethod>;
  object: KeyEvaluationObject;
  /** Who organises it, e.g. 区财政局绩效管理股. */
  organizer: string;
  /** Required for PROJECT and COST_BENEFIT; not allowed otherwise. */
  projectYearId?: string | number | null | undefined;
  /** The third-party evaluator, if one is engaged. */
  thirdPartyName?: string | null | undefined;
  title: string;
  /** Required for FISCAL_OPERATION: a township (乡镇/街道) org unit; not allowed otherwise. */
  townshipId?: string | number | null | undefined;
  /** Weights summing to 100 with 产出 + 效益 ≥ 60; default 20 / 20 / 30 / 30. */
  weights?: FrameworkPointsInput | null | undefined;
  /** The year the evaluation is carried out (not before the year evaluated). */
  yearConducted: number;
};

/** Starts the ex-ante assessment of a project year. */
export type CreatePreAssessmentInput = {
  assessor?: AssessorKind;
  projectYearId: string | number;
  /** Required when the assessor is THIRD_PARTY. */
  thirdPartyName?: string | null | undefined;
};

/** Registers a problem found (COUNTY_ADMIN). Name exactly the source id that matches `source`. */
export type CreateProblemInput = {
  category: ProblemCategory;
  /** YYYY-MM-DD; default the notification date plus the region’s rectificationDays rule. */
  deadline?: string | null | undefined;
  /** The department responsible; defaults to the key evaluation’s department or township. */
  departmentId?: string | number | null | undefined;
  description: string;
  /** For source KEY_EVALUATION: a FINAL or FEEDBACK_ISSUED key evaluation. */
  keyEvaluationId?: string | number | null | undefined;
  /** For source MONITORING. */
  monitoringRecordId?: string | number | null | undefined;
  /** When the department was told (YYYY-MM-DD). Key evaluations: their feedback date. Other sources: default today (China time). */
  notifiedOn?: string | null | undefined;
  /** For source SELF_EVALUATION. */
  selfEvaluationId?: string | number | null | undefined;
  source?: ProblemSource;
  /** 整改建议. */
  suggestion?: string | null | undefined;
};

/** A new project library entry (项目库). Its yearly budgets are added with createProjectYear. */
export type CreateProjectInput = {
  /** The agency (预算单位) under the department that runs it. */
  agencyId?: string | number | null | undefined;
  code: string;
  departmentId: string | number;
  isPolicy?: boolean;
  issuingLevel?: IssuingLevel | null | undefined;
  /** 一体化 project kind code: 1, 21, 22, 31, 32 or 33. */
  kindCode: string;
  name: string;
  nature?: ProjectNature;
  setupYear?: number | null | undefined;
  termYears?: number;
  transferKind?: TransferKind | null | undefined;
};

/** A project’s budget request for one fiscal year (一上). */
export type CreateProjectYearInput = {
  budgetType: BudgetType;
  fiscalYear: number;
  fundSource?: FundSource;
  isSpecialBond?: boolean;
  preAssessmentExemption?: PreAssessmentExemption | null | undefined;
  /** Last year’s budget (continuing projects), for the growth triggers. */
  previousYearAmount?: string | null | undefined;
  projectId: string | number;
  /** 申报数 in yuan. */
  requestedAmount: string;
};

/** Applies an evaluation result to a project’s later budget (COUNTY_ADMIN). Name a key evaluation or a self-evaluation. */
export type CreateResultApplicationInput = {
  action: ResultAction;
  /** Signed yuan: negative for REDUCE, CANCEL and EXIT; positive for INCREASE; zero for MAINTAIN. */
  amountDelta: string;
  /** YYYY-MM-DD. */
  decidedOn: string;
  /** 文号. */
  documentNo?: string | null | undefined;
  /** Required with selfEvaluationId: the fiscal year it measured. A key evaluation gives its own. */
  evaluatedFiscalYear?: number | null | undefined;
  /** The key evaluation (FINAL or later) whose result is applied. */
  keyEvaluationId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** The project library entry whose budget is adjusted. */
  projectId: string | number;
  /** The self-evaluation whose result is applied (instead of a key evaluation). */
  selfEvaluationId?: string | number | null | undefined;
  /** The budget year adjusted; after the year evaluated. */
  targetFiscalYear: number;
};

/** Narrows the department list; every condition must hold. */
export type DepartmentFilter = {
  /** true: only 一级预算单位; false: only units under them. */
  isFirstLevel?: boolean | null | undefined;
  /** Only this tenant (region code); useful for province tokens. */
  tenantCode?: string | null | undefined;
};

/** Evidence-gathering and evaluation methods of a key evaluation. */
export type EvaluationMethod =
  /** 标杆管理法 */
  | 'BENCHMARKING'
  /** 比较法 */
  | 'COMPARISON'
  /** 成本效益分析法 */
  | 'COST_BENEFIT_ANALYSIS'
  /** 资料审查 */
  | 'DOCUMENT_REVIEW'
  /** 因素分析法 */
  | 'FACTOR_ANALYSIS'
  /** 实地调研 */
  | 'FIELD_RESEARCH'
  /** 访谈 */
  | 'INTERVIEW'
  /** 最低成本法 */
  | 'LOWEST_COST'
  /** 公众评判法 */
  | 'PUBLIC_JUDGEMENT'
  /** 问卷调查 */
  | 'QUESTIONNAIRE';

/** Narrows the expert pool; every condition must hold. */
export type ExpertFilter = {
  /** true: only experts who may be assigned. */
  active?: boolean | null | undefined;
  specialty?: ExpertSpecialty | null | undefined;
  /** Only this tenant (region code). */
  tenantCode?: string | null | undefined;
};

/** What an expert of the pool reviews. */
export type ExpertSpecialty =
  /** 财务专家 */
  | 'FINANCE'
  /** 行业专家 */
  | 'INDUSTRY'
  /** 其他专家 */
  | 'OTHER';

/** Concludes a key evaluation (IN_PROGRESS → FINAL) with its scores; the grade follows from the total. */
export type FinalizeKeyEvaluationInput = {
  id: string | number;
  /** Each score at most its weight. */
  scores: FrameworkPointsInput;
  summary?: string | null | undefined;
  version: number;
};

/** Points for 决策 / 过程 / 产出 / 效益: the framework’s weights, or the scores given. */
export type FrameworkPointsInput = {
  /** 效益 */
  benefit: string;
  /** 决策 */
  decision: string;
  /** 产出 */
  output: string;
  /** 过程 */
  process: string;
};

/** 资金来源. */
export type FundSource =
  /** 中央转移支付 */
  | 'CENTRAL_TRANSFER'
  /** 市级转移支付 */
  | 'CITY_TRANSFER'
  /** 本级财力 */
  | 'LOCAL'
  /** 其他 */
  | 'OTHER'
  /** 省级转移支付 */
  | 'PROVINCIAL_TRANSFER'
  /** 专项债券 */
  | 'SPECIAL_BOND';

/** Narrows the goal list; every condition must hold. */
export type GoalFilter = {
  /** true: only the versions in force. */
  currentOnly?: boolean | null | undefined;
  departmentId?: string | number | null | undefined;
  fiscalYear?: number | null | undefined;
  status?: GoalStatus | null | undefined;
  subject?: GoalSubject | null | undefined;
  /** Only this tenant (region code). */
  tenantCode?: string | null | undefined;
};

/** 年度目标 or 总体（中期）目标. */
export type GoalHorizon =
  /** 年度目标 */
  | 'ANNUAL'
  /** 总体目标 */
  | 'OVERALL';

/** Where a goal version stands. */
export type GoalStatus =
  /** 审核通过 */
  | 'APPROVED'
  /** 编制中 */
  | 'DRAFT'
  /** 已批复 */
  | 'ISSUED'
  /** 审核不通过 */
  | 'REJECTED'
  /** 退回修改 */
  | 'RETURNED'
  /** 待审核 */
  | 'SUBMITTED'
  /** 已被调整版本取代 */
  | 'SUPERSEDED';

/** Whose goal it is. */
export type GoalSubject =
  /** 部门整体绩效目标 */
  | 'DEPARTMENT'
  /** 项目支出绩效目标 */
  | 'PROJECT';

/** A level-3 indicator: name, comparator, target, unit and weight (points). */
export type IndicatorInput = {
  comparator: Comparator;
  level1: IndicatorLevel1;
  level2: IndicatorLevel2;
  name: string;
  /** A common indicator of the province library this one uses. */
  provinceIndicatorId?: string | number | null | undefined;
  /** Required for QUALITATIVE, e.g. 效果明显. */
  targetText?: string | null | undefined;
  /** Required for quantitative comparators. */
  targetValue?: string | null | undefined;
  /** An indicator of your tenant’s library this one uses. */
  tenantIndicatorId?: string | number | null | undefined;
  unit?: string;
  /** Points (分值), e.g. "10". */
  weight: string;
};

/** 一级指标. */
export type IndicatorLevel1 =
  /** 效益指标 */
  | 'BENEFIT'
  /** 成本指标 */
  | 'COST'
  /** 产出指标 */
  | 'OUTPUT'
  /** 满意度指标 */
  | 'SATISFACTION';

/** 二级指标. */
export type IndicatorLevel2 =
  /** 成本指标 */
  | 'COST'
  /** 生态效益指标 */
  | 'ECOLOGICAL'
  /** 生态环境成本指标 */
  | 'ECOLOGICAL_COST'
  /** 经济效益指标 */
  | 'ECONOMIC'
  /** 经济成本指标 */
  | 'ECONOMIC_COST'
  /** 质量指标 */
  | 'QUALITY'
  /** 数量指标 */
  | 'QUANTITY'
  /** 服务对象满意度指标 */
  | 'SATISFACTION'
  /** 社会效益指标 */
  | 'SOCIAL'
  /** 社会成本指标 */
  | 'SOCIAL_COST'
  /** 可持续影响指标 */
  | 'SUSTAINABLE'
  /** 时效指标 */
  | 'TIMELINESS';

/** Feeds the results back (FINAL → FEEDBACK_ISSUED); rectification deadlines count from this date. */
export type IssueKeyEvaluationFeedbackInput = {
  /** YYYY-MM-DD; default today (China time). */
  feedbackDate?: string | null | undefined;
  id: string | number;
  version: number;
};

/** Which level issued a transfer payment (下达级次). */
export type IssuingLevel =
  /** 中央下达 */
  | 'CENTRAL'
  /** 市级下达 */
  | 'CITY'
  /** 省级下达 */
  | 'PROVINCIAL';

/** Narrows the key-evaluation list; every condition must hold. */
export type KeyEvaluationFilter = {
  budgetType?: BudgetType | null | undefined;
  departmentId?: string | number | null | undefined;
  /** The fiscal year evaluated. */
  fiscalYear?: number | null | undefined;
  object?: KeyEvaluationObject | null | undefined;
  status?: KeyEvaluationStatus | null | undefined;
  /** Only this tenant (region code). */
  tenantCode?: string | null | undefined;
};

/** Grade of a key evaluation under the tenant’s grade scheme (LOW only in five-level schemes). */
export type KeyEvaluationGrade =
  /** 优 */
  | 'EXCELLENT'
  /** 良 */
  | 'GOOD'
  /** 低 */
  | 'LOW'
  /** 中 */
  | 'MEDIUM'
  /** 差 */
  | 'POOR';

/** What a key evaluation evaluates; it decides which subject the evaluation names. */
export type KeyEvaluationObject =
  /** 成本效益分析 */
  | 'COST_BENEFIT'
  /** 部门整体支出 */
  | 'DEPARTMENT_OVERALL'
  /** 财政运行综合评价（乡镇/街道） */
  | 'FISCAL_OPERATION'
  /** 其他 */
  | 'OTHER'
  /** 重大政策 */
  | 'POLICY'
  /** 项目支出 */
  | 'PROJECT'
  /** 专项资金 */
  | 'SPECIAL_FUND'
  /** 转移支付 */
  | 'TRANSFER';

/** Where a key evaluation stands. */
export type KeyEvaluationStatus =
  /** 已办结 */
  | 'CLOSED'
  /** 已反馈整改 */
  | 'FEEDBACK_ISSUED'
  /** 已出具评价结论 */
  | 'FINAL'
  /** 评价中 */
  | 'IN_PROGRESS'
  /** 已立项 */
  | 'PLANNED';

/** An indicator of the library: the province’s (PROVINCE_ADMIN) or your tenant’s (COUNTY_ADMIN). */
export type LibraryIndicatorInput = {
  code: string;
  comparator: Comparator;
  defaultTarget?: string | null | undefined;
  description?: string | null | undefined;
  level1: IndicatorLevel1;
  level2: IndicatorLevel2;
  name: string;
  unit?: string;
};

/** Kind of org unit. */
export type OrgKind =
  /** 预算单位 */
  | 'AGENCY'
  /** 预算部门 */
  | 'DEPARTMENT'
  /** 乡镇（街道） */
  | 'TOWNSHIP';

/** Conclusion of an ex-ante assessment; NOT_SUPPORT keeps the project out of the budget. */
export type PreAssessmentConclusion =
  /** 不予支持 */
  | 'NOT_SUPPORT'
  /** 予以支持 */
  | 'SUPPORT'
  /** 调整后予以支持 */
  | 'SUPPORT_AFTER_ADJUSTMENT';

/** Why a project year needs no ex-ante assessment although a trigger matches. */
export type PreAssessmentExemption =
  /** 救灾 */
  | 'DISASTER_RELIEF'
  /** 突发事件 */
  | 'EMERGENCY'
  /** 上级明确要求 */
  | 'SUPERIOR_MANDATED';

/** The five dimension scores (0–20 each). */
export type PreAssessmentScoresInput = {
  /** 投入经济性 */
  economy: string;
  /** 实施方案可行性 */
  feasibility: string;
  /** 筹资合规性 */
  financing: string;
  /** 绩效目标合理性 */
  goal: string;
  /** 立项必要性 */
  necessity: string;
};

/** Where an ex-ante assessment stands. */
export type PreAssessmentStatus =
  /** 已出具结论 */
  | 'CONCLUDED'
  /** 编制中 */
  | 'DRAFT'
  /** 已报送 */
  | 'SUBMITTED';

/** Why a project year needs an ex-ante assessment under its region’s rules. */
export type PreAssessmentTrigger =
  /** 延续项目预算增加额达到标准 */
  | 'CONTINUING_INCREASE_AMOUNT'
  /** 延续项目预算增幅达到比例 */
  | 'CONTINUING_INCREASE_PCT'
  /** 拟延续执行达到年限 */
  | 'LONG_TERM'
  /** 全部申报项目须评估 */
  | 'MANDATORY_ALL'
  /** 新出台重大政策 */
  | 'NEW_MAJOR_POLICY'
  /** 新增重大项目（达到金额标准） */
  | 'NEW_MAJOR_PROJECT';

/** Kind of problem found. */
export type ProblemCategory =
  /** 效益发挥 */
  | 'BENEFIT'
  /** 立项决策 */
  | 'DECISION'
  /** 资金管理 */
  | 'FUND_MANAGEMENT'
  /** 目标设置 */
  | 'GOAL_SETTING'
  /** 项目实施 */
  | 'IMPLEMENTATION';

/** Narrows the problem list; every condition must hold. */
export type ProblemFilter = {
  category?: ProblemCategory | null | undefined;
  /** Only problems this department is responsible for. */
  departmentId?: string | number | null | undefined;
  /** Only problems found by this key evaluation. */
  evaluationId?: string | number | null | undefined;
  /** true: only overdue problems (deadline before today in China, not verified); false: only the others. */
  overdue?: boolean | null | undefined;
  source?: ProblemSource | null | undefined;
  status?: ProblemStatus | null | undefined;
  /** Only this tenant (region code). */
  tenantCode?: string | null | undefined;
};

/** What found the problem. */
export type ProblemSource =
  /** 财政重点评价 */
  | 'KEY_EVALUATION'
  /** 绩效运行监控 */
  | 'MONITORING'
  /** 单位自评 */
  | 'SELF_EVALUATION';

/** Where the rectification of a problem stands. */
export type ProblemStatus =
  /** 整改中 */
  | 'IN_PROGRESS'
  /** 待整改 */
  | 'OPEN'
  /** 已报送整改报告 */
  | 'REPORTED'
  /** 整改已核实 */
  | 'VERIFIED';

/** Narrows the project list; every condition must hold. */
export type ProjectFilter = {
  departmentId?: string | number | null | undefined;
  /** Only projects with a budget year in this fiscal year. */
  fiscalYear?: number | null | undefined;
  /** 一体化 project kind code, e.g. 31. */
  kindCode?: string | null | undefined;
  /** Only this tenant (region code); useful for province tokens. */
  tenantCode?: string | null | undefined;
};

/** 新增 or 延续: whether the project is new this year or continues. */
export type ProjectNature =
  /** 延续项目 */
  | 'CONTINUING'
  /** 新增项目 */
  | 'NEW';

/** An amount set on a project year you read at `version`. */
export type ProjectYearAmountInput = {
  /** Yuan. */
  amount: string;
  id: string | number;
  version: number;
};

/** Narrows the project-year list; every condition must hold. */
export type ProjectYearFilter = {
  departmentId?: string | number | null | undefined;
  fiscalYear?: number | null | undefined;
  /** 一体化 project kind code, e.g. 31. */
  kindCode?: string | null | undefined;
  status?: ProjectYearStatus | null | undefined;
  /** Only this tenant (region code). */
  tenantCode?: string | null | undefined;
};

/** Where a project year stands in the budget process. */
export type ProjectYearStatus =
  /** 已批复 */
  | 'APPROVED'
  /** 已结项 */
  | 'CLOSED'
  /** 编制中 */
  | 'DRAFT'
  /** 已入库 */
  | 'IN_LIBRARY'
  /** 不予安排 */
  | 'REJECTED'
  /** 已退回 */
  | 'RETURNED'
  /** 已申报 */
  | 'SUBMITTED';

/** Records that the evaluation was reported to the government and/or the People’s Congress (人大). */
export type RecordKeyEvaluationReportingInput = {
  id: string | number;
  /** YYYY-MM-DD. */
  reportedToCongressOn?: string | null | undefined;
  /** YYYY-MM-DD. */
  reportedToGovernmentOn?: string | null | undefined;
  version: number;
};

/** Finance sends a rectification report back: REPORTED → IN_PROGRESS. */
export type RejectRectificationInput = {
  id: string | number;
  /** What is missing, so the department can complete it. */
  reason: string;
  version: number;
};

/** The department’s rectification report (整改报告): IN_PROGRESS → REPORTED. */
export type ReportRectificationInput = {
  id: string | number;
  /** What was done to rectify the problem. */
  report: string;
  version: number;
};

/** What an evaluation result does to a project’s later budget. */
export type ResultAction =
  /** 取消 */
  | 'CANCEL'
  /** 退出 */
  | 'EXIT'
  /** 调增 */
  | 'INCREASE'
  /** 维持 */
  | 'MAINTAIN'
  /** 整合 */
  | 'MERGE'
  /** 压减 */
  | 'REDUCE';

/** Narrows the result-application list; every condition must hold. */
export type ResultApplicationFilter = {
  action?: ResultAction | null | undefined;
  departmentId?: string | number | null | undefined;
  /** The budget year adjusted. */
  fiscalYear?: number | null | undefined;
  keyEvaluationId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  /** Only this tenant (region code). */
  tenantCode?: string | null | undefined;
};

/** The finance bureau’s review of a submitted goal (目标审核). */
export type ReviewGoalInput = {
  /** 完整性 */
  completeness: boolean;
  /** 优/良 approve, 中 returns for rework, 差 rejects. */
  grade: ReviewGrade;
  id: string | number;
  /** 可衡量性 */
  measurability: boolean;
  opinion?: string | null | undefined;
  /** 合理性 */
  reasonableness: boolean;
  /** 相关性 */
  relevance: boolean;
  version: number;
};

/** Grade of a goal review: 优/良 approve, 中 returns for rework, 差 rejects. */
export type ReviewGrade =
  /** 优 */
  | 'EXCELLENT'
  /** 良 */
  | 'GOOD'
  /** 中 */
  | 'MEDIUM'
  /** 差 */
  | 'POOR';

/** What a token lets its holder do. */
export type Role =
  /** BI 只读 */
  | 'BI_READER'
  /** 县级财政局管理员 */
  | 'COUNTY_ADMIN'
  /** 预算部门用户 */
  | 'DEPARTMENT_USER'
  /** 省财政厅管理员 */
  | 'PROVINCE_ADMIN'
  /** 省财政厅分析员 */
  | 'PROVINCE_ANALYST';

/** A rule that differs between regions. */
export type RuleKey =
  /** 偏差分析阈值(%) */
  | 'deviationThresholdPct'
  /** 评价等级方案 */
  | 'gradeScheme'
  /** 绩效监控频次 */
  | 'monitoringCadence'
  /** 监控预警阈值 */
  | 'monitoringWarning'
  /** 事前绩效评估触发条件 */
  | 'preAssessmentTriggers'
  /** 抽查复核比例与差异标准 */
  | 'recheck'
  /** 整改期限(天) */
  | 'rectificationDays'
  /** 单位自评权重 */
  | 'selfEvaluationWeights';

/** Narrows the tenant list; every condition must hold. */
export type TenantFilter = {
  /** Four-digit city code, e.g. 3704. */
  cityCode?: string | null | undefined;
  kind?: TenantKind | null | undefined;
};

/** Kind of county-level region. */
export type TenantKind =
  /** 县 */
  | 'COUNTY'
  /** 县级市 */
  | 'COUNTY_CITY'
  /** 经济开发区 */
  | 'DEV_ZONE'
  /** 区 */
  | 'DISTRICT';

/** Kind of transfer payment (转移支付) funding the project. */
export type TransferKind =
  /** 一般性转移支付 */
  | 'GENERAL'
  /** 共同财政事权转移支付 */
  | 'SHARED_AUTHORITY'
  /** 专项转移支付 */
  | 'SPECIAL';

/** Changes to a department; unset fields stay as they are. */
export type UpdateDepartmentInput = {
  code?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** The version you read; a newer one on the server means someone else changed it. */
  version: number;
};

/** Changes an expert of your pool; unset fields stay. active: false retires the expert from new panels. */
export type UpdateExpertInput = {
  active?: boolean | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  organization?: string | null | undefined;
  specialty?: ExpertSpecialty | null | undefined;
  version: number;
};

/** Replaces the text and indicators of a DRAFT or RETURNED goal. */
export type UpdateGoalInput = {
  goalText?: string | null | undefined;
  id: string | number;
  /** The complete new list; unset keeps the current one. */
  indicators?: Array<IndicatorInput> | null | undefined;
  version: number;
};

/** Changes the plan of a PLANNED or IN_PROGRESS key evaluation; unset fields stay. */
export type UpdateKeyEvaluationInput = {
  amount?: string | null | undefined;
  budgetType?: BudgetType | null | undefined;
  /** The complete new panel; unset keeps the current one. */
  expertIds?: Array<string | number> | null | undefined;
  id: string | number;
  isSpecialBond?: boolean | null | undefined;
  methods?: Array<EvaluationMethod> | null | undefined;
  organizer?: string | null | undefined;
  thirdPartyName?: string | null | undefined;
  title?: string | null | undefined;
  version: number;
  weights?: FrameworkPointsInput | null | undefined;
  yearConducted?: number | null | undefined;
};

/** Changes to a project library entry; unset fields stay as they are. */
export type UpdateProjectInput = {
  code?: string | null | undefined;
  /** Move the project (and its years) to another department. */
  departmentId?: string | number | null | undefined;
  id: string | number;
  isPolicy?: boolean | null | undefined;
  kindCode?: string | null | undefined;
  name?: string | null | undefined;
  nature?: ProjectNature | null | undefined;
  termYears?: number | null | undefined;
  /** The version you read; a newer one on the server means someone else changed it. */
  version: number;
};

/** Changes to a project year’s request, while it is DRAFT or RETURNED. */
export type UpdateProjectYearInput = {
  budgetType?: BudgetType | null | undefined;
  fundSource?: FundSource | null | undefined;
  id: string | number;
  isSpecialBond?: boolean | null | undefined;
  preAssessmentExemption?: PreAssessmentExemption | null | undefined;
  previousYearAmount?: string | null | undefined;
  requestedAmount?: string | null | undefined;
  version: number;
};

/** Finance verifies a reported rectification: REPORTED → VERIFIED. */
export type VerifyRectificationInput = {
  id: string | number;
  opinion?: string | null | undefined;
  version: number;
};

/** A workflow step on a record you read at `version`. */
export type WorkflowStepInput = {
  id: string | number;
  version: number;
};

export type PreAssessmentDetailFragment = { id: string, assessor: AssessorKind, thirdPartyName: string | null, necessityScore: string | null, economyScore: string | null, goalScore: string | null, feasibilityScore: string | null, financingScore: string | null, totalScore: string | null, conclusion: PreAssessmentConclusion | null, conclusionLabel: string | null, recommendedAmount: string | null, opinion: string | null, status: PreAssessmentStatus, allowedActions: Array<string>, version: number, projectYear: { id: string, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger> } };

export type PreAssessmentByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PreAssessmentByIdQuery = { preAssessment: { id: string, assessor: AssessorKind, thirdPartyName: string | null, necessityScore: string | null, economyScore: string | null, goalScore: string | null, feasibilityScore: string | null, financingScore: string | null, totalScore: string | null, conclusion: PreAssessmentConclusion | null, conclusionLabel: string | null, recommendedAmount: string | null, opinion: string | null, status: PreAssessmentStatus, allowedActions: Array<string>, version: number, projectYear: { id: string, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger> } } | null };

export type CreatePreAssessmentMutationVariables = Exact<{
  input: CreatePreAssessmentInput;
}>;


export type CreatePreAssessmentMutation = { createPreAssessment: { id: string, assessor: AssessorKind, thirdPartyName: string | null, necessityScore: string | null, economyScore: string | null, goalScore: string | null, feasibilityScore: string | null, financingScore: string | null, totalScore: string | null, conclusion: PreAssessmentConclusion | null, conclusionLabel: string | null, recommendedAmount: string | null, opinion: string | null, status: PreAssessmentStatus, allowedActions: Array<string>, version: number, projectYear: { id: string, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger> } } };

export type SubmitPreAssessmentMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type SubmitPreAssessmentMutation = { submitPreAssessment: { id: string, assessor: AssessorKind, thirdPartyName: string | null, necessityScore: string | null, economyScore: string | null, goalScore: string | null, feasibilityScore: string | null, financingScore: string | null, totalScore: string | null, conclusion: PreAssessmentConclusion | null, conclusionLabel: string | null, recommendedAmount: string | null, opinion: string | null, status: PreAssessmentStatus, allowedActions: Array<string>, version: number, projectYear: { id: string, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger> } } };

export type ReturnPreAssessmentMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type ReturnPreAssessmentMutation = { returnPreAssessment: { id: string, assessor: AssessorKind, thirdPartyName: string | null, necessityScore: string | null, economyScore: string | null, goalScore: string | null, feasibilityScore: string | null, financingScore: string | null, totalScore: string | null, conclusion: PreAssessmentConclusion | null, conclusionLabel: string | null, recommendedAmount: string | null, opinion: string | null, status: PreAssessmentStatus, allowedActions: Array<string>, version: number, projectYear: { id: string, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger> } } };

export type ConcludePreAssessmentMutationVariables = Exact<{
  input: ConcludePreAssessmentInput;
}>;


export type ConcludePreAssessmentMutation = { concludePreAssessment: { id: string, assessor: AssessorKind, thirdPartyName: string | null, necessityScore: string | null, economyScore: string | null, goalScore: string | null, feasibilityScore: string | null, financingScore: string | null, totalScore: string | null, conclusion: PreAssessmentConclusion | null, conclusionLabel: string | null, recommendedAmount: string | null, opinion: string | null, status: PreAssessmentStatus, allowedActions: Array<string>, version: number, projectYear: { id: string, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger> } } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, actorSubject: string, actorRole: string | null, operation: string | null, action: string, entity: string, entityId: string | null, before: unknown, after: unknown, tenant: { code: string } }> } };

export type ProvinceAuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type ProvinceAuditLogQuery = { provinceAuditLog: { totalCount: number, nodes: Array<{ occurredAt: string, actorSubject: string, actorRole: string | null, operation: string | null, action: string, entity: string, entityId: string | null, before: unknown, after: unknown }> } };

export type GoalDetailFragment = { id: string, subject: GoalSubject, fiscalYear: number, horizon: GoalHorizon, goalText: string, versionNo: number, isCurrent: boolean, status: GoalStatus, statusLabel: string, allowedActions: Array<string>, reviewGrade: ReviewGrade | null, adjustReason: string | null, approvedAt: string | null, issuedAt: string | null, version: number, indicators: Array<{ id: string, level1: IndicatorLevel1, level1Label: string, level2: IndicatorLevel2, level2Label: string, name: string, comparator: Comparator, comparatorLabel: string, targetValue: string | null, targetText: string | null, unit: string, weight: string, isCommon: boolean }> };

export type GoalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: GoalFilter | null | undefined;
}>;


export type GoalsQuery = { goals: { totalCount: number, nodes: Array<{ id: string, subject: GoalSubject, fiscalYear: number, status: GoalStatus, versionNo: number, isCurrent: boolean, department: { code: string }, projectYear: { id: string, project: { code: string } } | null }> } };

export type GoalByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type GoalByIdQuery = { goal: { id: string, subject: GoalSubject, fiscalYear: number, horizon: GoalHorizon, goalText: string, versionNo: number, isCurrent: boolean, status: GoalStatus, statusLabel: string, allowedActions: Array<string>, reviewGrade: ReviewGrade | null, adjustReason: string | null, approvedAt: string | null, issuedAt: string | null, version: number, reviews: Array<{ grade: ReviewGrade, gradeLabel: string, completeness: boolean, relevance: boolean, reasonableness: boolean, measurability: boolean, opinion: string | null, reviewer: string }>, previous: { id: string, versionNo: number, status: GoalStatus, isCurrent: boolean } | null, indicators: Array<{ id: string, level1: IndicatorLevel1, level1Label: string, level2: IndicatorLevel2, level2Label: string, name: string, comparator: Comparator, comparatorLabel: string, targetValue: string | null, targetText: string | null, unit: string, weight: string, isCommon: boolean }> } | null };

export type IndicatorLibraryQueryVariables = Exact<{
  level1?: IndicatorLevel1 | null | undefined;
}>;


export type IndicatorLibraryQuery = { indicatorLibrary: { common: Array<{ id: string, code: string, name: string, level1: IndicatorLevel1, level2: IndicatorLevel2, comparator: Comparator, defaultTarget: string | null, unit: string }>, own: Array<{ id: string, code: string, name: string, level1: IndicatorLevel1, level2: IndicatorLevel2, comparator: Comparator, defaultTarget: string | null, unit: string }> } };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { createGoal: { id: string, subject: GoalSubject, fiscalYear: number, horizon: GoalHorizon, goalText: string, versionNo: number, isCurrent: boolean, status: GoalStatus, statusLabel: string, allowedActions: Array<string>, reviewGrade: ReviewGrade | null, adjustReason: string | null, approvedAt: string | null, issuedAt: string | null, version: number, indicators: Array<{ id: string, level1: IndicatorLevel1, level1Label: string, level2: IndicatorLevel2, level2Label: string, name: string, comparator: Comparator, comparatorLabel: string, targetValue: string | null, targetText: string | null, unit: string, weight: string, isCommon: boolean }> } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { id: string, subject: GoalSubject, fiscalYear: number, horizon: GoalHorizon, goalText: string, versionNo: number, isCurrent: boolean, status: GoalStatus, statusLabel: string, allowedActions: Array<string>, reviewGrade: ReviewGrade | null, adjustReason: string | null, approvedAt: string | null, issuedAt: string | null, version: number, indicators: Array<{ id: string, level1: IndicatorLevel1, level1Label: string, level2: IndicatorLevel2, level2Label: string, name: string, comparator: Comparator, comparatorLabel: string, targetValue: string | null, targetText: string | null, unit: string, weight: string, isCommon: boolean }> } };

export type SubmitGoalMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type SubmitGoalMutation = { submitGoal: { id: string, subject: GoalSubject, fiscalYear: number, horizon: GoalHorizon, goalText: string, versionNo: number, isCurrent: boolean, status: GoalStatus, statusLabel: string, allowedActions: Array<string>, reviewGrade: ReviewGrade | null, adjustReason: string | null, approvedAt: string | null, issuedAt: string | null, version: number, indicators: Array<{ id: string, level1: IndicatorLevel1, level1Label: string, level2: IndicatorLevel2, level2Label: string, name: string, comparator: Comparator, comparatorLabel: string, targetValue: string | null, targetText: string | null, unit: string, weight: string, isCommon: boolean }> } };

export type ReviewGoalMutationVariables = Exact<{
  input: ReviewGoalInput;
}>;


export type ReviewGoalMutation = { reviewGoal: { id: string, subject: GoalSubject, fiscalYear: number, horizon: GoalHorizon, goalText: string, versionNo: number, isCurrent: boolean, status: GoalStatus, statusLabel: string, allowedActions: Array<string>, reviewGrade: ReviewGrade | null, adjustReason: string | null, approvedAt: string | null, issuedAt: string | null, version: number, indicators: Array<{ id: string, level1: IndicatorLevel1, level1Label: string, level2: IndicatorLevel2, level2Label: string, name: string, comparator: Comparator, comparatorLabel: string, targetValue: string | null, targetText: string | null, unit: string, weight: string, isCommon: boolean }> } };

export type AdjustGoalMutationVariables = Exact<{
  input: AdjustGoalInput;
}>;


export type AdjustGoalMutation = { adjustGoal: { id: string, subject: GoalSubject, fiscalYear: number, horizon: GoalHorizon, goalText: string, versionNo: number, isCurrent: boolean, status: GoalStatus, statusLabel: string, allowedActions: Array<string>, reviewGrade: ReviewGrade | null, adjustReason: string | null, approvedAt: string | null, issuedAt: string | null, version: number, indicators: Array<{ id: string, level1: IndicatorLevel1, level1Label: string, level2: IndicatorLevel2, level2Label: string, name: string, comparator: Comparator, comparatorLabel: string, targetValue: string | null, targetText: string | null, unit: string, weight: string, isCommon: boolean }> } };

export type CreateLibraryIndicatorMutationVariables = Exact<{
  input: LibraryIndicatorInput;
}>;


export type CreateLibraryIndicatorMutation = { createLibraryIndicator:
    | { __typename: 'ProvinceIndicator', id: string, code: string, name: string }
    | { __typename: 'TenantIndicator', id: string, code: string, name: string }
   };

export type ExpertFieldsFragment = { id: string, name: string, specialty: ExpertSpecialty, specialtyLabel: string, organization: string | null, active: boolean, version: number };

export type KeyEvaluationFieldsFragment = { id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> };

export type ProblemFieldsFragment = { id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null };

export type ExpertsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ExpertFilter | null | undefined;
}>;


export type ExpertsQuery = { experts: { totalCount: number, nodes: Array<{ id: string, name: string, specialty: ExpertSpecialty, specialtyLabel: string, organization: string | null, active: boolean, version: number }> } };

export type CreateExpertMutationVariables = Exact<{
  input: CreateExpertInput;
}>;


export type CreateExpertMutation = { createExpert: { id: string, name: string, specialty: ExpertSpecialty, specialtyLabel: string, organization: string | null, active: boolean, version: number } };

export type UpdateExpertMutationVariables = Exact<{
  input: UpdateExpertInput;
}>;


export type UpdateExpertMutation = { updateExpert: { id: string, name: string, specialty: ExpertSpecialty, specialtyLabel: string, organization: string | null, active: boolean, version: number } };

export type KeyEvaluationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: KeyEvaluationFilter | null | undefined;
}>;


export type KeyEvaluationsQuery = { keyEvaluations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> }> } };

export type KeyEvaluationByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyEvaluationByIdQuery = { keyEvaluation: { id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, problems: Array<{ id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null }>, resultApplications: Array<{ id: string, action: ResultAction, amountDelta: string, targetFiscalYear: number, project: { code: string } | null }>, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> } | null };

export type ProjectYearKeyEvaluationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectYearKeyEvaluationsQuery = { projectYear: { id: string, keyEvaluations: Array<{ id: string, title: string, status: KeyEvaluationStatus, grade: KeyEvaluationGrade | null }> } | null };

export type CreateKeyEvaluationMutationVariables = Exact<{
  input: CreateKeyEvaluationInput;
}>;


export type CreateKeyEvaluationMutation = { createKeyEvaluation: { id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> } };

export type UpdateKeyEvaluationMutationVariables = Exact<{
  input: UpdateKeyEvaluationInput;
}>;


export type UpdateKeyEvaluationMutation = { updateKeyEvaluation: { id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> } };

export type StartKeyEvaluationMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type StartKeyEvaluationMutation = { startKeyEvaluation: { id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> } };

export type FinalizeKeyEvaluationMutationVariables = Exact<{
  input: FinalizeKeyEvaluationInput;
}>;


export type FinalizeKeyEvaluationMutation = { finalizeKeyEvaluation: { id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> } };

export type IssueKeyEvaluationFeedbackMutationVariables = Exact<{
  input: IssueKeyEvaluationFeedbackInput;
}>;


export type IssueKeyEvaluationFeedbackMutation = { issueKeyEvaluationFeedback: { id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, problems: Array<{ id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null }>, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> } };

export type CloseKeyEvaluationMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type CloseKeyEvaluationMutation = { closeKeyEvaluation: { id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> } };

export type RecordKeyEvaluationReportingMutationVariables = Exact<{
  input: RecordKeyEvaluationReportingInput;
}>;


export type RecordKeyEvaluationReportingMutation = { recordKeyEvaluationReporting: { id: string, object: KeyEvaluationObject, objectLabel: string, title: string, fiscalYear: number, yearConducted: number, budgetType: BudgetType, budgetTypeLabel: string, isSpecialBond: boolean, amount: string, organizer: string, thirdPartyName: string | null, methods: Array<EvaluationMethod>, methodLabels: Array<string>, decisionWeight: string, processWeight: string, outputWeight: string, benefitWeight: string, decisionScore: string | null, processScore: string | null, outputScore: string | null, benefitScore: string | null, totalScore: string | null, grade: KeyEvaluationGrade | null, gradeLabel: string | null, summary: string | null, status: KeyEvaluationStatus, statusLabel: string, allowedActions: Array<string>, feedbackIssuedOn: string | null, reportedToGovernment: boolean, reportedToGovernmentOn: string | null, reportedToCongress: boolean, reportedToCongressOn: string | null, version: number, tenant: { code: string }, projectYear: { id: string, fiscalYear: number } | null, department: { id: string, code: string } | null, township: { id: string, code: string, name: string } | null, experts: Array<{ id: string, name: string, specialty: ExpertSpecialty }> } };

export type ProblemsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProblemFilter | null | undefined;
}>;


export type ProblemsQuery = { problems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null }> } };

export type ProblemByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ProblemByIdQuery = { problem: { id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null } | null };

export type CreateProblemMutationVariables = Exact<{
  input: CreateProblemInput;
}>;


export type CreateProblemMutation = { createProblem: { id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null } };

export type StartRectificationMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type StartRectificationMutation = { startRectification: { id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null } };

export type ReportRectificationMutationVariables = Exact<{
  input: ReportRectificationInput;
}>;


export type ReportRectificationMutation = { reportRectification: { id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null } };

export type VerifyRectificationMutationVariables = Exact<{
  input: VerifyRectificationInput;
}>;


export type VerifyRectificationMutation = { verifyRectification: { id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null } };

export type RejectRectificationMutationVariables = Exact<{
  input: RejectRectificationInput;
}>;


export type RejectRectificationMutation = { rejectRectification: { id: string, source: ProblemSource, sourceLabel: string, category: ProblemCategory, categoryLabel: string, description: string, suggestion: string | null, notifiedOn: string | null, deadline: string | null, status: ProblemStatus, statusLabel: string, isOverdue: boolean, allowedActions: Array<string>, rectificationReport: string | null, rejectionReason: string | null, verificationOpinion: string | null, monitoringRecordId: string | null, selfEvaluationId: string | null, version: number, department: { id: string, code: string }, keyEvaluation: { id: string, title: string } | null } };

export type DepartmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DepartmentFilter | null | undefined;
}>;


export type DepartmentsQuery = { departments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, isFirstLevel: boolean, version: number, tenant: { code: string, name: string }, parent: { code: string } | null }> } };

export type DepartmentByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type DepartmentByIdQuery = { department: { id: string, code: string, name: string, version: number, tenant: { code: string }, children: Array<{ code: string, name: string }> } | null };

export type DepartmentsWithProjectsQueryVariables = Exact<{
  fiscalYear?: number | null | undefined;
  departments?: number | null | undefined;
  projects?: number | null | undefined;
}>;


export type DepartmentsWithProjectsQuery = { departments: { nodes: Array<{ code: string, name: string, projects: Array<{ code: string, name: string, years: Array<{ fiscalYear: number, approvedAmount: string }> }> }> } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment: { id: string, code: string, name: string, isFirstLevel: boolean, version: number, parent: { code: string } | null } };

export type UpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type UpdateDepartmentMutation = { updateDepartment: { id: string, code: string, name: string, version: number } };

export type ProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, kindCode: string, kindLabel: string, nature: ProjectNature, termYears: number, isPolicy: boolean, version: number, department: { id: string, code: string, name: string }, tenant: { code: string, name: string } }> } };

export type ProjectByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectByIdQuery = { project: { id: string, code: string, name: string, kindCode: string, nature: ProjectNature, termYears: number, version: number, department: { code: string }, tenant: { code: string }, years: Array<{ id: string, fiscalYear: number, status: ProjectYearStatus, approvedAmount: string }> } | null };

export type ProjectYearsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProjectYearFilter | null | undefined;
}>;


export type ProjectYearsQuery = { projectYears: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, fiscalYear: number, status: ProjectYearStatus, budgetType: BudgetType, approvedAmount: string, currentAmount: string, project: { code: string, name: string, kindCode: string }, department: { code: string, name: string } }> } };

export type ProjectYearDetailFragment = { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } };

export type ProjectYearByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectYearByIdQuery = { projectYear: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, preAssessment: { id: string, status: PreAssessmentStatus, conclusion: PreAssessmentConclusion | null } | null, goal: { id: string, status: GoalStatus, versionNo: number } | null, project: { id: string, code: string }, department: { code: string } } | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, code: string, name: string, kindCode: string, nature: ProjectNature, termYears: number, isPolicy: boolean, version: number, department: { code: string }, tenant: { code: string } } };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { id: string, code: string, name: string, version: number, department: { code: string } } };

export type CreateProjectYearMutationVariables = Exact<{
  input: CreateProjectYearInput;
}>;


export type CreateProjectYearMutation = { createProjectYear: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } } };

export type UpdateProjectYearMutationVariables = Exact<{
  input: UpdateProjectYearInput;
}>;


export type UpdateProjectYearMutation = { updateProjectYear: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } } };

export type SubmitProjectYearMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type SubmitProjectYearMutation = { submitProjectYear: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } } };

export type ReturnProjectYearMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type ReturnProjectYearMutation = { returnProjectYear: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } } };

export type RejectProjectYearMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type RejectProjectYearMutation = { rejectProjectYear: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } } };

export type EnterLibraryMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type EnterLibraryMutation = { enterLibrary: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } } };

export type ApproveBudgetMutationVariables = Exact<{
  input: ProjectYearAmountInput;
}>;


export type ApproveBudgetMutation = { approveBudget: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, goal: { id: string, status: GoalStatus } | null, project: { id: string, code: string }, department: { code: string } } };

export type AdjustBudgetMutationVariables = Exact<{
  input: ProjectYearAmountInput;
}>;


export type AdjustBudgetMutation = { adjustBudget: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } } };

export type RecordExecutionMutationVariables = Exact<{
  input: ProjectYearAmountInput;
}>;


export type RecordExecutionMutation = { recordExecution: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } } };

export type CloseProjectYearMutationVariables = Exact<{
  input: WorkflowStepInput;
}>;


export type CloseProjectYearMutation = { closeProjectYear: { id: string, fiscalYear: number, status: ProjectYearStatus, statusLabel: string, allowedActions: Array<string>, budgetType: BudgetType, budgetTypeLabel: string, fundSource: FundSource, isSpecialBond: boolean, requestedAmount: string, approvedAmount: string, adjustedAmount: string | null, currentAmount: string, executedAmount: string, previousYearAmount: string | null, preAssessmentExemption: PreAssessmentExemption | null, preAssessmentRequired: boolean, preAssessmentTriggers: Array<PreAssessmentTrigger>, version: number, project: { id: string, code: string }, department: { code: string } } };

export type TenantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TenantFilter | null | undefined;
}>;


export type TenantsQuery = { tenants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, kind: TenantKind, kindLabel: string, province: { code: string, name: string }, city: { code: string, name: string } | null }> } };

export type TenantByCodeQueryVariables = Exact<{
  code: string;
}>;


export type TenantByCodeQuery = { tenant: { id: string, code: string, name: string, kind: TenantKind, departments: Array<{ id: string, code: string, name: string, isFirstLevel: boolean }> } | null };

export type ResultApplicationFieldsFragment = { id: string, action: ResultAction, actionLabel: string, amountDelta: string, evaluatedFiscalYear: number, targetFiscalYear: number, documentNo: string | null, decidedOn: string, note: string | null, selfEvaluationId: string | null, version: number, project: { id: string, code: string } | null, department: { code: string }, keyEvaluation: { id: string, title: string } | null, tenant: { code: string } };

export type ResultApplicationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ResultApplicationFilter | null | undefined;
}>;


export type ResultApplicationsQuery = { resultApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: ResultAction, actionLabel: string, amountDelta: string, evaluatedFiscalYear: number, targetFiscalYear: number, documentNo: string | null, decidedOn: string, note: string | null, selfEvaluationId: string | null, version: number, project: { id: string, code: string } | null, department: { code: string }, keyEvaluation: { id: string, title: string } | null, tenant: { code: string } }> } };

export type ResultApplicationSummaryQueryVariables = Exact<{
  fiscalYear: number;
  tenantCode?: string | null | undefined;
}>;


export type ResultApplicationSummaryQuery = { resultApplicationSummary: { fiscalYear: number, count: number, projectCount: number, reductions: string, increases: string, net: string, absolute: string, reductionsWan: string, increasesWan: string, netWan: string, absoluteWan: string } };

export type ProjectResultApplicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectResultApplicationsQuery = { project: { id: string, code: string, resultApplications: Array<{ id: string, action: ResultAction, amountDelta: string, targetFiscalYear: number }> } | null };

export type CreateResultApplicationMutationVariables = Exact<{
  input: CreateResultApplicationInput;
}>;


export type CreateResultApplicationMutation = { createResultApplication: { id: string, action: ResultAction, actionLabel: string, amountDelta: string, evaluatedFiscalYear: number, targetFiscalYear: number, documentNo: string | null, decidedOn: string, note: string | null, selfEvaluationId: string | null, version: number, project: { id: string, code: string } | null, department: { code: string }, keyEvaluation: { id: string, title: string } | null, tenant: { code: string } } };

export type TenantRulesQueryVariables = Exact<{
  tenantCode?: string | null | undefined;
}>;


export type TenantRulesQuery = { tenantRules: Array<{ key: RuleKey, label: string, value: unknown, isDefault: boolean }> };

export type SetTenantRuleMutationVariables = Exact<{
  key: RuleKey;
  value: unknown;
}>;


export type SetTenantRuleMutation = { setTenantRule: { key: RuleKey, label: string, value: unknown, isDefault: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, role: Role, roleLabel: string, provinceCode: string | null, tenantCode: string | null, departmentCode: string | null, province: { code: string, name: string } | null, tenant: { code: string, name: string } | null, department: { code: string, name: string } | null } };

export const PreAssessmentDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"necessityScore"}},{"kind":"Field","name":{"kind":"Name","value":"economyScore"}},{"kind":"Field","name":{"kind":"Name","value":"goalScore"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityScore"}},{"kind":"Field","name":{"kind":"Name","value":"financingScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"conclusionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}}]}}]}}]} as unknown as DocumentNode<PreAssessmentDetailFragment, unknown>;
export const GoalDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"goalText"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGrade"}},{"kind":"Field","name":{"kind":"Name","value":"adjustReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level1"}},{"kind":"Field","name":{"kind":"Name","value":"level1Label"}},{"kind":"Field","name":{"kind":"Name","value":"level2"}},{"kind":"Field","name":{"kind":"Name","value":"level2Label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"isCommon"}}]}}]}}]} as unknown as DocumentNode<GoalDetailFragment, unknown>;
export const ExpertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExpertFieldsFragment, unknown>;
export const KeyEvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]} as unknown as DocumentNode<KeyEvaluationFieldsFragment, unknown>;
export const ProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ProblemFieldsFragment, unknown>;
export const ProjectYearDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ProjectYearDetailFragment, unknown>;
export const ResultApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelta"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"targetFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ResultApplicationFieldsFragment, unknown>;
export const PreAssessmentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreAssessmentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"necessityScore"}},{"kind":"Field","name":{"kind":"Name","value":"economyScore"}},{"kind":"Field","name":{"kind":"Name","value":"goalScore"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityScore"}},{"kind":"Field","name":{"kind":"Name","value":"financingScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"conclusionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}}]}}]}}]} as unknown as DocumentNode<PreAssessmentByIdQuery, PreAssessmentByIdQueryVariables>;
export const CreatePreAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePreAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePreAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPreAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"necessityScore"}},{"kind":"Field","name":{"kind":"Name","value":"economyScore"}},{"kind":"Field","name":{"kind":"Name","value":"goalScore"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityScore"}},{"kind":"Field","name":{"kind":"Name","value":"financingScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"conclusionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}}]}}]}}]} as unknown as DocumentNode<CreatePreAssessmentMutation, CreatePreAssessmentMutationVariables>;
export const SubmitPreAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPreAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPreAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"necessityScore"}},{"kind":"Field","name":{"kind":"Name","value":"economyScore"}},{"kind":"Field","name":{"kind":"Name","value":"goalScore"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityScore"}},{"kind":"Field","name":{"kind":"Name","value":"financingScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"conclusionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}}]}}]}}]} as unknown as DocumentNode<SubmitPreAssessmentMutation, SubmitPreAssessmentMutationVariables>;
export const ReturnPreAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnPreAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPreAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"necessityScore"}},{"kind":"Field","name":{"kind":"Name","value":"economyScore"}},{"kind":"Field","name":{"kind":"Name","value":"goalScore"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityScore"}},{"kind":"Field","name":{"kind":"Name","value":"financingScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"conclusionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}}]}}]}}]} as unknown as DocumentNode<ReturnPreAssessmentMutation, ReturnPreAssessmentMutationVariables>;
export const ConcludePreAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludePreAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcludePreAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludePreAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreAssessmentDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreAssessmentDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"necessityScore"}},{"kind":"Field","name":{"kind":"Name","value":"economyScore"}},{"kind":"Field","name":{"kind":"Name","value":"goalScore"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityScore"}},{"kind":"Field","name":{"kind":"Name","value":"financingScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"conclusionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}}]}}]}}]} as unknown as DocumentNode<ConcludePreAssessmentMutation, ConcludePreAssessmentMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ProvinceAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceAuditLogQuery, ProvinceAuditLogQueryVariables>;
export const GoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Goals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalsQuery, GoalsQueryVariables>;
export const GoalByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"reasonableness"}},{"kind":"Field","name":{"kind":"Name","value":"measurability"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"goalText"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGrade"}},{"kind":"Field","name":{"kind":"Name","value":"adjustReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level1"}},{"kind":"Field","name":{"kind":"Name","value":"level1Label"}},{"kind":"Field","name":{"kind":"Name","value":"level2"}},{"kind":"Field","name":{"kind":"Name","value":"level2Label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"isCommon"}}]}}]}}]} as unknown as DocumentNode<GoalByIdQuery, GoalByIdQueryVariables>;
export const IndicatorLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level1"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorLevel1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level1"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"common"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level1"}},{"kind":"Field","name":{"kind":"Name","value":"level2"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTarget"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"own"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level1"}},{"kind":"Field","name":{"kind":"Name","value":"level2"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTarget"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorLibraryQuery, IndicatorLibraryQueryVariables>;
export const CreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"goalText"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGrade"}},{"kind":"Field","name":{"kind":"Name","value":"adjustReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level1"}},{"kind":"Field","name":{"kind":"Name","value":"level1Label"}},{"kind":"Field","name":{"kind":"Name","value":"level2"}},{"kind":"Field","name":{"kind":"Name","value":"level2Label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"isCommon"}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"goalText"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGrade"}},{"kind":"Field","name":{"kind":"Name","value":"adjustReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level1"}},{"kind":"Field","name":{"kind":"Name","value":"level1Label"}},{"kind":"Field","name":{"kind":"Name","value":"level2"}},{"kind":"Field","name":{"kind":"Name","value":"level2Label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"isCommon"}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const SubmitGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"goalText"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGrade"}},{"kind":"Field","name":{"kind":"Name","value":"adjustReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level1"}},{"kind":"Field","name":{"kind":"Name","value":"level1Label"}},{"kind":"Field","name":{"kind":"Name","value":"level2"}},{"kind":"Field","name":{"kind":"Name","value":"level2Label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"isCommon"}}]}}]}}]} as unknown as DocumentNode<SubmitGoalMutation, SubmitGoalMutationVariables>;
export const ReviewGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"goalText"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGrade"}},{"kind":"Field","name":{"kind":"Name","value":"adjustReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level1"}},{"kind":"Field","name":{"kind":"Name","value":"level1Label"}},{"kind":"Field","name":{"kind":"Name","value":"level2"}},{"kind":"Field","name":{"kind":"Name","value":"level2Label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"isCommon"}}]}}]}}]} as unknown as DocumentNode<ReviewGoalMutation, ReviewGoalMutationVariables>;
export const AdjustGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"goalText"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reviewGrade"}},{"kind":"Field","name":{"kind":"Name","value":"adjustReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level1"}},{"kind":"Field","name":{"kind":"Name","value":"level1Label"}},{"kind":"Field","name":{"kind":"Name","value":"level2"}},{"kind":"Field","name":{"kind":"Name","value":"level2Label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"isCommon"}}]}}]}}]} as unknown as DocumentNode<AdjustGoalMutation, AdjustGoalMutationVariables>;
export const CreateLibraryIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLibraryIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LibraryIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLibraryIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TenantIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLibraryIndicatorMutation, CreateLibraryIndicatorMutationVariables>;
export const ExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExpertsQuery, ExpertsQueryVariables>;
export const CreateExpertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExpert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExpertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExpert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateExpertMutation, CreateExpertMutationVariables>;
export const UpdateExpertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExpert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExpertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExpert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateExpertMutation, UpdateExpertMutationVariables>;
export const KeyEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyEvaluationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]} as unknown as DocumentNode<KeyEvaluationsQuery, KeyEvaluationsQueryVariables>;
export const KeyEvaluationByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyEvaluationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyEvaluationFields"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelta"}},{"kind":"Field","name":{"kind":"Name","value":"targetFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<KeyEvaluationByIdQuery, KeyEvaluationByIdQueryVariables>;
export const ProjectYearKeyEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectYearKeyEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectYearKeyEvaluationsQuery, ProjectYearKeyEvaluationsQueryVariables>;
export const CreateKeyEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKeyEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKeyEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKeyEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]} as unknown as DocumentNode<CreateKeyEvaluationMutation, CreateKeyEvaluationMutationVariables>;
export const UpdateKeyEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKeyEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKeyEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeyEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]} as unknown as DocumentNode<UpdateKeyEvaluationMutation, UpdateKeyEvaluationMutationVariables>;
export const StartKeyEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartKeyEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startKeyEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]} as unknown as DocumentNode<StartKeyEvaluationMutation, StartKeyEvaluationMutationVariables>;
export const FinalizeKeyEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeKeyEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinalizeKeyEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeKeyEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]} as unknown as DocumentNode<FinalizeKeyEvaluationMutation, FinalizeKeyEvaluationMutationVariables>;
export const IssueKeyEvaluationFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueKeyEvaluationFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueKeyEvaluationFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueKeyEvaluationFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyEvaluationFields"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<IssueKeyEvaluationFeedbackMutation, IssueKeyEvaluationFeedbackMutationVariables>;
export const CloseKeyEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseKeyEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeKeyEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]} as unknown as DocumentNode<CloseKeyEvaluationMutation, CloseKeyEvaluationMutationVariables>;
export const RecordKeyEvaluationReportingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordKeyEvaluationReporting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordKeyEvaluationReportingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordKeyEvaluationReporting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"yearConducted"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"methodLabels"}},{"kind":"Field","name":{"kind":"Name","value":"decisionWeight"}},{"kind":"Field","name":{"kind":"Name","value":"processWeight"}},{"kind":"Field","name":{"kind":"Name","value":"outputWeight"}},{"kind":"Field","name":{"kind":"Name","value":"benefitWeight"}},{"kind":"Field","name":{"kind":"Name","value":"decisionScore"}},{"kind":"Field","name":{"kind":"Name","value":"processScore"}},{"kind":"Field","name":{"kind":"Name","value":"outputScore"}},{"kind":"Field","name":{"kind":"Name","value":"benefitScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToGovernmentOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongress"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCongressOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]} as unknown as DocumentNode<RecordKeyEvaluationReportingMutation, RecordKeyEvaluationReportingMutationVariables>;
export const ProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Problems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProblemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ProblemsQuery, ProblemsQueryVariables>;
export const ProblemByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProblemById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ProblemByIdQuery, ProblemByIdQueryVariables>;
export const CreateProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateProblemMutation, CreateProblemMutationVariables>;
export const StartRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StartRectificationMutation, StartRectificationMutationVariables>;
export const ReportRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ReportRectificationMutation, ReportRectificationMutationVariables>;
export const VerifyRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<VerifyRectificationMutation, VerifyRectificationMutationVariables>;
export const RejectRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RejectRectificationMutation, RejectRectificationMutationVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const DepartmentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentByIdQuery, DepartmentByIdQueryVariables>;
export const DepartmentsWithProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentsWithProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departments"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projects"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentsWithProjectsQuery, DepartmentsWithProjectsQueryVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const ProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindCode"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"isPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindCode"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectByIdQuery, ProjectByIdQueryVariables>;
export const ProjectYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYearFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectYearsQuery, ProjectYearsQueryVariables>;
export const ProjectYearByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectYearById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ProjectYearByIdQuery, ProjectYearByIdQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindCode"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"isPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const CreateProjectYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProjectYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProjectYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateProjectYearMutation, CreateProjectYearMutationVariables>;
export const UpdateProjectYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProjectYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProjectYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectYearMutation, UpdateProjectYearMutationVariables>;
export const SubmitProjectYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProjectYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProjectYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SubmitProjectYearMutation, SubmitProjectYearMutationVariables>;
export const ReturnProjectYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnProjectYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnProjectYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReturnProjectYearMutation, ReturnProjectYearMutationVariables>;
export const RejectProjectYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectProjectYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProjectYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RejectProjectYearMutation, RejectProjectYearMutationVariables>;
export const EnterLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterLibrary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<EnterLibraryMutation, EnterLibraryMutationVariables>;
export const ApproveBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYearAmountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ApproveBudgetMutation, ApproveBudgetMutationVariables>;
export const AdjustBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYearAmountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AdjustBudgetMutation, AdjustBudgetMutationVariables>;
export const RecordExecutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYearAmountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RecordExecutionMutation, RecordExecutionMutationVariables>;
export const CloseProjectYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseProjectYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeProjectYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectYearDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectYearDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"budgetType"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"}},{"kind":"Field","name":{"kind":"Name","value":"isSpecialBond"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"previousYearAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentExemption"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"preAssessmentTriggers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CloseProjectYearMutation, CloseProjectYearMutationVariables>;
export const TenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantsQuery, TenantsQueryVariables>;
export const TenantByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstLevel"}}]}}]}}]}}]} as unknown as DocumentNode<TenantByCodeQuery, TenantByCodeQueryVariables>;
export const ResultApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultApplicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelta"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"targetFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ResultApplicationsQuery, ResultApplicationsQueryVariables>;
export const ResultApplicationSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultApplicationSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultApplicationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"reductions"}},{"kind":"Field","name":{"kind":"Name","value":"increases"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"absolute"}},{"kind":"Field","name":{"kind":"Name","value":"reductionsWan"}},{"kind":"Field","name":{"kind":"Name","value":"increasesWan"}},{"kind":"Field","name":{"kind":"Name","value":"netWan"}},{"kind":"Field","name":{"kind":"Name","value":"absoluteWan"}}]}}]}}]} as unknown as DocumentNode<ResultApplicationSummaryQuery, ResultApplicationSummaryQueryVariables>;
export const ProjectResultApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectResultApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"resultApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelta"}},{"kind":"Field","name":{"kind":"Name","value":"targetFiscalYear"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectResultApplicationsQuery, ProjectResultApplicationsQueryVariables>;
export const CreateResultApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResultApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResultApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResultApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelta"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"targetFiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateResultApplicationMutation, CreateResultApplicationMutationVariables>;
export const TenantRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<TenantRulesQuery, TenantRulesQueryVariables>;
export const SetTenantRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTenantRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTenantRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<SetTenantRuleMutation, SetTenantRuleMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tenantCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;