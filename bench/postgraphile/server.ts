// PostGraphile v5 over the same database, tables and row-level security as the product, for the
// benchmark's side-by-side comparison. Started by bench/run.ts from the repository root as
//   node --import tsx bench/postgraphile/server.ts
// so that 'postgraphile' resolves from bench/postgraphile/node_modules and the product's token
// verifier from the root. Environment: API_DATABASE_URL (the API's login role, subject to RLS),
// PORT, JWT_SECRET, POOL_SIZE.
import './node20.js';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { TokenError, createHs256Verifier } from '../../server/auth/tokens.js';

const apiUrl = process.env.API_DATABASE_URL;
const port = Number(process.env.PORT);
const secret = process.env.JWT_SECRET;
if (!apiUrl || !port || !secret) {
  process.stderr.write('bench/postgraphile/server.ts needs API_DATABASE_URL, PORT and JWT_SECRET\n');
  process.exit(2);
}

// Every statement any connection sends, so the benchmark can read statements per request.
let statements = 0;
const pool = new pg.Pool({ connectionString: apiUrl, max: Number(process.env.POOL_SIZE ?? 10) });
pool.on('connect', (client) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    statements++;
    return query(...args);
  };
});

type ScopeSettings = Record<string, string>;
const SCOPE_SETTINGS = ['app.role', 'app.province_id', 'app.tenant_ids', 'app.department_id', 'app.subject'] as const;

/**
 * The transaction-local settings app.begin_request() makes of a token's scope, read back once per
 * token: handed to PostGraphile as pgSettings, they make the same policies decide what is visible.
 */
const settingsByToken = new Map<string, Promise<ScopeSettings>>();
const verifier = createHs256Verifier(secret);

async function scopeSettings(authorization: string | undefined): Promise<ScopeSettings> {
  const scope = await verifier.verify(authorization);
  const client = await pool.connect();
  try {
    await client.query('begin read only');
    await client.query('select * from app.begin_request($1, $2, $3, $4, $5, $6, $7)', [
      scope.role,
      scope.province ?? null,
      scope.tenant ?? null,
      scope.department ?? null,
      scope.subject,
      'postgraphile-scope',
      '',
    ]);
    const { rows } = await client.query<Record<string, string>>(
      `select ${SCOPE_SETTINGS.map((name, i) => `current_setting('${name}') as s${i}`).join(', ')}`,
    );
    return Object.fromEntries(SCOPE_SETTINGS.map((name, i) => [name, rows[0][`s${i}`]]));
  } finally {
    await client.query('rollback').catch(() => undefined);
    client.release();
  }
}

function cachedScopeSettings(authorization: string | undefined): Promise<ScopeSettings> {
  const key = authorization ?? '';
  let settings = settingsByToken.get(key);
  if (!settings) {
    settings = scopeSettings(authorization);
    settings.catch(() => settingsByToken.delete(key));
    if (settingsByToken.size > 1000) settingsByToken.clear();
    settingsByToken.set(key, settings);
  }
  return settings;
}

const scopeOf = new WeakMap<IncomingMessage, ScopeSettings>();

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // The composite foreign keys carry department_id for ON UPDATE CASCADE, which the indexes behind
  // them (tenant_id, parent_id) do not list; this plugin would hide those relations as unindexed
  // although PostgreSQL uses the index prefix for them.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: {
    explain: false,
    context(requestContext) {
      const request = requestContext.node?.req;
      const scope = request ? scopeOf.get(request) : undefined;
      return { pgSettings: { ...scope, 'app.request_id': randomUUID(), 'app.operation': '' } };
    },
  },
});
const handler = pgl.createServ(grafserv).createHandler();

const server = createServer((request, response) => {
  if (request.url === '/bench/statements') {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ statements }));
    return;
  }
  if (request.url === '/healthz') {
    response.end('{"status":"ok"}');
    return;
  }
  cachedScopeSettings(request.headers.authorization).then(
    (settings) => {
      scopeOf.set(request, settings);
      handler(request, response);
    },
    (error: unknown) => {
      response.statusCode = error instanceof TokenError ? 401 : 500;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
    },
  );
});

// Build the schema before saying "ready", so the first measured request does not pay for it.
await pgl.getSchemaResult();
server.listen(port, '127.0.0.1', () => process.stdout.write(`postgraphile listening on ${port}\n`));

const stop = () => {
  server.close();
  void Promise.resolve(pgl.release()).finally(() => pool.end().finally(() => process.exit(0)));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
