-- API keys for BI tools (BI 接口密钥): long-lived, read-only credentials with the scope of a
-- BI_READER token, either a whole province or one tenant. A key is `bpm_<8 letters/digits>_<secret>`;
-- the first part (`prefix`, e.g. bpm_k3x9q2ab) is stored in clear to find the key and to show it in
-- lists, the whole key only as a hash. See server/auth/api-keys.ts.
--
-- The table is province-owned (a province-wide key has no tenant), so `tenant_id` would have to be
-- nullable, which the tenancy invariants forbid: a tenant key names its tenant in `scope_tenant_id`.

create table api_key (
  province_id uuid not null references province(id),
  id uuid not null default gen_random_uuid(),
  scope_tenant_id uuid references tenant(id),   -- the one tenant the key reads; null: the whole province
  name text not null check (char_length(name) between 1 and 100 and name ~ '\S'),
  prefix text not null unique check (prefix ~ '^bpm_[a-z0-9]{8}$'),
  -- sha256 of the whole key, hex. A fast hash is enough: the secret is 256 random bits, so there is
  -- nothing to guess offline (slow hashes protect low-entropy passwords), and every request with a
  -- key verifies it.
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  created_by text not null,                     -- token subject of the admin (or cli:api-key)
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  last_used_at timestamptz,                     -- at most a minute behind (see app.authenticate_api_key)
  revoked_at timestamptz,
  revoked_by text,
  version integer not null default 1,
  primary key (province_id, id),
  check ((revoked_at is null) = (revoked_by is null))
);
create index api_key_tenant_idx on api_key (province_id, scope_tenant_id);

-- Protects: keys of other provinces and tenants. A province admin manages its province's keys, the
-- province-wide ones and those of each of its tenants; a county admin only its own tenant's keys.
-- Nobody else (analysts, department users, BI readers) sees any key. Keys are revoked, never deleted.
alter table api_key enable row level security;
alter table api_key force row level security;
do $$
declare
  v_manages text := $p$province_id = (select app.province_id())
    and (((select app.role()) = 'PROVINCE_ADMIN'
          and (scope_tenant_id is null or scope_tenant_id = any ((select app.tenant_ids())::uuid[])))
      or ((select app.role()) = 'COUNTY_ADMIN' and scope_tenant_id = any ((select app.tenant_ids())::uuid[])))$p$;
begin
  execute format('create policy api_key_read on api_key for select using (%s)', v_manages);
  execute format('create policy api_key_insert on api_key for insert with check (%s)', v_manages);
  execute format('create policy api_key_update on api_key for update using (%s) with check (%s)', v_manages, v_manages);
  -- app.authenticate_api_key runs as this owner before any request scope exists, and FORCEd RLS
  -- binds the owner too: these two policies are for the owner role only, never the API's role.
  execute format('create policy api_key_authenticate on api_key for select to %I using (true)', current_user);
  execute format('create policy api_key_mark_used on api_key for update to %I using (true) with check (true)', current_user);
end
$$;
grant select, insert, update on api_key to bpm_app;

-- The audit trigger of province rows takes optional arguments: the column naming the county a row
-- is about (default examinee_tenant_id; a county admin reads the audit entries about its tenant),
-- then columns left out of the before/after rows (an API key's hash is nobody's business).
create or replace function app.audit_province_row() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
as $$
declare
  v_row jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
  v_subject_column text := coalesce(tg_argv[0], 'examinee_tenant_id');
  v_hidden text[] := case when tg_nargs > 1 then tg_argv[1:tg_nargs - 1] else '{}' end;
begin
  insert into province_audit_event (province_id, subject_tenant_id, request_id, actor_subject, actor_role, operation, action, entity, entity_id, before, after)
  values ((v_row->>'province_id')::uuid, (v_row->>v_subject_column)::uuid, app.setting('app.request_id'),
          coalesce(app.setting('app.subject'), current_user), app.setting('app.role'), app.setting('app.operation'),
          tg_op, tg_table_name, (v_row->>'id')::uuid,
          case when tg_op <> 'INSERT' then to_jsonb(old) - v_hidden end, case when tg_op <> 'DELETE' then to_jsonb(new) - v_hidden end);
  return null;
end
$$;
-- Creating, renaming and revoking are audited; recording last use is not (it is not a change anyone made).
create trigger api_key_audit after insert or update of name, revoked_at on api_key
  for each row execute function app.audit_province_row('scope_tenant_id', 'hash');

-- ---------------------------------------------------------------------------------------------
-- Verification, before the request's transaction and without any scope: the key's prefix and the
-- hash of the whole key find at most one row. Returns nothing for an unknown key; the scope and
-- revoked_at otherwise. Records the use at most once a minute per key, so a busy BI tool costs one
-- indexed read per request (and the server caches verified keys briefly on top).
-- ---------------------------------------------------------------------------------------------
create function app.authenticate_api_key(p_prefix text, p_hash text)
  returns table (key_id uuid, province_code text, tenant_code text, key_revoked_at timestamptz)
  language plpgsql security definer
  set search_path = public, pg_temp
as $$
declare
  v_key api_key;
begin
  select k.* into v_key from api_key k where k.prefix = p_prefix and k.hash = p_hash;
  if not found then
    return;
  end if;
  if v_key.revoked_at is null and (v_key.last_used_at is null or v_key.last_used_at < now() - interval '1 minute') then
    update api_key k set last_used_at = now() where k.province_id = v_key.province_id and k.id = v_key.id;
  end if;
  return query
    select v_key.id, p.code::text, t.code::text, v_key.revoked_at
      from province p left join tenant t on t.id = v_key.scope_tenant_id
     where p.id = v_key.province_id;
end
$$;
revoke execute on function app.authenticate_api_key(text, text) from public;
grant execute on function app.authenticate_api_key(text, text) to bpm_app;
