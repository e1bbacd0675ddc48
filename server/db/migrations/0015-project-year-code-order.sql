-- A county's project years of one fiscal year in project-code order (the project-year list, e.g.
-- the first page of 2024) were read by walking all the county's projects in code order and probing
-- each for that year: 641 probes for a page of 20 on a county of 5,000 project years, because the
-- projects set up in earlier years come first. The project's code now rides on its years, kept
-- equal to the project's by a foreign key (ON UPDATE CASCADE), and the list reads one index range
-- in order.
--
-- The key is a second foreign key beside the one that carries the department: joins along that one
-- (tenant, project, department) stay as they were. Its unique key on project leads with id, not
-- tenant_id: a tenant-sorted covering copy of project tempts the planner, which row-level security
-- leaves guessing a few rows per scope, into merge joins that read every project of the county for
-- each row (seen: 2.5 s for a page of 20 that asked only "order by tenant_id, id").
alter table project add constraint project_code_reference_key unique (id, tenant_id, code);
alter table project_year add column project_code varchar(21);

-- The backfill changes no fact: no audit rows or metric invalidation (user triggers off), and every
-- row is visible to it whatever role owns the tables (row security not forced for the moment).
alter table project_year disable trigger user;
alter table project_year no force row level security;
alter table project no force row level security;
update project_year y set project_code = p.code from project p where p.tenant_id = y.tenant_id and p.id = y.project_id;
alter table project force row level security;
alter table project_year force row level security;
alter table project_year enable trigger user;

alter table project_year
  alter column project_code set not null,
  add constraint project_year_project_code_fkey foreign key (tenant_id, project_id, project_code) references project (tenant_id, id, code) on update cascade;
create index project_year_code_order_idx on project_year (tenant_id, fiscal_year, project_code, id);
