-- 业务培训 (trainings a county finance bureau holds on performance management: counted by the
-- comparison metrics training_sessions / training_attendees) and the indexes the metric registry's
-- set-based statements (server/metrics/) read by. The metrics themselves are computed live from
-- the chain's rows in the request's transaction; nothing here stores a figure.

-- ---------------------------------------------------------------------------------------------
-- Trainings: one session held on one day, with its audience and who gave it (山亭区 2024: 2
-- sessions, 200+ people).
-- ---------------------------------------------------------------------------------------------
create table training_event (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  held_on date not null,                   -- 培训日期; the year held is the year measured
  title text not null,
  attendees integer not null check (attendees >= 0),   -- 参训人次
  audience text,                           -- 培训对象, e.g. 各预算部门绩效管理人员
  provider text,                           -- 授课单位 / 主讲
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (held_on >= date '2000-01-01')
);
create index training_event_held_idx on training_event (tenant_id, held_on);
-- Protects: one region's trainings from another; its departments read them, only the county
-- finance bureau records them.
select app.protect_tenant_table('training_event', false, array['COUNTY_ADMIN']);

-- ---------------------------------------------------------------------------------------------
-- Indexes for the metrics' per-row probes (see server/metrics/metric.sql.ts): key evaluations by
-- the year conducted (key_evaluation_list_idx leads with the year evaluated) and by township,
-- audited monitoring records of a project year, published goal tables of a project year or goal.
-- ---------------------------------------------------------------------------------------------
create index key_evaluation_conducted_idx on key_evaluation (tenant_id, year_conducted, object, status);
create index key_evaluation_township_idx on key_evaluation (tenant_id, township_id) where township_id is not null;
create index monitoring_record_audited_idx on monitoring_record (tenant_id, project_year_id) where status = 'AUDITED';
-- Each predicate names its subject kind, so a probe by goal can only match the goal index.
create index disclosure_goal_table_year_idx on disclosure (tenant_id, project_year_id)
  where doc_type = 'GOAL_TABLE' and status = 'PUBLISHED' and subject_kind = 'PROJECT_YEAR';
create index disclosure_goal_table_goal_idx on disclosure (tenant_id, goal_id)
  where doc_type = 'GOAL_TABLE' and status = 'PUBLISHED' and subject_kind = 'GOAL';
