// npm run api-key: creates an API key for a BI tool in the database `npm start` uses (DATABASE_URL,
// or the embedded one under DATA_DIR, also while `npm start` runs) and
// prints it once. The same rules as createApiKey: read-only, a province or one tenant.
import { parseArgs } from 'node:util';
import { generateApiKey } from '../auth/api-keys.js';
import { InvalidScopeError, validateScope } from '../auth/scope.js';
import { ConfigError, loadConfig } from '../config.js';
import { prepareDatabase } from '../db/database.js';
import { withClient } from '../db/roles.js';
import { createLogger } from '../logger.js';
import { TENANTS_DIRECTORY, loadTenantRegistry, readTenantFiles } from '../modules/regions/tenant-registry.js';

const USAGE = `Usage: npm run api-key -- --name NAME (--province CODE | --tenant CODE)

  --name      what the key is for, 1 to 100 characters, e.g. "Demo BI"
  --province  a key that reads every tenant of the province, e.g. 37 (or 99 after npm run generate)
  --tenant    a key that reads one tenant, e.g. 370406

Prints the key alone on the last line; it is not shown again (the database keeps a hash).
Send it as "Authorization: Bearer <key>". Revoke it with the revokeApiKey mutation.`;

class UsageError extends Error {}

const CLI_SUBJECT = 'cli:api-key';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      province: { type: 'string' },
      tenant: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stderr.write(USAGE + '\n');
    return;
  }
  const name = values.name?.trim() ?? '';
  if (name.length < 1 || name.length > 100) throw new UsageError('--name must be 1 to 100 characters, e.g. --name "Demo BI"');
  // A key reads like a BI_READER token: the same scope rules, the same messages.
  const scope = validateScope({ role: 'BI_READER', province: values.province, tenant: values.tenant });

  const config = loadConfig();
  const database = await prepareDatabase({ config, logger: createLogger('warn'), shareRunning: true });
  try {
    // As `npm start` does (idempotent): on a fresh database the seed regions are there to choose from.
    await loadTenantRegistry(database.ownerUrl, await readTenantFiles(TENANTS_DIRECTORY));
    const { key, prefix, hash } = generateApiKey();
    await withClient(database.ownerUrl, async (client) => {
      await client.query('begin');
      try {
        // The admin scope that may create this key: row-level security and the audit log apply as for the API.
        const adminRole = scope.province ? 'PROVINCE_ADMIN' : 'COUNTY_ADMIN';
        await client.query('select * from app.begin_request($1, $2, $3, null, $4, null, $5)', [adminRole, scope.province ?? null, scope.tenant ?? null, CLI_SUBJECT, 'createApiKey']);
        await client.query(
          `insert into api_key (province_id, scope_tenant_id, name, prefix, hash, created_by)
           values (app.province_id(), case when $1::boolean then (app.tenant_ids())[1] end, $2, $3, $4, $5)`,
          [Boolean(scope.tenant), name, prefix, hash, CLI_SUBJECT],
        );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    });
    process.stderr.write(
      `API key "${name}" (${prefix}), read-only for ${scope.province ? `province ${scope.province}` : `tenant ${scope.tenant}`}.\n` +
        `Database: ${database.description}\nStore it now; it is not shown again:\n`,
    );
    process.stdout.write(key + '\n');
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // BPM01: begin_request did not find the province or tenant.
  const unknownRegion = (error as { code?: string }).code === 'BPM01';
  if (error instanceof UsageError || error instanceof InvalidScopeError || error instanceof ConfigError || unknownRegion) {
    const hint = unknownRegion ? ' (registered regions: the seed regions in tenants/, and province 99 after npm run generate)' : '';
    process.stderr.write(`No key was created: ${message}${hint}.\nRun with --help for usage.\n`);
    process.exit(2);
  }
  process.stderr.write(`No key was created: ${message}\n`);
  process.exit(1);
});
