-- Cheaper change tracking for the metric rollups. The two row triggers of 0010 turned every changed
-- row into JSON twice and queued a commit-time event per row: about 0.6 ms a row, which made bulk
-- changes (a department's 500 projects) several times slower. A tenant only needs marking once per
-- transaction, so each watched table now has one deferred constraint trigger per kind of change
-- whose WHEN condition, evaluated right after each row, marks the tenant dirty for the
-- transaction's own reads and is true only for the tenant's first change: one commit-time bump per
-- tenant and transaction, whatever the number of rows.

-- True the first time the transaction changes `p_tenant`'s metric sources; records it in the
-- transaction-local list app.metric_dirty_tenants() reads.
create function app.note_metric_change(p_tenant uuid) returns boolean
  language plpgsql
as $$
declare
  v_dirty text := coalesce(current_setting('app.metric_dirty_tenants', true), '');
begin
  if p_tenant is null or position(p_tenant::text in v_dirty) > 0 then
    return false;
  end if;
  perform set_config('app.metric_dirty_tenants', case when v_dirty = '' then p_tenant::text else v_dirty || ',' || p_tenant::text end, true);
  return true;
end
$$;

create function app.watch_metric_source_by_tenant(p_table regclass, p_column text) returns void
  language plpgsql
as $$
declare
  v_name text := (select relname from pg_class where oid = p_table);
begin
  execute format('drop trigger %I on %s', v_name || '_metric_dirty', p_table);
  execute format('drop trigger %I on %s', v_name || '_metric_version', p_table);
  execute format('create constraint trigger %I after insert or update on %s deferrable initially deferred for each row
                  when (app.note_metric_change(new.%I)) execute function app.metric_source_committed(''tenant'', %L)',
                 v_name || '_metric_version', p_table, p_column, p_column);
  execute format('create constraint trigger %I after delete on %s deferrable initially deferred for each row
                  when (app.note_metric_change(old.%I)) execute function app.metric_source_committed(''tenant'', %L)',
                 v_name || '_metric_version_delete', p_table, p_column, p_column);
end
$$;

select app.watch_metric_source_by_tenant(t::regclass, 'tenant_id')
  from unnest(array['department', 'project', 'project_year', 'tenant_rule', 'pre_assessment', 'performance_goal',
                    'monitoring_round', 'monitoring_record', 'disclosure', 'self_evaluation', 'self_evaluation_recheck',
                    'key_evaluation', 'evaluation_problem', 'result_application', 'appraisal_submission',
                    'appraisal_self_score', 'training_event']) t;
select app.watch_metric_source_by_tenant('appraisal_review', 'examinee_tenant_id');
select app.watch_metric_source_by_tenant('appraisal_review_score', 'examinee_tenant_id');
drop function app.watch_metric_source_by_tenant(regclass, text);
