-- Foundation of the performance chain: the request's identity for auditing, the append-only
-- audit log filled by triggers, helpers that give every table the same protection, tenant rules,
-- org-unit kinds, and the split of projects into library entries and yearly budgets.

-- ---------------------------------------------------------------------------------------------
-- Request identity. begin_request now also records who acts (subject), the request id and the
-- GraphQL operation, so database triggers can write the audit log without trusting the caller.
-- ---------------------------------------------------------------------------------------------
drop function app.begin_request(text, text, text, text);

create function app.begin_request(
  p_role text, p_province text, p_tenant text, p_department text,
  p_subject text, p_request_id text, p_operation text)
  returns table (tenant_count integer, department_id uuid)
  language plpgsql security definer
  set search_path = public, pg_temp
as $$
declare
  v_tenant_ids uuid[];
  v_province uuid;
  v_department uuid;
begin
  if p_role in ('PROVINCE_ADMIN', 'PROVINCE_ANALYST') or (p_role = 'BI_READER' and p_province is not null) then
    select p.id into v_province from province p where p.code = p_province;
    if v_province is null then
      raise exception 'province % is not registered', p_province using errcode = 'BPM01';
    end if;
    select coalesce(array_agg(t.id), '{}') into v_tenant_ids from tenant t where t.province_id = v_province;
  elsif p_role in ('COUNTY_ADMIN', 'DEPARTMENT_USER', 'BI_READER') then
    select array_agg(t.id), min(t.province_id::text)::uuid into v_tenant_ids, v_province
      from tenant t where t.code = p_tenant;
    if v_tenant_ids is null then
      raise exception 'tenant % is not registered', p_tenant using errcode = 'BPM01';
    end if;
  else
    raise exception 'unknown role %', p_role using errcode = 'BPM01';
  end if;

  perform set_config('app.role', p_role, true),
          set_config('app.province_id', coalesce(v_province::text, ''), true),
          set_config('app.tenant_ids', v_tenant_ids::text, true),
          set_config('app.department_id', '', true),
          set_config('app.subject', coalesce(p_subject, ''), true),
          set_config('app.request_id', coalesce(p_request_id, ''), true),
          set_config('app.operation', coalesce(p_operation, ''), true);

  if p_role = 'DEPARTMENT_USER' then
    select d.id into v_department from department d
      where d.tenant_id = v_tenant_ids[1] and d.code = p_department;
    if v_department is null then
      raise exception 'department % is not registered in tenant %', p_department, p_tenant using errcode = 'BPM01';
    end if;
    perform set_config('app.department_id', v_department::text, true);
  end if;

  return query select cardinality(v_tenant_ids), v_department;
end
$$;
grant execute on function app.begin_request(text, text, text, text, text, text, text) to bpm_app;

-- ---------------------------------------------------------------------------------------------
-- Audit log (审计日志). Written only by triggers (SECURITY DEFINER): the API role can read it,
-- never insert, update or delete, so what it shows is what happened.
-- ---------------------------------------------------------------------------------------------
create table audit_event (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  occurred_at timestamptz not null default clock_timestamp(),
  request_id text,
  actor_subject text not null,
  actor_role text,
  operation text,                          -- the GraphQL mutation field(s)
  action text not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
  entity text not null,                    -- table name
  entity_id uuid,
  before jsonb,
  after jsonb,
  primary key (tenant_id, id)
);
create index audit_event_entity_idx on audit_event (tenant_id, entity, entity_id, occurred_at);
create index audit_event_time_idx on audit_event (tenant_id, occurred_at);

-- Protects: audit entries of other tenants; only admins of the tenant and its province read them.
alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_read on audit_event for select
  using (tenant_id = any ((select app.tenant_ids())::uuid[])
         and (select app.role()) in ('COUNTY_ADMIN', 'PROVINCE_ADMIN', 'PROVINCE_ANALYST'));
create policy audit_event_append on audit_event for insert with check (true);
grant select on audit_event to bpm_app;

-- Province-owned data (schemes, reviews, indicator library) is audited here; a county admin also
-- reads the entries about its own tenant (e.g. the province's review of its score).
create table province_audit_event (
  province_id uuid not null references province(id),
  id uuid not null default gen_random_uuid(),
  subject_tenant_id uuid references tenant(id),
  occurred_at timestamptz not null default clock_timestamp(),
  request_id text,
  actor_subject text not null,
  actor_role text,
  operation text,
  action text not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
  entity text not null,
  entity_id uuid,
  before jsonb,
  after jsonb,
  primary key (province_id, id)
);
create index province_audit_event_time_idx on province_audit_event (province_id, occurred_at);

alter table province_audit_event enable row level security;
alter table province_audit_event force row level security;
create policy province_audit_event_read on province_audit_event for select
  using (province_id = (select app.province_id())
         and ((select app.role()) in ('PROVINCE_ADMIN', 'PROVINCE_ANALYST')
              or ((select app.role()) = 'COUNTY_ADMIN' and subject_tenant_id = any ((select app.tenant_ids())::uuid[]))));
create policy province_audit_event_append on province_audit_event for insert with check (true);
grant select on province_audit_event to bpm_app;

-- Append-only even for the owner.
create function app.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name using errcode = '42501';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function app.refuse_change();
create trigger province_audit_event_append_only before update or delete on province_audit_event
  for each row execute function app.refuse_change();

create function app.audit_tenant_row() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
as $$
declare
  v_row jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
begin
  insert into audit_event (tenant_id, request_id, actor_subject, actor_role, operation, action, entity, entity_id, before, after)
  values ((v_row->>'tenant_id')::uuid, app.setting('app.request_id'), coalesce(app.setting('app.subject'), current_user),
          app.setting('app.role'), app.setting('app.operation'), tg_op, tg_table_name, (v_row->>'id')::uuid,
          case when tg_op <> 'INSERT' then to_jsonb(old) end, case when tg_op <> 'DELETE' then to_jsonb(new) end);
  return null;
end
$$;

create function app.audit_province_row() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
as $$
declare
  v_row jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
begin
  insert into province_audit_event (province_id, subject_tenant_id, request_id, actor_subject, actor_role, operation, action, entity, entity_id, before, after)
  values ((v_row->>'province_id')::uuid, (v_row->>'examinee_tenant_id')::uuid, app.setting('app.request_id'),
          coalesce(app.setting('app.subject'), current_user), app.setting('app.role'), app.setting('app.operation'),
          tg_op, tg_table_name, (v_row->>'id')::uuid,
          case when tg_op <> 'INSERT' then to_jsonb(old) end, case when tg_op <> 'DELETE' then to_jsonb(new) end);
  return null;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- The standard protection of a tenant-owned table, so every table gets the same: RLS enabled and
-- forced; read within the request's tenants (and, when department-scoped, the department user's
-- own department); insert/update only by the given roles; privileges for the API; audit trigger.
-- ---------------------------------------------------------------------------------------------
create function app.protect_tenant_table(p_table regclass, p_department_scoped boolean, p_writers text[])
  returns void language plpgsql
as $$
declare
  v_name text := (select relname from pg_class where oid = p_table);
  v_scope text := 'tenant_id = any ((select app.tenant_ids())::uuid[])';
  v_writers text := format('(select app.role()) = any (%L::text[])', p_writers);
begin
  if p_department_scoped then
    v_scope := v_scope || ' and ((select app.department_id()) is null or department_id = (select app.department_id()))';
  end if;
  execute format('alter table %s enable row level security', p_table);
  execute format('alter table %s force row level security', p_table);
  execute format('create policy %I on %s for select using (%s)', v_name || '_read', p_table, v_scope);
  execute format('create policy %I on %s for insert with check (%s and %s)', v_name || '_insert', p_table, v_scope, v_writers);
  execute format('create policy %I on %s for update using (%s and %s) with check (%s and %s)',
                 v_name || '_update', p_table, v_scope, v_writers, v_scope, v_writers);
  execute format('grant select, insert, update on %s to bpm_app', p_table);
  execute format('create trigger %I after insert or update or delete on %s for each row execute function app.audit_tenant_row()',
                 v_name || '_audit', p_table);
end
$$;

-- The same for a province-owned table: every user of the province reads it (counties read the
-- schemes and indicator library they work with); only the province admin writes.
create function app.protect_province_table(p_table regclass)
  returns void language plpgsql
as $$
declare
  v_name text := (select relname from pg_class where oid = p_table);
  v_scope text := 'province_id = (select app.province_id())';
  v_writer text := '(select app.role()) = ''PROVINCE_ADMIN''';
begin
  execute format('alter table %s enable row level security', p_table);
  execute format('alter table %s force row level security', p_table);
  execute format('create policy %I on %s for select using (%s)', v_name || '_read', p_table, v_scope);
  execute format('create policy %I on %s for insert with check (%s and %s)', v_name || '_insert', p_table, v_scope, v_writer);
  execute format('create policy %I on %s for update using (%s and %s) with check (%s and %s)',
                 v_name || '_update', p_table, v_scope, v_writer, v_scope, v_writer);
  execute format('grant select, insert, update on %s to bpm_app', p_table);
  execute format('create trigger %I after insert or update or delete on %s for each row execute function app.audit_province_row()',
                 v_name || '_audit', p_table);
end
$$;

-- Existing tables get the audit trigger too.
create trigger department_audit after insert or update or delete on department
  for each row execute function app.audit_tenant_row();

-- ---------------------------------------------------------------------------------------------
-- Org units: departments, the agencies under them, and townships (镇/街道, the subjects of
-- 财政运行综合评价).
-- ---------------------------------------------------------------------------------------------
create type org_kind as enum ('DEPARTMENT', 'AGENCY', 'TOWNSHIP');
alter table department add column kind org_kind not null default 'DEPARTMENT';
update department set kind = 'AGENCY' where parent_id is not null;

-- ---------------------------------------------------------------------------------------------
-- Tenant rules (configurable per region: ex-ante triggers, monitoring cadence and thresholds,
-- self-evaluation weights, grade scheme, recheck ratio, rectification deadline). A missing key
-- means the national default in server/modules/rules/rule-defaults.ts.
-- ---------------------------------------------------------------------------------------------
create table tenant_rule (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  key text not null,
  value jsonb not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, key)
);
-- Protects: one region's rules from another; only the county finance bureau sets them.
select app.protect_tenant_table('tenant_rule', false, array['COUNTY_ADMIN']);

-- ---------------------------------------------------------------------------------------------
-- Projects become library entries (项目库) with their yearly budgets (project_year).
-- ---------------------------------------------------------------------------------------------
create type project_nature as enum ('NEW', 'CONTINUING');
create type fund_source as enum ('LOCAL', 'CENTRAL_TRANSFER', 'PROVINCIAL_TRANSFER', 'CITY_TRANSFER', 'SPECIAL_BOND', 'OTHER');
create type transfer_kind as enum ('SHARED_AUTHORITY', 'SPECIAL', 'GENERAL');
create type issuing_level as enum ('CENTRAL', 'PROVINCIAL', 'CITY');
create type project_year_status as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'IN_LIBRARY', 'APPROVED', 'REJECTED', 'CLOSED');
create type pre_assessment_exemption as enum ('EMERGENCY', 'DISASTER_RELIEF', 'SUPERIOR_MANDATED');

alter table project
  add column agency_id uuid,
  add column nature project_nature not null default 'NEW',
  add column term_years smallint not null default 1 check (term_years between 1 and 30),
  add column is_policy boolean not null default false,
  add column transfer_kind transfer_kind,
  add column issuing_level issuing_level,
  add column setup_year smallint check (setup_year between 2000 and 2100),
  add foreign key (tenant_id, agency_id) references department (tenant_id, id),
  -- Lets project years carry the department for RLS and follow when a project moves.
  add unique (tenant_id, id, department_id);

create table project_year (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  project_id uuid not null,
  department_id uuid not null,             -- the project's department, kept in step by the FK below
  fiscal_year smallint not null check (fiscal_year between 2000 and 2100),
  budget_type budget_type not null,        -- 四本预算
  fund_source fund_source not null default 'LOCAL',
  is_special_bond boolean not null default false,                              -- 专项债券
  requested_amount numeric(18, 2) not null default 0 check (requested_amount >= 0), -- 申报数
  approved_amount numeric(18, 2) not null default 0 check (approved_amount >= 0),   -- 批复数
  adjusted_amount numeric(18, 2) check (adjusted_amount >= 0),                     -- 调整后预算数
  executed_amount numeric(18, 2) not null default 0 check (executed_amount >= 0),   -- 执行数
  previous_year_amount numeric(18, 2) check (previous_year_amount >= 0),           -- 上年预算, for triggers
  pre_assessment_exemption pre_assessment_exemption,
  status project_year_status not null default 'DRAFT',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, project_id, fiscal_year),
  unique (tenant_id, id, department_id),
  foreign key (tenant_id, project_id, department_id) references project (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, department_id) references department (tenant_id, id)
);
create index project_year_list_idx on project_year (tenant_id, fiscal_year, department_id);
create index project_year_project_idx on project_year (tenant_id, project_id);

-- Existing projects become library entries with one year each.
insert into project_year (tenant_id, project_id, department_id, fiscal_year, budget_type, requested_amount, approved_amount, status)
  select tenant_id, id, department_id, fiscal_year, budget_type, approved_amount, approved_amount, 'APPROVED' from project;
with keep as (select tenant_id, code, min(id::text)::uuid as id from project group by tenant_id, code)
update project_year y set project_id = k.id
  from project p join keep k on k.tenant_id = p.tenant_id and k.code = p.code
 where y.tenant_id = p.tenant_id and y.project_id = p.id and p.id <> k.id;
delete from project p using (select tenant_id, code, min(id::text)::uuid as id from project group by tenant_id, code) k
 where p.tenant_id = k.tenant_id and p.code = k.code and p.id <> k.id;

alter table project drop constraint project_tenant_id_fiscal_year_code_key;
drop index project_department_idx;
drop index project_list_idx;
alter table project drop column fiscal_year, drop column budget_type, drop column approved_amount;
alter table project add unique (tenant_id, code);
create index project_department_idx on project (tenant_id, department_id);
create trigger project_audit after insert or update or delete on project
  for each row execute function app.audit_tenant_row();

-- Protects: project budgets of other tenants and, for department users, other departments.
-- Entering the library and approving budgets are finance steps, checked by the service.
select app.protect_tenant_table('project_year', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);
