-- Rollups of the comparison metrics (server/metrics/metric.rollup.ts). A background refresher
-- stores each tenant's metric families, computed with the same SQL as the live comparison; a
-- comparison reads a tenant's rollup only where it is exactly what the live computation would
-- give in the reader's own snapshot. That needs, per tenant, a version that changes with every
-- committed change of the rows any metric reads, and, per transaction, the tenants it changed
-- itself (not committed yet, so not in any version).

-- ---------------------------------------------------------------------------------------------
-- metric_version: bumped once per committing transaction that changed a tenant's metric sources,
-- by the commit-time triggers below (a missing row is version 0). The bump happens at commit, so
-- the row lock serializes writers of one tenant only from their commit-time trigger to commit.
-- ---------------------------------------------------------------------------------------------
create table metric_version (
  tenant_id uuid not null references tenant(id),
  version bigint not null check (version > 0),
  primary key (tenant_id)
);
-- Protects: other tenants' versions. Only the SECURITY DEFINER functions below write (the API has
-- no insert or update privilege); the bulk loaders call app.bump_metric_versions as the owner.
alter table metric_version enable row level security;
alter table metric_version force row level security;
create policy metric_version_read on metric_version for select
  using (tenant_id = any ((select app.tenant_ids())::uuid[]));
create policy metric_version_bump on metric_version for insert with check (true);
create policy metric_version_bump_update on metric_version for update using (true) with check (true);
grant select on metric_version to bpm_app;

-- Tenants whose metric sources the current transaction has changed (a transaction-local list).
create function app.metric_dirty_tenants() returns uuid[]
  language sql stable parallel safe
  as $$ select coalesce(string_to_array(app.setting('app.metric_dirty_tenants'), ',')::uuid[], '{}'::uuid[]) $$;

-- Bumps each tenant's version once per transaction, in tenant order (two transactions bumping the
-- same tenants never wait on each other crosswise).
create function app.bump_metric_versions(p_tenants uuid[]) returns void
  language plpgsql security definer set search_path = public, pg_temp
as $$
declare
  v_bumped uuid[] := coalesce(string_to_array(app.setting('app.metric_bumped_tenants'), ',')::uuid[], '{}'::uuid[]);
  v_new uuid[] := array(select distinct t from unnest(p_tenants) t where t is not null and t <> all (v_bumped) order by t);
begin
  if cardinality(v_new) = 0 then
    return;
  end if;
  insert into metric_version as v (tenant_id, version)
    select t, 1 from unnest(v_new) t order by t
    on conflict (tenant_id) do update set version = v.version + 1;
  perform set_config('app.metric_bumped_tenants', array_to_string(v_bumped || v_new, ','), true);
end
$$;

-- The tenants a changed row of a metric source belongs to: its tenant column, or for the
-- province's appraisal schemes and items, every tenant that submitted a self-assessment on it.
create function app.metric_source_tenants(p_how text, p_column text, p_rows jsonb[]) returns uuid[]
  language sql stable security definer set search_path = public, pg_temp
as $$
  select case p_how
    when 'tenant' then array(select (r ->> p_column)::uuid from unnest(p_rows) r)
    when 'scheme' then array(select s.tenant_id from appraisal_submission s
                              where s.scheme_id in (select (r ->> p_column)::uuid from unnest(p_rows) r))
  end
$$;

-- Immediate (after each row): the transaction has changed these tenants, so its own comparisons
-- compute them live.
create function app.metric_source_changed() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
as $$
declare
  v_dirty uuid[] := app.metric_dirty_tenants();
  v_tenants uuid[] := app.metric_source_tenants(tg_argv[0], tg_argv[1], case tg_op
    when 'INSERT' then array[to_jsonb(new)] when 'DELETE' then array[to_jsonb(old)] else array[to_jsonb(old), to_jsonb(new)] end);
begin
  if not (v_tenants <@ v_dirty) then
    perform set_config('app.metric_dirty_tenants',
      array_to_string(array(select distinct t from unnest(v_dirty || v_tenants) t where t is not null order by t), ','), true);
  end if;
  return null;
end
$$;

-- Deferred to commit: the changed tenants get a new version, visible with the change itself.
create function app.metric_source_committed() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
as $$
begin
  perform app.bump_metric_versions(app.metric_source_tenants(tg_argv[0], tg_argv[1], case tg_op
    when 'INSERT' then array[to_jsonb(new)] when 'DELETE' then array[to_jsonb(old)] else array[to_jsonb(old), to_jsonb(new)] end));
  return null;
end
$$;

revoke execute on function app.bump_metric_versions(uuid[]) from public;
revoke execute on function app.metric_source_tenants(text, text, jsonb[]) from public;

-- Every table a metric family reads gets both triggers. tests/metric-rollups.test.ts checks the
-- list against the tables named in server/metrics/metric.sql.ts.
create function app.watch_metric_source(p_table regclass, p_how text, p_column text) returns void
  language plpgsql
as $$
declare
  v_name text := (select relname from pg_class where oid = p_table);
begin
  execute format('create trigger %I after insert or update or delete on %s for each row execute function app.metric_source_changed(%L, %L)',
                 v_name || '_metric_dirty', p_table, p_how, p_column);
  execute format('create constraint trigger %I after insert or update or delete on %s deferrable initially deferred for each row execute function app.metric_source_committed(%L, %L)',
                 v_name || '_metric_version', p_table, p_how, p_column);
end
$$;

select app.watch_metric_source(t::regclass, 'tenant', 'tenant_id')
  from unnest(array['department', 'project', 'project_year', 'tenant_rule', 'pre_assessment', 'performance_goal',
                    'monitoring_round', 'monitoring_record', 'disclosure', 'self_evaluation', 'self_evaluation_recheck',
                    'key_evaluation', 'evaluation_problem', 'result_application', 'appraisal_submission',
                    'appraisal_self_score', 'training_event']) t;
select app.watch_metric_source('appraisal_review', 'tenant', 'examinee_tenant_id');
select app.watch_metric_source('appraisal_review_score', 'tenant', 'examinee_tenant_id');
select app.watch_metric_source('appraisal_scheme', 'scheme', 'id');
select app.watch_metric_source('appraisal_item', 'scheme', 'scheme_id');

-- ---------------------------------------------------------------------------------------------
-- The rollups: one row per tenant, family and comparison year R with the family's columns, and
-- per tenant what they were computed from. Derived data, rewritten whole by the refresher: no
-- audit trigger.
-- ---------------------------------------------------------------------------------------------
create table metric_rollup (
  tenant_id uuid not null references tenant(id),
  family text not null,                    -- a family of server/metrics/metric.sql.ts, e.g. f_py
  r integer not null,                      -- the comparison year R
  data jsonb not null,                     -- the family's columns for (tenant, R)
  primary key (tenant_id, family, r)
);

create table metric_rollup_state (
  tenant_id uuid not null references tenant(id),
  source_version bigint not null,          -- the metric_version read (0: none)
  definition text not null,                -- digest of the family SQL that computed it
  as_of date not null,                     -- the China date it was computed on (problems "due today")
  from_r integer not null,                 -- the comparison years it covers
  to_r integer not null,
  refreshed_at timestamptz not null,
  primary key (tenant_id),
  check (from_r <= to_r)
);

-- Protects: rollups of other tenants; and every rollup from department users, whose figures
-- cover their own department only (the comparison computes theirs live). Only the refresher
-- (a county-admin scope with subject system:metric-rollup) writes.
alter table metric_rollup enable row level security;
alter table metric_rollup force row level security;
create policy metric_rollup_read on metric_rollup for select
  using (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) <> 'DEPARTMENT_USER');
create policy metric_rollup_insert on metric_rollup for insert
  with check (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN'
              and (select app.setting('app.subject')) = 'system:metric-rollup');
create policy metric_rollup_delete on metric_rollup for delete
  using (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN'
         and (select app.setting('app.subject')) = 'system:metric-rollup');
grant select, insert, delete on metric_rollup to bpm_app;

-- Protects: as metric_rollup.
alter table metric_rollup_state enable row level security;
alter table metric_rollup_state force row level security;
create policy metric_rollup_state_read on metric_rollup_state for select
  using (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) <> 'DEPARTMENT_USER');
create policy metric_rollup_state_insert on metric_rollup_state for insert
  with check (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN'
              and (select app.setting('app.subject')) = 'system:metric-rollup');
create policy metric_rollup_state_update on metric_rollup_state for update
  using (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN'
         and (select app.setting('app.subject')) = 'system:metric-rollup')
  with check (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN'
              and (select app.setting('app.subject')) = 'system:metric-rollup');
grant select, insert, update on metric_rollup_state to bpm_app;

-- The refresher's last step: the version its snapshot saw, locked until it commits. In a
-- REPEATABLE READ transaction this fails (serialization failure) if the version changed or was
-- deleted since the snapshot, so a rollup is never stored against a version it was not computed
-- from (also when a province is regenerated and versions start over).
create function app.lock_metric_version(p_tenant uuid) returns bigint
  language plpgsql security definer set search_path = public, pg_temp
as $$
declare
  v_version bigint;
begin
  select v.version into v_version from metric_version v
   where v.tenant_id = p_tenant and p_tenant = any (app.tenant_ids())
     for share;
  return coalesce(v_version, 0);
end
$$;
grant execute on function app.lock_metric_version(uuid) to bpm_app;
