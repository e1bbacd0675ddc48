-- 财政重点评价 (key evaluations by the finance bureau, with third parties and the expert pool),
-- 问题与整改 (problems found and their rectification) and 结果应用 (result application: signed
-- adjustments of next year's budgets traced to the evaluation that caused them).

-- ---------------------------------------------------------------------------------------------
-- 专家库: the tenant's expert pool. Read across the tenant (evaluations list their experts);
-- only the county finance bureau maintains it.
-- ---------------------------------------------------------------------------------------------
create type expert_specialty as enum ('INDUSTRY', 'FINANCE', 'OTHER');

create table expert (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  specialty expert_specialty not null,     -- 行业专家 / 财务专家 / 其他
  organization text,
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create index expert_name_idx on expert (tenant_id, name);
-- Protects: one region's pool from another; only the county finance bureau changes it.
select app.protect_tenant_table('expert', false, array['COUNTY_ADMIN']);

-- ---------------------------------------------------------------------------------------------
-- Key evaluations. The subject depends on the object: a project year (PROJECT, COST_BENEFIT), a
-- department (DEPARTMENT_OVERALL), a township org unit (FISCAL_OPERATION); other objects may name
-- the department in charge. department_id is the department whose users may read the row (null:
-- finance only).
-- ---------------------------------------------------------------------------------------------
create type key_evaluation_object as enum (
  'PROJECT', 'POLICY', 'DEPARTMENT_OVERALL', 'FISCAL_OPERATION', 'COST_BENEFIT', 'SPECIAL_FUND', 'TRANSFER', 'OTHER');
create type key_evaluation_status as enum ('PLANNED', 'IN_PROGRESS', 'FINAL', 'FEEDBACK_ISSUED', 'CLOSED');
create type evaluation_method as enum (
  'DOCUMENT_REVIEW', 'FIELD_RESEARCH', 'QUESTIONNAIRE', 'INTERVIEW',
  'COST_BENEFIT_ANALYSIS', 'COMPARISON', 'FACTOR_ANALYSIS', 'LOWEST_COST', 'PUBLIC_JUDGEMENT', 'BENCHMARKING');
-- Grades of the tenant's grade scheme (4 national levels, or 5 with LOW).
create type key_evaluation_grade as enum ('EXCELLENT', 'GOOD', 'MEDIUM', 'LOW', 'POOR');

create table key_evaluation (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  object key_evaluation_object not null,
  title text not null,
  fiscal_year smallint not null check (fiscal_year between 2000 and 2100),          -- year evaluated
  year_conducted smallint not null check (year_conducted between 2000 and 2100),
  project_year_id uuid,
  department_id uuid,
  township_id uuid,
  budget_type budget_type not null,                                                -- 四本预算
  is_special_bond boolean not null default false,                                  -- 专项债券
  amount numeric(18, 2) not null check (amount >= 0),                              -- 涉及资金, yuan
  organizer text not null,
  third_party_name text,
  methods evaluation_method[] not null default '{}',
  -- Framework 决策 / 过程 / 产出 / 效益: weights sum to 100 and 产出 + 效益 ≥ 60.
  decision_weight numeric(5, 2) not null check (decision_weight >= 0),
  process_weight numeric(5, 2) not null check (process_weight >= 0),
  output_weight numeric(5, 2) not null check (output_weight >= 0),
  benefit_weight numeric(5, 2) not null check (benefit_weight >= 0),
  decision_score numeric(5, 2) check (decision_score between 0 and decision_weight),
  process_score numeric(5, 2) check (process_score between 0 and process_weight),
  output_score numeric(5, 2) check (output_score between 0 and output_weight),
  benefit_score numeric(5, 2) check (benefit_score between 0 and benefit_weight),
  total_score numeric(6, 2),
  grade key_evaluation_grade,
  summary text,
  status key_evaluation_status not null default 'PLANNED',
  finalized_at timestamptz,
  feedback_issued_on date,                 -- 评价结果反馈: starts the rectification deadlines
  closed_at timestamptz,
  reported_to_government boolean not null default false,
  reported_to_government_on date,
  reported_to_congress boolean not null default false,                            -- 报人大
  reported_to_congress_on date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, id, department_id),
  foreign key (tenant_id, project_year_id, department_id) references project_year (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, department_id) references department (tenant_id, id),
  foreign key (tenant_id, township_id) references department (tenant_id, id),
  check (year_conducted >= fiscal_year),
  check ((object in ('PROJECT', 'COST_BENEFIT')) = (project_year_id is not null)),
  check (project_year_id is null or department_id is not null),
  check (object <> 'DEPARTMENT_OVERALL' or department_id is not null),
  check ((object = 'FISCAL_OPERATION') = (township_id is not null)),
  check (decision_weight + process_weight + output_weight + benefit_weight = 100),
  check (output_weight + benefit_weight >= 60),
  check ((total_score is null) = (decision_score is null or process_score is null or output_score is null or benefit_score is null)),
  check (total_score is null or total_score = decision_score + process_score + output_score + benefit_score),
  check ((grade is null) = (total_score is null)),
  check (status in ('PLANNED', 'IN_PROGRESS') or grade is not null),
  check (status not in ('FEEDBACK_ISSUED', 'CLOSED') or feedback_issued_on is not null),
  check (reported_to_government = (reported_to_government_on is not null)),
  check (reported_to_congress = (reported_to_congress_on is not null))
);
create index key_evaluation_list_idx on key_evaluation (tenant_id, fiscal_year, object, status);
create index key_evaluation_project_year_idx on key_evaluation (tenant_id, project_year_id);
create index key_evaluation_department_idx on key_evaluation (tenant_id, department_id);
-- Protects: evaluations of other tenants; department users read only their own department's.
select app.protect_tenant_table('key_evaluation', true, array['COUNTY_ADMIN']);

-- Experts assigned to an evaluation. department_id follows the evaluation's so department users
-- see the panel of their own evaluations only.
create table key_evaluation_expert (
  tenant_id uuid not null references tenant(id),
  key_evaluation_id uuid not null,
  expert_id uuid not null,
  department_id uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, key_evaluation_id, expert_id),
  foreign key (tenant_id, key_evaluation_id) references key_evaluation (tenant_id, id),
  foreign key (tenant_id, key_evaluation_id, department_id) references key_evaluation (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, expert_id) references expert (tenant_id, id)
);
create index key_evaluation_expert_expert_idx on key_evaluation_expert (tenant_id, expert_id);
select app.protect_tenant_table('key_evaluation_expert', true, array['COUNTY_ADMIN']);
-- Changing the panel of a planned or running evaluation replaces its rows.
create policy key_evaluation_expert_delete on key_evaluation_expert for delete
  using (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN');
grant delete on key_evaluation_expert to bpm_app;

-- ---------------------------------------------------------------------------------------------
-- Problems and rectification. Found by a key evaluation, or by monitoring or a self-evaluation
-- (monitoring_record_id / self_evaluation_id get their foreign keys when those modules are
-- integrated). The department responsible rectifies and reports; finance verifies or rejects.
-- ---------------------------------------------------------------------------------------------
create type problem_source as enum ('KEY_EVALUATION', 'MONITORING', 'SELF_EVALUATION');
create type problem_category as enum ('DECISION', 'FUND_MANAGEMENT', 'IMPLEMENTATION', 'BENEFIT', 'GOAL_SETTING');
create type problem_status as enum ('OPEN', 'IN_PROGRESS', 'REPORTED', 'VERIFIED');

create table evaluation_problem (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  source problem_source not null,
  key_evaluation_id uuid,
  monitoring_record_id uuid,
  self_evaluation_id uuid,
  category problem_category not null,
  description text not null,
  suggestion text,                         -- 整改建议; not every problem has one (山亭: 71 / 69)
  department_id uuid not null,             -- the department responsible for rectifying
  notified_on date,                        -- when the department was told (feedback date)
  deadline date,
  status problem_status not null default 'OPEN',
  rectification_report text,
  reported_at timestamptz,
  rejection_reason text,
  verified_at timestamptz,
  verification_opinion text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, key_evaluation_id) references key_evaluation (tenant_id, id),
  foreign key (tenant_id, department_id) references department (tenant_id, id),
  check (num_nonnulls(key_evaluation_id, monitoring_record_id, self_evaluation_id) = 1),
  check ((source = 'KEY_EVALUATION') = (key_evaluation_id is not null)),
  check ((source = 'MONITORING') = (monitoring_record_id is not null)),
  check ((source = 'SELF_EVALUATION') = (self_evaluation_id is not null)),
  check (deadline is null or notified_on is null or deadline >= notified_on),
  check (status not in ('REPORTED', 'VERIFIED') or rectification_report is not null),
  check ((status = 'VERIFIED') = (verified_at is not null))
);
create index evaluation_problem_evaluation_idx on evaluation_problem (tenant_id, key_evaluation_id);
create index evaluation_problem_department_idx on evaluation_problem (tenant_id, department_id, status);
create index evaluation_problem_deadline_idx on evaluation_problem (tenant_id, status, deadline);
-- Protects: problems of other tenants; department users see and rectify only their own.
select app.protect_tenant_table('evaluation_problem', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);

-- ---------------------------------------------------------------------------------------------
-- Result application: a signed adjustment of a library project's budget for a later year, traced
-- to the evaluation that caused it (self_evaluation_id gets its foreign key at integration).
-- ---------------------------------------------------------------------------------------------
create type result_action as enum ('INCREASE', 'MAINTAIN', 'REDUCE', 'CANCEL', 'MERGE', 'EXIT');

create table result_application (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  key_evaluation_id uuid,
  self_evaluation_id uuid,
  evaluated_fiscal_year smallint not null check (evaluated_fiscal_year between 2000 and 2100),
  project_id uuid not null,
  department_id uuid not null,             -- the project's department, kept in step by the FK below
  action result_action not null,
  amount_delta numeric(18, 2) not null,    -- yuan; negative = 压减
  target_fiscal_year smallint not null check (target_fiscal_year between 2000 and 2100),
  document_no text,                        -- 文号
  decided_on date not null,
  note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, key_evaluation_id) references key_evaluation (tenant_id, id),
  foreign key (tenant_id, project_id, department_id) references project (tenant_id, id, department_id) on update cascade,
  check (num_nonnulls(key_evaluation_id, self_evaluation_id) = 1),
  check (target_fiscal_year > evaluated_fiscal_year),
  check (case action
           when 'INCREASE' then amount_delta > 0
           when 'MAINTAIN' then amount_delta = 0
           when 'MERGE' then true
           else amount_delta < 0
         end)
);
create index result_application_year_idx on result_application (tenant_id, target_fiscal_year, action);
create index result_application_project_idx on result_application (tenant_id, project_id);
create index result_application_evaluation_idx on result_application (tenant_id, key_evaluation_id);
-- Protects: adjustments of other tenants; department users read their own projects'; only the
-- finance bureau decides them.
select app.protect_tenant_table('result_application', true, array['COUNTY_ADMIN']);
