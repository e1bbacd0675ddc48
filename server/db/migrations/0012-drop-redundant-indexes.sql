-- Two indexes repeat the leading columns of a unique constraint on the same table, which already
-- serves every lookup they served: they only cost writes (the generated province writes six
-- million indicator values).
--   project_year (tenant_id, project_id)            ⊂ unique (tenant_id, project_id, fiscal_year)
--   monitoring_indicator_value (tenant_id, record_id) ⊂ unique (tenant_id, record_id, indicator_id)
drop index project_year_project_idx;
drop index monitoring_indicator_value_record_idx;
