-- 考核 (the province's points-based appraisal of each county's performance-management work, and a
-- county's appraisal of its own departments and townships) and 信息公开 (disclosure of performance
-- information: goals, self-evaluations and evaluation reports on websites and to 人大/政府).

create type appraisal_scheme_status as enum ('DRAFT', 'PUBLISHED');
create type appraisal_submission_status as enum ('DRAFT', 'SUBMITTED');
create type appraisal_review_status as enum ('REVIEWING', 'FINAL');
create type unit_appraisal_status as enum ('DRAFT', 'SUBMITTED', 'REVIEWING', 'REVIEWED');

-- ---------------------------------------------------------------------------------------------
-- The province's scheme (考核办法): a tree of items with points and scoring standards, e.g. 山西's
-- 25 points in 8 categories. Province-owned; counties read it once it is published.
-- ---------------------------------------------------------------------------------------------
create table appraisal_scheme (
  province_id uuid not null references province(id),
  id uuid not null default gen_random_uuid(),
  fiscal_year smallint not null check (fiscal_year between 2000 and 2100),   -- the year appraised
  name text not null,
  document_number text,                    -- 文号 of the 考核办法
  total_points numeric(6, 2) not null check (total_points > 0),
  status appraisal_scheme_status not null default 'DRAFT',
  published_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (province_id, id),
  unique (id),                             -- counties' submissions reference it by id
  unique (province_id, fiscal_year, name),
  check ((status = 'PUBLISHED') = (published_at is not null))
);
-- Protects: each province's schemes; only its admin writes, every user of the province reads.
select app.protect_province_table('appraisal_scheme');
-- A draft stays with the province until it is published.
create policy appraisal_scheme_published on appraisal_scheme as restrictive for select
  using (status = 'PUBLISHED' or (select app.role()) in ('PROVINCE_ADMIN', 'PROVINCE_ANALYST'));

create table appraisal_item (
  province_id uuid not null references province(id),
  id uuid not null default gen_random_uuid(),
  scheme_id uuid not null,
  parent_id uuid,
  code varchar(21) not null,               -- e.g. 4.2
  name text not null,
  max_points numeric(6, 2) not null check (max_points > 0),   -- 分值
  scoring_standard text,                   -- 评(扣)分标准
  sort_order integer not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (province_id, id),
  unique (id),
  unique (province_id, scheme_id, id),
  unique (province_id, scheme_id, code),
  foreign key (province_id, scheme_id) references appraisal_scheme (province_id, id),
  -- A parent is always an item of the same scheme.
  foreign key (province_id, scheme_id, parent_id) references appraisal_item (province_id, scheme_id, id),
  check (parent_id is null or parent_id <> id)
);
create index appraisal_item_scheme_idx on appraisal_item (province_id, scheme_id, sort_order);
-- Protects: as the scheme; items of a draft scheme stay with the province.
select app.protect_province_table('appraisal_item');
create policy appraisal_item_published on appraisal_item as restrictive for select
  using ((select app.role()) in ('PROVINCE_ADMIN', 'PROVINCE_ANALYST')
         or exists (select 1 from appraisal_scheme s
                     where s.province_id = appraisal_item.province_id and s.id = appraisal_item.scheme_id and s.status = 'PUBLISHED'));
-- Editing a draft scheme replaces its item tree; the service allows it only while DRAFT.
create policy appraisal_item_delete on appraisal_item for delete
  using (province_id = (select app.province_id()) and (select app.role()) = 'PROVINCE_ADMIN');
grant delete on appraisal_item to bpm_app;

-- ---------------------------------------------------------------------------------------------
-- A county's self-assessment against a published scheme (自评): tenant-owned, written by the
-- county finance bureau.
-- ---------------------------------------------------------------------------------------------
create table appraisal_submission (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  scheme_id uuid not null references appraisal_scheme (id),
  status appraisal_submission_status not null default 'DRAFT',
  submitted_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, scheme_id),
  check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index appraisal_submission_scheme_idx on appraisal_submission (scheme_id);
-- Protects: a county's self-assessment from other counties; its province reads it. It is the
-- finance bureau's report to the province: department users do not read it.
select app.protect_tenant_table('appraisal_submission', false, array['COUNTY_ADMIN']);
create policy appraisal_submission_not_departments on appraisal_submission as restrictive for select
  using ((select app.role()) <> 'DEPARTMENT_USER');

create table appraisal_self_score (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  submission_id uuid not null,
  item_id uuid not null references appraisal_item (id),
  self_score numeric(6, 2) not null check (self_score >= 0),   -- 自评得分
  evidence text,                           -- 自评说明 / 佐证
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, submission_id, item_id),
  foreign key (tenant_id, submission_id) references appraisal_submission (tenant_id, id)
);
select app.protect_tenant_table('appraisal_self_score', false, array['COUNTY_ADMIN']);
create policy appraisal_self_score_not_departments on appraisal_self_score as restrictive for select
  using ((select app.role()) <> 'DEPARTMENT_USER');

-- ---------------------------------------------------------------------------------------------
-- The province's review of a submission (评定): province-owned, so the province never writes a
-- county's rows. The county's submission shows REVIEWED once this review is FINAL.
-- No foreign key points from here into tenant tables: province-owned tables become reference
-- tables when tenant tables are distributed by tenant_id, and those cannot reference distributed
-- ones. The service checks that the submission exists and belongs to examinee_tenant_id.
-- ---------------------------------------------------------------------------------------------
create table appraisal_review (
  province_id uuid not null references province(id),
  id uuid not null default gen_random_uuid(),
  examinee_tenant_id uuid not null references tenant(id),   -- the county reviewed
  submission_id uuid not null,             -- its appraisal_submission
  scheme_id uuid not null,
  status appraisal_review_status not null default 'REVIEWING',
  opinion text,
  reviewer text not null,
  finalized_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (province_id, id),
  unique (province_id, submission_id),
  unique (province_id, id, examinee_tenant_id),
  foreign key (province_id, scheme_id) references appraisal_scheme (province_id, id),
  check ((status = 'FINAL') = (finalized_at is not null))
);
create index appraisal_review_examinee_idx on appraisal_review (province_id, examinee_tenant_id);

create table appraisal_review_score (
  province_id uuid not null references province(id),
  id uuid not null default gen_random_uuid(),
  review_id uuid not null,
  examinee_tenant_id uuid not null references tenant(id),
  item_id uuid not null,
  reviewed_score numeric(6, 2) not null check (reviewed_score >= 0),   -- 评定得分
  note text,                               -- why the province differs from the self score
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (province_id, id),
  unique (province_id, review_id, item_id),
  foreign key (province_id, review_id, examinee_tenant_id) references appraisal_review (province_id, id, examinee_tenant_id),
  foreign key (province_id, item_id) references appraisal_item (province_id, id)
);

-- Protects: the province's reviews. Only the province admin writes, and only about counties of its
-- own province; province roles read all of them; a county (its admin, or a BI reader of it) reads
-- the review of its own tenant once the province has made it FINAL, never another county's.
select app.protect_province_table('appraisal_review');
create policy appraisal_review_examinee on appraisal_review as restrictive for select
  using ((select app.role()) in ('PROVINCE_ADMIN', 'PROVINCE_ANALYST')
         or ((select app.role()) in ('COUNTY_ADMIN', 'BI_READER') and status = 'FINAL'
             and examinee_tenant_id = any ((select app.tenant_ids())::uuid[])));
create policy appraisal_review_in_province_insert on appraisal_review as restrictive for insert
  with check (examinee_tenant_id = any ((select app.tenant_ids())::uuid[]));
create policy appraisal_review_in_province_update on appraisal_review as restrictive for update
  using (examinee_tenant_id = any ((select app.tenant_ids())::uuid[]))
  with check (examinee_tenant_id = any ((select app.tenant_ids())::uuid[]));

select app.protect_province_table('appraisal_review_score');
create policy appraisal_review_score_examinee on appraisal_review_score as restrictive for select
  using ((select app.role()) in ('PROVINCE_ADMIN', 'PROVINCE_ANALYST')
         or ((select app.role()) in ('COUNTY_ADMIN', 'BI_READER')
             and examinee_tenant_id = any ((select app.tenant_ids())::uuid[])
             and exists (select 1 from appraisal_review r
                          where r.province_id = appraisal_review_score.province_id
                            and r.id = appraisal_review_score.review_id and r.status = 'FINAL')));
create policy appraisal_review_score_in_province_insert on appraisal_review_score as restrictive for insert
  with check (examinee_tenant_id = any ((select app.tenant_ids())::uuid[]));
create policy appraisal_review_score_in_province_update on appraisal_review_score as restrictive for update
  using (examinee_tenant_id = any ((select app.tenant_ids())::uuid[]))
  with check (examinee_tenant_id = any ((select app.tenant_ids())::uuid[]));

-- ---------------------------------------------------------------------------------------------
-- A county's appraisal of its own departments and townships (部门/乡镇考核), scored the same way:
-- the examinee self-scores, the finance bureau reviews. Tenant-owned throughout.
-- ---------------------------------------------------------------------------------------------
create table unit_appraisal_scheme (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  fiscal_year smallint not null check (fiscal_year between 2000 and 2100),
  examinee_kind org_kind not null check (examinee_kind in ('DEPARTMENT', 'TOWNSHIP')),
  name text not null,
  document_number text,
  total_points numeric(6, 2) not null check (total_points > 0),
  status appraisal_scheme_status not null default 'DRAFT',
  published_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, fiscal_year, name),
  check ((status = 'PUBLISHED') = (published_at is not null))
);
-- Protects: a county's schemes from other counties; only its finance bureau writes them, and its
-- department users see them once published.
select app.protect_tenant_table('unit_appraisal_scheme', false, array['COUNTY_ADMIN']);
create policy unit_appraisal_scheme_published on unit_appraisal_scheme as restrictive for select
  using (status = 'PUBLISHED' or (select app.role()) <> 'DEPARTMENT_USER');

create table unit_appraisal_item (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  scheme_id uuid not null,
  parent_id uuid,
  code varchar(21) not null,
  name text not null,
  max_points numeric(6, 2) not null check (max_points > 0),
  scoring_standard text,
  sort_order integer not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, scheme_id, id),
  unique (tenant_id, scheme_id, code),
  foreign key (tenant_id, scheme_id) references unit_appraisal_scheme (tenant_id, id),
  foreign key (tenant_id, scheme_id, parent_id) references unit_appraisal_item (tenant_id, scheme_id, id),
  check (parent_id is null or parent_id <> id)
);
create index unit_appraisal_item_scheme_idx on unit_appraisal_item (tenant_id, scheme_id, sort_order);
select app.protect_tenant_table('unit_appraisal_item', false, array['COUNTY_ADMIN']);
create policy unit_appraisal_item_published on unit_appraisal_item as restrictive for select
  using ((select app.role()) <> 'DEPARTMENT_USER'
         or exists (select 1 from unit_appraisal_scheme s
                     where s.tenant_id = unit_appraisal_item.tenant_id and s.id = unit_appraisal_item.scheme_id and s.status = 'PUBLISHED'));
create policy unit_appraisal_item_delete on unit_appraisal_item for delete
  using (tenant_id = any ((select app.tenant_ids())::uuid[]) and (select app.role()) = 'COUNTY_ADMIN');
grant delete on unit_appraisal_item to bpm_app;

create table unit_appraisal_submission (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  scheme_id uuid not null,
  department_id uuid not null,             -- the examinee: a department or a township
  status unit_appraisal_status not null default 'DRAFT',
  submitted_at timestamptz,
  reviewed_at timestamptz,
  reviewer text,
  review_opinion text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, scheme_id, department_id),
  unique (tenant_id, id, department_id),
  foreign key (tenant_id, scheme_id) references unit_appraisal_scheme (tenant_id, id),
  foreign key (tenant_id, department_id) references department (tenant_id, id),
  check ((status = 'REVIEWED') = (reviewed_at is not null))
);
-- Protects: other tenants' appraisals and, for department users, other departments' (a department
-- sees and self-scores only its own).
select app.protect_tenant_table('unit_appraisal_submission', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);

create table unit_appraisal_score (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  submission_id uuid not null,
  department_id uuid not null,
  item_id uuid not null,
  self_score numeric(6, 2) not null check (self_score >= 0),
  evidence text,
  reviewed_score numeric(6, 2) check (reviewed_score >= 0),
  review_note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, submission_id, item_id),
  foreign key (tenant_id, submission_id, department_id) references unit_appraisal_submission (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, item_id) references unit_appraisal_item (tenant_id, id)
);
select app.protect_tenant_table('unit_appraisal_score', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);

-- The review belongs to the finance bureau: a department user may self-score its own rows but never
-- set a reviewed score or move its appraisal past SUBMITTED, whatever the API does.
create function app.guard_unit_appraisal_score() returns trigger language plpgsql as $$
begin
  if app.role() = 'DEPARTMENT_USER'
     and (new.reviewed_score is not null or new.review_note is not null)
     and (tg_op = 'INSERT' or (new.reviewed_score, new.review_note) is distinct from (old.reviewed_score, old.review_note)) then
    raise exception 'only the county finance bureau sets reviewed scores' using errcode = '42501';
  end if;
  return new;
end
$$;
create trigger unit_appraisal_score_guard before insert or update on unit_appraisal_score
  for each row execute function app.guard_unit_appraisal_score();

create function app.guard_unit_appraisal_submission() returns trigger language plpgsql as $$
begin
  if app.role() = 'DEPARTMENT_USER' and new.status not in ('DRAFT', 'SUBMITTED') then
    raise exception 'only the county finance bureau reviews an appraisal' using errcode = '42501';
  end if;
  return new;
end
$$;
create trigger unit_appraisal_submission_guard before insert or update on unit_appraisal_submission
  for each row execute function app.guard_unit_appraisal_submission();

-- ---------------------------------------------------------------------------------------------
-- 信息公开: one disclosure of one document about one subject on one channel. Department-scoped:
-- department_id is the department it concerns, null for the region as a whole (then department
-- users do not see it).
-- ---------------------------------------------------------------------------------------------
create type disclosure_doc_type as enum (
  'GOAL_TABLE', 'DEPARTMENT_GOAL_TABLE', 'PRE_ASSESSMENT_REPORT', 'SELF_EVALUATION_TABLE',
  'SELF_EVALUATION_REPORT', 'EVALUATION_REPORT', 'FINAL_ACCOUNT_PERFORMANCE');
create type disclosure_channel as enum ('GOV_WEBSITE', 'BUDGET_PORTAL', 'TO_NPC', 'TO_GOVERNMENT');
create type disclosure_subject as enum ('GOAL', 'PROJECT_YEAR', 'DEPARTMENT', 'EVALUATION', 'REGION');
create type disclosure_status as enum ('PUBLISHED', 'WITHDRAWN');

create table disclosure (
  tenant_id uuid not null references tenant(id),
  id uuid not null default gen_random_uuid(),
  department_id uuid,
  fiscal_year smallint not null check (fiscal_year between 2000 and 2100),
  doc_type disclosure_doc_type not null,
  subject_kind disclosure_subject not null,
  goal_id uuid,
  project_year_id uuid,
  evaluation_id uuid,                      -- a self-evaluation or evaluation; kept without a foreign key
  channel disclosure_channel not null,
  published_on date not null,
  url text,
  note text,
  status disclosure_status not null default 'PUBLISHED',
  withdrawn_at timestamptz,
  withdraw_reason text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, department_id) references department (tenant_id, id),
  foreign key (tenant_id, goal_id, department_id) references performance_goal (tenant_id, id, department_id) on update cascade,
  foreign key (tenant_id, project_year_id, department_id) references project_year (tenant_id, id, department_id) on update cascade,
  check (url is null or url ~ '^https?://[^\s/]+'),
  check (channel not in ('GOV_WEBSITE', 'BUDGET_PORTAL') or url is not null),
  check (case subject_kind
           when 'GOAL' then goal_id is not null and project_year_id is null and evaluation_id is null
           when 'PROJECT_YEAR' then project_year_id is not null and goal_id is null and evaluation_id is null
           when 'DEPARTMENT' then department_id is not null and goal_id is null and project_year_id is null and evaluation_id is null
           when 'EVALUATION' then evaluation_id is not null and goal_id is null and project_year_id is null
           else department_id is null and goal_id is null and project_year_id is null and evaluation_id is null
         end),
  check ((status = 'WITHDRAWN') = (withdrawn_at is not null))
);
create index disclosure_list_idx on disclosure (tenant_id, fiscal_year, doc_type, channel);
create index disclosure_department_idx on disclosure (tenant_id, department_id);
-- One entry in force per document, subject and channel (a withdrawn one may be published again).
create unique index disclosure_tenant_id_channel_key on disclosure
  (tenant_id, fiscal_year, doc_type, channel, subject_kind, coalesce(goal_id, project_year_id, evaluation_id, department_id, tenant_id))
  where status = 'PUBLISHED';
-- Protects: other tenants' disclosures and, for department users, other departments' and the
-- region-wide ones.
select app.protect_tenant_table('disclosure', true, array['COUNTY_ADMIN', 'DEPARTMENT_USER']);
