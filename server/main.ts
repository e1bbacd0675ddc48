import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { prepareDatabase } from './db/database.js';
import { FIXTURES_DIRECTORY, readFixtureFiles } from './fixtures/fixture.file.js';
import { loadDemoData } from './fixtures/fixture.loader.js';
import { createApp } from './http.js';
import { createLogger } from './logger.js';
import { TENANTS_DIRECTORY, loadTenantRegistry, readTenantFiles } from './modules/regions/tenant-registry.js';

/** Process entry: config → database (embedded or DATABASE_URL) → migrate → seed → demo data → serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await prepareDatabase({ config, logger });
  let app: Awaited<ReturnType<typeof createApp>> | undefined;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      // A second Ctrl-C means "now": in-flight requests are cut off (the embedded database still stops on exit).
      logger.warn({ signal }, 'second stop signal: exiting without waiting for in-flight requests');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections; finishing in-flight requests (send the signal again to exit at once)');
    try {
      await app?.close();
      await database.stop();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await loadTenantRegistry(database.ownerUrl, await readTenantFiles(TENANTS_DIRECTORY));
    // 演示数据: the seed regions' reported years, once (a region that has projects keeps them).
    // Never in production: real regions must not get invented projects.
    if (config.nodeEnv === 'production') logger.info('demo data not loaded (NODE_ENV=production)');
    else await loadDemoData(database.ownerUrl, await readFixtureFiles(FIXTURES_DIRECTORY), { logger });
    app = await createApp({ config, logger, apiUrl: database.apiUrl });
    const url = await app.listen({ port: config.port, host: config.host });
    const banner = [
      '',
      `  预算绩效管理 GraphQL is serving at ${url}/graphql`,
      `  Database: ${database.description}`,
      '',
      '  Get a token (then send it as "Authorization: Bearer <token>"):',
      '    npm run token -- --role COUNTY_ADMIN --tenant 370406',
      '    npm run token -- --role PROVINCE_ANALYST --province 37',
      '',
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n');
    process.stdout.write(banner + '\n');
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`\nThe server could not start: ${message}\n`);
  if (!(error instanceof ConfigError) && error instanceof Error && process.env.LOG_LEVEL === 'debug') {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
});
