-- 绩效运行监控 ("双监控": budget execution progress and goal achievement): monitoring rounds of a
-- tenant, one record per round and project year (or department), and the indicator values a
-- record reports. The warning level (GREEN/YELLOW/RED) and the figures it was decided on are
-- stored on the record when it is written, submitted and audited.

create type monitoring_kind as enum ('ROUTINE', 'PERIODIC', 'KEY');
create type monitoring_round_status as enum ('OPEN', 'CLOSED');
create type monitoring_subject as enum ('PROJECT', 'DEPARTMENT');
create type completion_likelihood as enum ('CERTAIN', 'POSSIBLE', 'IMPOSSIBLE');
create type deviation_reason as enum ('FUNDING', 'INSTITUTION', 'STAFFING', 'HARDWARE', 'OTHER');
create type warning_level as enum ('GREEN', 'YELLOW', 'RED');
create type monitoring_record_status as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'AUDITED');

-- ---------------------------------------------------------------------------------------------
-- Monitoring rounds (监控轮次, cf. 一体化 PAY_PERF_MONITOR_TASK): the period they cover (1 January
-- to period_end), when departments must report, and whether records may still be added.
-- ---------------------------------------------------------------------------------------------
create table monitoring_round (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  fiscal_year smallint not null check (fiscal_year between 2000 and 2100),
  period_end date not null,
  due_date date not null,                  -- 报送截止日期
  title text not null,
  kind monitoring_kind not null,           -- 日常 / 定期 / 重点
  status monitoring_round_status not null default 'OPEN',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  -- One round of a kind per period: opening the cadence twice creates nothing new.
  unique (tenant_id, period_end, kind),
  check (extract(year from period_end) = fiscal_year),
  check (due_date >= period_end)
);
create index monitoring_round_year_idx on monitoring_round (tenant_id, fiscal_year, period_end);
-- Protects: one region's rounds from another; departments read them, only the finance bureau
-- opens and closes them.
select app.protect_tenant_table('monitoring_round', false, array['COUNTY_ADMIN']);

-- ---------------------------------------------------------------------------------------------
-- Monitoring records (cf. PAY_PERF_MONITOR_INFO): execution to date and expected at year end,
-- likelihood of reaching the goal, deviation reasons, rectification, and the warning with the
-- figures behind it. Other modules (problems, result application) reference (tenant_id, id).
-- ---------------------------------------------------------------------------------------------
create table monitoring_record (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  round_id uuid not null,
  subject monitoring_subject not null,
  project_year_id uuid,                    -- PROJECT records
  goal_id uuid not null,                   -- the goal in force when the record was created
  department_id uuid not null,             -- the project's department, or the department itself
  executed_to_date numeric(18, 2) not null check (executed_to_date >= 0),     -- 截至目前执行数
  expected_year_end numeric(18, 2) not null check (expected_year_end >= 0),   -- 全年预计执行数
  likelihood completion_likelihood,        -- 完成目标可能性; null: payment progress only
  deviation_reasons deviation_reason[] not null default '{}',                 -- 偏差原因
  deviation_note text,
  needs_rectification boolean not null default false,                          -- 是否需要整改
  rectification_advice text,
  -- The warning and what it was decided on (percentages; null where not applicable).
  budget_amount numeric(18, 2),            -- the project year's current amount used for the rate
  execution_rate_pct numeric(24, 2),
  schedule_pct numeric(5, 2),              -- 序时进度 of the round's period-end month
  lag_pct numeric(24, 2),
  goal_gap_pct numeric(30, 2),
  warning_level warning_level,
  warning_reasons text[] not null default '{}',
  warning_computed_at timestamptz,
  status monitoring_record_status not null default 'DRAFT',
  submitted_at timestamptz,
  audited_at timestamptz,
  auditor text,
  audit_opinion text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, id, department_id),
  foreign key (tenant_id, round_id) references monitoring_round (tenant_id, id),
  foreign key (tenant_id, project_year_id, department_id) references project_year (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, goal_id, department_id) references performance_goal (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, department_id) references department (tenant_id, id),
  check ((subject = 'PROJECT') = (project_year_id is not null)),
  check (expected_year_end >= executed_to_date),
  check (not needs_rectification or rectification_advice is not null),
  check (status not in ('SUBMITTED', 'AUDITED') or warning_level is not null)
);
-- One record per round and project year, and per round and department (部门整体).
create unique index monitoring_record_project_once on monitoring_record (tenant_id, round_id, project_year_id) where subject = 'PROJECT';
create unique index monitoring_record_department_once on monitoring_record (tenant_id, round_id, department_id) where subject = 'DEPARTMENT';
create index monitoring_record_round_idx on monitoring_record (tenant_id, round_id, warning_level, status);
create index monitoring_record_project_year_idx on monitoring_record (tenant_id, project_year_id);
create index monitoring_record_department_idx on monitoring_record (tenant_id, department_id);
-- Protects: records of other tenants and, for department users, of other departments. Auditing
-- and returning are finance steps, checked by the service.
select app.protect_tenant_table('monitoring_record', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);

-- Indicator values of a record (指标完成情况): actual to date and expected at year end, as numbers
-- for quantitative indicators and text for qualitative ones. Optional: a region may monitor
-- payment progress only (铁岭经开区).
create table monitoring_indicator_value (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  record_id uuid not null,
  department_id uuid not null,
  indicator_id uuid not null,
  actual_to_date numeric(18, 4),
  actual_text text,
  expected_year_end numeric(18, 4),
  expected_text text,
  deviation_pct numeric(30, 2),            -- |expected − target| / target, quantitative only
  note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, record_id, indicator_id),
  foreign key (tenant_id, record_id, department_id) references monitoring_record (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, indicator_id) references performance_indicator (tenant_id, id),
  check (actual_to_date is not null or actual_text is not null),
  check (expected_year_end is not null or expected_text is not null)
);
create index monitoring_indicator_value_record_idx on monitoring_indicator_value (tenant_id, record_id);
-- Protects: values of other tenants and, for department users, of other departments.
select app.protect_tenant_table('monitoring_indicator_value', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);
-- Refilling a draft or returned record replaces its value list; the service allows it only then.
create policy monitoring_indicator_value_delete on monitoring_indicator_value for delete
  using (tenant_id = any ((select app.tenant_ids())::uuid[])
         and ((select app.department_id()) is null or department_id = (select app.department_id()))
         and (select app.role()) in ('COUNTY_ADMIN', 'DEPARTMENT_USER'));
grant delete on monitoring_indicator_value to bpm_app;
