-- 事前绩效评估 (ex-ante assessment) and 绩效目标 (performance goals with indicators, reviews and
-- the indicator library).

-- ---------------------------------------------------------------------------------------------
-- Ex-ante assessment of a project year. Five dimensions of 20 points; the conclusion decides
-- whether the project may enter the library and get a budget.
-- ---------------------------------------------------------------------------------------------
create type pre_assessment_conclusion as enum ('SUPPORT', 'SUPPORT_AFTER_ADJUSTMENT', 'NOT_SUPPORT');
create type pre_assessment_status as enum ('DRAFT', 'SUBMITTED', 'CONCLUDED');
create type assessor_kind as enum ('SELF', 'FINANCE', 'THIRD_PARTY');

create table pre_assessment (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  project_year_id uuid not null,
  department_id uuid not null,
  assessor assessor_kind not null default 'FINANCE',
  third_party_name text,
  necessity_score numeric(5, 2) check (necessity_score between 0 and 20),         -- 立项必要性
  economy_score numeric(5, 2) check (economy_score between 0 and 20),             -- 投入经济性
  goal_score numeric(5, 2) check (goal_score between 0 and 20),                   -- 绩效目标合理性
  feasibility_score numeric(5, 2) check (feasibility_score between 0 and 20),     -- 实施方案可行性
  financing_score numeric(5, 2) check (financing_score between 0 and 20),         -- 筹资合规性
  conclusion pre_assessment_conclusion,
  recommended_amount numeric(18, 2) check (recommended_amount >= 0),
  opinion text,
  status pre_assessment_status not null default 'DRAFT',
  concluded_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, project_year_id),
  foreign key (tenant_id, project_year_id, department_id) references project_year (tenant_id, id, department_id) on update cascade,
  check (status <> 'CONCLUDED' or conclusion is not null),
  check (assessor <> 'THIRD_PARTY' or third_party_name is not null)
);
-- Protects: assessments of other tenants and, for department users, other departments.
select app.protect_tenant_table('pre_assessment', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);

-- ---------------------------------------------------------------------------------------------
-- Indicator library (指标库): province-wide common indicators (共性, province-owned) and a
-- tenant's own (个性). Goals copy from them and keep the reference.
-- ---------------------------------------------------------------------------------------------
create type indicator_level1 as enum ('OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST');
create type indicator_level2 as enum (
  'QUANTITY', 'QUALITY', 'TIMELINESS', 'COST',
  'ECONOMIC', 'SOCIAL', 'ECOLOGICAL', 'SUSTAINABLE',
  'SATISFACTION',
  'ECONOMIC_COST', 'SOCIAL_COST', 'ECOLOGICAL_COST');
create type comparator as enum ('GTE', 'GT', 'EQ', 'LTE', 'LT', 'QUALITATIVE');

create table province_indicator (
  province_id uuid not null references province(id),
  id uuid not null default gen_random_uuid(),
  code varchar(21) not null,
  name text not null,
  level1 indicator_level1 not null,
  level2 indicator_level2 not null,
  comparator comparator not null,
  default_target numeric(18, 4),
  unit text not null default '',
  description text,
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (province_id, id),
  unique (province_id, code),
  unique (id)                              -- goals of any tenant may reference it by id
);
-- Protects: each province's library; counties read their province's, only the province writes.
select app.protect_province_table('province_indicator');

create table tenant_indicator (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  code varchar(21) not null,
  name text not null,
  level1 indicator_level1 not null,
  level2 indicator_level2 not null,
  comparator comparator not null,
  default_target numeric(18, 4),
  unit text not null default '',
  description text,
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, code)
);
-- Protects: a tenant's own library; the county finance bureau maintains it.
select app.protect_tenant_table('tenant_indicator', false, array['COUNTY_ADMIN']);

-- ---------------------------------------------------------------------------------------------
-- Performance goals: per project year or per department (部门整体), annual or overall horizon,
-- versioned: an adjustment is a new version; the approved one in force is `is_current`.
-- ---------------------------------------------------------------------------------------------
create type goal_subject as enum ('PROJECT', 'DEPARTMENT');
create type goal_horizon as enum ('ANNUAL', 'OVERALL');
create type goal_status as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED', 'ISSUED', 'SUPERSEDED');
create type review_grade as enum ('EXCELLENT', 'GOOD', 'MEDIUM', 'POOR');

create table performance_goal (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  subject goal_subject not null,
  project_year_id uuid,
  department_id uuid not null,             -- the project's department, or the department itself
  fiscal_year smallint not null check (fiscal_year between 2000 and 2100),
  horizon goal_horizon not null default 'ANNUAL',
  goal_text text not null,
  version_no integer not null default 1,
  previous_id uuid,                        -- the version this one adjusts
  is_current boolean not null default false,
  adjust_reason text,
  status goal_status not null default 'DRAFT',
  review_grade review_grade,
  approved_at timestamptz,
  issued_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, id, department_id),
  foreign key (tenant_id, project_year_id, department_id) references project_year (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, department_id) references department (tenant_id, id),
  foreign key (tenant_id, previous_id) references performance_goal (tenant_id, id),
  check ((subject = 'PROJECT') = (project_year_id is not null))
);
-- One goal in force per project year (and horizon), and per department and year.
create unique index performance_goal_current_project on performance_goal (tenant_id, project_year_id, horizon) where is_current and subject = 'PROJECT';
create unique index performance_goal_current_department on performance_goal (tenant_id, department_id, fiscal_year, horizon) where is_current and subject = 'DEPARTMENT';
-- One open draft (not yet approved version) at a time per project year or department and year.
create unique index performance_goal_open_project on performance_goal (tenant_id, project_year_id, horizon)
  where status in ('DRAFT', 'SUBMITTED', 'RETURNED') and subject = 'PROJECT';
create unique index performance_goal_open_department on performance_goal (tenant_id, department_id, fiscal_year, horizon)
  where status in ('DRAFT', 'SUBMITTED', 'RETURNED') and subject = 'DEPARTMENT';
create index performance_goal_year_idx on performance_goal (tenant_id, fiscal_year, subject, status);
create index performance_goal_project_year_idx on performance_goal (tenant_id, project_year_id);
-- Protects: goals of other tenants and, for department users, other departments.
select app.protect_tenant_table('performance_goal', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);

create table performance_indicator (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  goal_id uuid not null,
  department_id uuid not null,
  level1 indicator_level1 not null,
  level2 indicator_level2 not null,
  name text not null,
  comparator comparator not null,
  target_value numeric(18, 4),
  target_text text,
  unit text not null default '',
  weight numeric(5, 2) not null check (weight > 0 and weight <= 100),
  is_common boolean not null default false,   -- 共性 (from a library) or 个性
  province_indicator_id uuid references province_indicator (id),
  tenant_indicator_id uuid,
  sort_order integer not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, goal_id, department_id) references performance_goal (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, tenant_indicator_id) references tenant_indicator (tenant_id, id),
  check (comparator = 'QUALITATIVE' or target_value is not null),
  check (comparator <> 'QUALITATIVE' or target_text is not null)
);
create index performance_indicator_goal_idx on performance_indicator (tenant_id, goal_id, sort_order);
select app.protect_tenant_table('performance_indicator', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);
-- Editing a draft goal replaces its indicator list; the service allows it only while the goal is
-- DRAFT or RETURNED.
create policy performance_indicator_delete on performance_indicator for delete
  using (tenant_id = any ((select app.tenant_ids())::uuid[])
         and ((select app.department_id()) is null or department_id = (select app.department_id()))
         and (select app.role()) in ('COUNTY_ADMIN', 'DEPARTMENT_USER'));
grant delete on performance_indicator to bpm_app;

-- 目标审核: each review of a goal version by the finance bureau, with its grade and criteria.
create table goal_review (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  goal_id uuid not null,
  department_id uuid not null,
  grade review_grade not null,
  completeness boolean not null,           -- 完整性
  relevance boolean not null,              -- 相关性
  reasonableness boolean not null,         -- 合理性
  measurability boolean not null,          -- 可衡量性
  opinion text,
  reviewer text not null,
  reviewed_at timestamptz not null default now(),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, goal_id, department_id) references performance_goal (tenant_id, id, department_id) on update cascade
);
create index goal_review_goal_idx on goal_review (tenant_id, goal_id);
-- Department users read the reviews of their goals; only the finance bureau reviews.
select app.protect_tenant_table('goal_review', true, array['COUNTY_ADMIN']);
