-- Problems and result applications traced to monitoring records and self-evaluations get their
-- foreign keys now that all three tables exist.
create index evaluation_problem_monitoring_idx on evaluation_problem (tenant_id, monitoring_record_id) where monitoring_record_id is not null;
create index evaluation_problem_self_evaluation_idx on evaluation_problem (tenant_id, self_evaluation_id) where self_evaluation_id is not null;
create index result_application_self_evaluation_idx on result_application (tenant_id, self_evaluation_id) where self_evaluation_id is not null;

alter table evaluation_problem
  add foreign key (tenant_id, monitoring_record_id) references monitoring_record (tenant_id, id),
  add foreign key (tenant_id, self_evaluation_id) references self_evaluation (tenant_id, id);
alter table result_application
  add foreign key (tenant_id, self_evaluation_id) references self_evaluation (tenant_id, id);
