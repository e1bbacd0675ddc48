import pg from 'pg';

/** The NOLOGIN group that holds the API's privileges (granted in migrations). */
export const API_GROUP_ROLE = 'bpm_app';
/** Default name of the API's login role when API_DATABASE_URL is not given. */
export const DEFAULT_API_ROLE = 'bpm_api';

export class UnsafeApiRoleError extends Error {}

function quoteIdent(name: string): string {
  return '"' + name.replaceAll('"', '""') + '"';
}

function quoteLiteral(value: string): string {
  return "'" + value.replaceAll("'", "''") + "'";
}

/** Runs `work` on one short-lived connection and always closes it. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the group role the migrations grant to. Needs CREATEROLE; runs as the owner. */
export async function ensureGroupRole(ownerUrl: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query(`do $$ begin
      if not exists (select from pg_roles where rolname = '${API_GROUP_ROLE}') then
        create role ${API_GROUP_ROLE} nologin nosuperuser nobypassrls noinherit;
      end if;
    end $$`);
  });
}

/**
 * Creates (or updates the password of) the API's login role: LOGIN, NOSUPERUSER, NOBYPASSRLS,
 * member of the group. Roles are cluster-wide, so concurrent callers are tolerated.
 */
export async function ensureApiLoginRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    const attributes = `login nosuperuser nobypassrls nocreaterole nocreatedb inherit password ${quoteLiteral(password)}`;
    if (exists.rowCount === 0) {
      try {
        await client.query(`create role ${quoteIdent(role)} ${attributes}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '42710') throw error; // created meanwhile
      }
    }
    await client.query(`alter role ${quoteIdent(role)} ${attributes}`);
    await client.query(`grant ${API_GROUP_ROLE} to ${quoteIdent(role)}`);
  });
}

/** Same URL, other user and password. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** Same server and credentials, other database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/' + encodeURIComponent(database);
  return parsed.toString();
}

/**
 * Refuses an API connection that could bypass row-level security: a superuser, a BYPASSRLS role,
 * or a role that owns (or can become the owner of) a table in the public schema.
 */
export async function assertApiRoleCannotBypassRls(apiUrl: string): Promise<void> {
  const problems = await withClient(apiUrl, async (client) => {
    const found: string[] = [];
    const me = await client.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      'select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    );
    const { rolname, rolsuper, rolbypassrls } = me.rows[0];
    if (rolsuper) found.push(`role "${rolname}" is a superuser`);
    if (rolbypassrls) found.push(`role "${rolname}" has BYPASSRLS`);
    const owned = await client.query<{ relname: string; owner: string }>(
      `select c.relname, pg_get_userbyid(c.relowner) as owner
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
          and pg_has_role(current_user, c.relowner, 'MEMBER')
        order by 1 limit 5`,
    );
    for (const row of owned.rows) {
      found.push(`role "${rolname}" owns or can act as the owner ("${row.owner}") of table ${row.relname}`);
    }
    const elevated = await client.query<{ rolname: string }>(
      `select r.rolname from pg_roles r
        where (r.rolsuper or r.rolbypassrls) and r.rolname <> current_user
          and pg_has_role(current_user, r.oid, 'MEMBER')`,
    );
    for (const row of elevated.rows) found.push(`role "${rolname}" can act as privileged role "${row.rolname}"`);
    return found;
  });
  if (problems.length > 0) {
    throw new UnsafeApiRoleError(
      `Refusing to serve: the API's database role could bypass row-level security (${problems.join('; ')}). ` +
        `Connect the API with a login role that is NOSUPERUSER, NOBYPASSRLS and owns no table ` +
        `(set API_DATABASE_URL, or unset it to let the server create "${DEFAULT_API_ROLE}").`,
    );
  }
}
