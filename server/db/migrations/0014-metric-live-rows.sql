-- The live half of a metric statement (server/metrics/metric.statement.ts). A comparison reads the
-- fresh tenants' rollups and computes the others with the family SQL, in ONE statement so both
-- come from the same snapshot. Planning the family SQL costs more than reading every rollup, so
-- it runs through this function: STABLE, so its query reads the calling statement's snapshot
-- (the caller's own uncommitted changes included), and planned only when some tenant is stale.
-- SECURITY INVOKER: it runs a query the caller could run itself, under the caller's row-level
-- security.
create function app.metric_live_rows(p_sql text, p_tenants uuid[], p_values jsonb)
  returns table (tenant_id uuid, family text, r integer, data jsonb)
  language plpgsql stable
as $$
begin
  if coalesce(cardinality(p_tenants), 0) = 0 then
    return;
  end if;
  return query execute p_sql using p_tenants, p_values;
end
$$;
grant execute on function app.metric_live_rows(text, uuid[], jsonb) to bpm_app;
