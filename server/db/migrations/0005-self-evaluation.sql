-- 单位自评 (self-evaluation of a fiscal year's project or department goal, done the year after)
-- and 抽查复核 (the finance bureau's recheck of a sample of them).

-- ---------------------------------------------------------------------------------------------
-- Self-evaluation scope. Which project years must self-evaluate is the finance bureau's choice
-- (山亭区 2024: 135 of 1582 goals), not "every project": a flag per project year, set with
-- setSelfEvaluationScope.
-- ---------------------------------------------------------------------------------------------
alter table project_year add column self_evaluation_required boolean not null default false;
create index project_year_self_evaluation_scope_idx on project_year (tenant_id, fiscal_year) where self_evaluation_required;

-- ---------------------------------------------------------------------------------------------
-- Self-evaluation of one project year (against its goal in force) or of one department's overall
-- goal for a fiscal year. Scores are computed by the platform and stored with their parts.
-- ---------------------------------------------------------------------------------------------
create type self_evaluation_subject as enum ('PROJECT', 'DEPARTMENT');
create type self_evaluation_status as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'FINANCE_REVIEWED');
create type self_evaluation_grade as enum ('EXCELLENT', 'GOOD', 'MEDIUM', 'LOW', 'POOR');
create type achievement_level as enum ('ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED');

create table self_evaluation (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  subject self_evaluation_subject not null,
  project_year_id uuid,
  department_id uuid not null,             -- the project's department, or the department itself
  goal_id uuid not null,                   -- the goal version evaluated (the one in force)
  fiscal_year smallint not null check (fiscal_year between 2000 and 2100),   -- the year evaluated
  conducted_year smallint not null,        -- the year the evaluation is done: fiscal_year + 1
  budget_amount numeric(18, 2) not null check (budget_amount > 0),           -- 全年预算数 (变动后)
  executed_amount numeric(18, 2) not null check (executed_amount >= 0),      -- 全年执行数
  execution_rate numeric(9, 4) not null,   -- 执行率, uncapped (over-spending shows)
  execution_score numeric(5, 2),
  output_score numeric(5, 2),
  benefit_score numeric(5, 2),
  satisfaction_score numeric(5, 2),
  total_score numeric(5, 2) check (total_score between 0 and 100),
  grade self_evaluation_grade,
  summary text,                            -- 总体完成情况 / 自评结论
  application_advice text,                 -- 结果应用建议
  status self_evaluation_status not null default 'DRAFT',
  submitted_at timestamptz,
  reviewed_at timestamptz,
  reviewer text,
  review_opinion text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, id, department_id),
  foreign key (tenant_id, project_year_id, department_id) references project_year (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, goal_id, department_id) references performance_goal (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, department_id) references department (tenant_id, id),
  check ((subject = 'PROJECT') = (project_year_id is not null)),
  check (conducted_year = fiscal_year + 1),
  -- A score exists only as a whole: every part, the total and the grade, or none of them.
  check ((total_score is null) = (grade is null) and (total_score is null) = (execution_score is null)),
  check (status in ('DRAFT', 'RETURNED') or total_score is not null)
);
-- One self-evaluation per project year, and per department and year.
create unique index self_evaluation_project_once on self_evaluation (tenant_id, project_year_id) where subject = 'PROJECT';
create unique index self_evaluation_department_once on self_evaluation (tenant_id, department_id, fiscal_year) where subject = 'DEPARTMENT';
create index self_evaluation_list_idx on self_evaluation (tenant_id, fiscal_year, status, department_id);
-- Protects: self-evaluations of other tenants and, for department users, other departments.
-- Review and return are finance steps, checked by the service.
select app.protect_tenant_table('self_evaluation', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);

-- The result of one indicator of the evaluated goal: the actual value of a quantitative one, the
-- achievement level of a qualitative one, its computed score and the deviation analysis.
create table self_evaluation_indicator (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  self_evaluation_id uuid not null,
  department_id uuid not null,
  indicator_id uuid not null,              -- performance_indicator of the evaluated goal
  actual_value numeric(18, 4),             -- 实际完成值 (quantitative)
  achievement achievement_level,           -- 达成 / 部分达成 / 未达成 (qualitative)
  score numeric(9, 4) not null,            -- points earned, for display; the total is summed exactly
  meets_target boolean not null,
  deviation_pct numeric(12, 2),            -- |actual − target| / target × 100 (quantitative)
  deviation_required boolean not null,     -- missed by more than the region's threshold, or 未达成
  deviation_note text,                     -- 偏差原因分析及改进措施
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, self_evaluation_id, indicator_id),
  foreign key (tenant_id, self_evaluation_id, department_id) references self_evaluation (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, indicator_id) references performance_indicator (tenant_id, id),
  check ((actual_value is null) <> (achievement is null))
);
select app.protect_tenant_table('self_evaluation_indicator', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);

-- ---------------------------------------------------------------------------------------------
-- 抽查复核: the finance bureau's own score of a finance-reviewed self-evaluation. A large
-- discrepancy, a different grade or a 差 recheck grade makes it a candidate for 通报.
-- ---------------------------------------------------------------------------------------------
create table self_evaluation_recheck (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  self_evaluation_id uuid not null,
  department_id uuid not null,
  self_score numeric(5, 2) not null,       -- the self-evaluation's total when rechecked
  self_grade self_evaluation_grade not null,
  recheck_score numeric(5, 2) not null check (recheck_score between 0 and 100),
  recheck_grade self_evaluation_grade not null,
  discrepancy numeric(5, 2) not null check (discrepancy >= 0),              -- |self − recheck|
  grade_differs boolean not null,
  large_discrepancy boolean not null,      -- discrepancy ≥ the region's points, or the grade differs
  notify boolean not null,                 -- 通报 candidate: a large discrepancy or a 差 recheck grade
  opinion text,
  rechecker text not null,
  rechecked_at timestamptz not null default now(),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, self_evaluation_id),
  foreign key (tenant_id, self_evaluation_id, department_id) references self_evaluation (tenant_id, id, department_id) on update cascade
);
-- Department users read the rechecks of their self-evaluations; only the finance bureau rechecks.
select app.protect_tenant_table('self_evaluation_recheck', true, array['COUNTY_ADMIN']);
