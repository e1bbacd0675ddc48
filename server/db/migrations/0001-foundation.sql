-- Foundation: regions, the tenant registry, departments and a first cut of projects, and the
-- row-level security every later table follows. See server/db/CONVENTIONS.md.

create schema if not exists app;

-- ---------------------------------------------------------------------------------------------
-- Request scope. The API sets these transaction-local settings once per request through
-- app.begin_request(); policies read them through the functions below. Missing or '' (what a
-- pooled connection keeps after a transaction-local set_config) means "nothing".
-- ---------------------------------------------------------------------------------------------
create function app.setting(name text) returns text
  language sql stable parallel safe
  as $$ select nullif(current_setting(name, true), '') $$;

-- Tenants the request may see. Policies wrap it as (select app.tenant_ids()) so it is evaluated
-- once per statement and `tenant_id = any(...)` can use the tenant index.
create function app.tenant_ids() returns uuid[]
  language sql stable parallel safe
  as $$ select coalesce(app.setting('app.tenant_ids')::uuid[], '{}'::uuid[]) $$;

-- Set for department users only: the one department whose projects they may read and write.
create function app.department_id() returns uuid
  language sql stable parallel safe
  as $$ select app.setting('app.department_id')::uuid $$;

create function app.role() returns text
  language sql stable parallel safe
  as $$ select app.setting('app.role') $$;

create function app.province_id() returns uuid
  language sql stable parallel safe
  as $$ select app.setting('app.province_id')::uuid $$;

-- ---------------------------------------------------------------------------------------------
-- Province-owned reference data: provinces and cities. Not secret; every signed-in user may read.
-- ---------------------------------------------------------------------------------------------
create table province (
  id uuid primary key default gen_random_uuid(),
  code char(2) not null unique,          -- first two digits of 行政区划代码, e.g. 37 山东
  name text not null
);

create table city (
  id uuid primary key default gen_random_uuid(),
  province_id uuid not null references province(id),
  code char(4) not null unique,          -- first four digits, e.g. 3704 枣庄市
  name text not null
);
create index city_province_idx on city (province_id);

create type tenant_kind as enum ('DISTRICT', 'COUNTY', 'COUNTY_CITY', 'DEV_ZONE');

-- The tenant registry: county-level regions. Owned by the province; codes change over time
-- (莱芜 was 371202 before 2019), so the key is a surrogate and the code an attribute.
create table tenant (
  id uuid primary key default gen_random_uuid(),
  province_id uuid not null references province(id),
  city_id uuid references city(id),
  code varchar(9) not null unique,       -- 行政区划代码; development zones get one under their city
  name text not null,
  kind tenant_kind not null
);
create index tenant_province_idx on tenant (province_id);

-- Protects: a county sees only itself, a province only its own counties.
alter table tenant enable row level security;
create policy tenant_visible on tenant for select
  using (id = any ((select app.tenant_ids())::uuid[]));

-- Budget kinds (一体化 project kind codes); reference data.
create table project_kind (
  code varchar(4) primary key,
  name text not null,
  requires_goal boolean not null          -- 绩效目标 required: 22 其他运转类 and 3x 特定目标类
);
insert into project_kind (code, name, requires_goal) values
  ('1', '人员类', false),
  ('21', '公用经费', false),
  ('22', '其他运转类', true),
  ('31', '部门预算项目', true),
  ('32', '专项资金项目', true),
  ('33', '其他特定目标类项目', true);

create type budget_type as enum ('GENERAL_PUBLIC', 'GOV_FUND', 'STATE_CAPITAL', 'SOCIAL_INSURANCE');

-- ---------------------------------------------------------------------------------------------
-- Tenant-owned: tenant_id leads every key and every foreign key.
-- ---------------------------------------------------------------------------------------------

-- 预算部门 and the units under them. First-level departments (一级预算单位) have no parent.
create table department (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  code varchar(21) not null,
  name text not null,
  parent_id uuid,
  is_first_level boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, code),
  foreign key (tenant_id, parent_id) references department (tenant_id, id),
  check (parent_id is null or parent_id <> id),
  check (not is_first_level or parent_id is null)
);
create index department_parent_idx on department (tenant_id, parent_id);

-- Protects: departments of other tenants. Department users read their tenant's departments.
alter table department enable row level security;
alter table department force row level security;
create policy department_read on department for select
  using (tenant_id = any ((select app.tenant_ids())::uuid[]));
-- Only the county finance bureau maintains the department list.
create policy department_insert on department for insert
  with check (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN');
create policy department_update on department for update
  using (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN')
  with check (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN');

-- A project's budget for one fiscal year (first cut; the lifecycle issue splits library and year).
create table project (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  department_id uuid not null,
  code varchar(21) not null,              -- 项目代码
  name text not null,
  fiscal_year smallint not null check (fiscal_year between 2000 and 2100),
  kind_code varchar(4) not null references project_kind(code),
  budget_type budget_type not null,
  approved_amount numeric(18, 2) not null default 0 check (approved_amount >= 0),  -- 批复数, yuan
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, fiscal_year, code),
  foreign key (tenant_id, department_id) references department (tenant_id, id)
);
create index project_department_idx on project (tenant_id, department_id, fiscal_year);
create index project_list_idx on project (tenant_id, fiscal_year, code, id);

-- Protects: projects of other tenants, and of other departments for department users.
alter table project enable row level security;
alter table project force row level security;
create policy project_read on project for select
  using (tenant_id = any ((select app.tenant_ids())::uuid[])
         and ((select app.department_id()) is null or department_id = (select app.department_id())));
create policy project_insert on project for insert
  with check (tenant_id = any ((select app.tenant_ids())::uuid[])
              and (select app.role()) in ('COUNTY_ADMIN', 'DEPARTMENT_USER')
              and ((select app.department_id()) is null or department_id = (select app.department_id())));
create policy project_update on project for update
  using (tenant_id = any ((select app.tenant_ids())::uuid[])
         and (select app.role()) in ('COUNTY_ADMIN', 'DEPARTMENT_USER')
         and ((select app.department_id()) is null or department_id = (select app.department_id())))
  with check (tenant_id = any ((select app.tenant_ids())::uuid[])
              and (select app.role()) in ('COUNTY_ADMIN', 'DEPARTMENT_USER')
              and ((select app.department_id()) is null or department_id = (select app.department_id())));

-- ---------------------------------------------------------------------------------------------
-- Scope resolution: one call per request turns the token's claims into the settings above.
-- SECURITY DEFINER so it can read the tenant registry before any tenant is visible; it only
-- writes transaction-local settings and returns what it resolved.
-- ---------------------------------------------------------------------------------------------
create function app.begin_request(p_role text, p_province text, p_tenant text, p_department text)
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
          set_config('app.department_id', '', true);

  if p_role = 'DEPARTMENT_USER' then
    -- Looked up under the tenant scope just set, so FORCEd RLS applies to this lookup too.
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

-- ---------------------------------------------------------------------------------------------
-- Privileges of the API. bpm_app is a NOLOGIN group; the API's login role is a member of it.
-- ---------------------------------------------------------------------------------------------
grant usage on schema app to bpm_app;
grant execute on all functions in schema app to bpm_app;
grant usage on schema public to bpm_app;
grant select on province, city, tenant, project_kind to bpm_app;
grant select, insert, update on department, project to bpm_app;
