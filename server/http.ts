import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest, type RouteHandlerMethod } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Scope } from './auth/scope.js';
import { createApiKeyVerifier } from './auth/api-keys.js';
import { createBearerAuthenticator } from './auth/bearer.js';
import { createHs256Verifier } from './auth/tokens.js';
import { jwtSecretFor, type Config } from './config.js';
import { connectionErrorReason } from './db/connection-errors.js';
import { StatementCounter, createApiOrm } from './db/orm.js';
import { RequestDb, type RequestStatements } from './db/request-db.js';
import { StatementCatalog } from './db/statements.js';
import { createContext, type Context } from './graphql/context.js';
import { RETRY_AFTER_S, createErrorFormatter } from './graphql/errors.js';
import { createQueryLimits } from './graphql/limits.js';
import { buildAppSchema } from './graphql/schema.js';
import { transactionPlugin } from './graphql/transaction.plugin.js';
import { createAuthentication } from './http/authentication.js';
import { registerRateLimit } from './http/rate-limit.js';
import type { Logger } from './logger.js';
import { registerMetricsCsvRoute } from './metrics/metrics.csv.js';
import { ComparisonCache } from './metrics/comparison.cache.js';
import { createMetricRollupRefresher, type MetricRollupRefresher } from './metrics/metric.rollup.js';

declare module 'fastify' {
  interface FastifyRequest {
    scope?: Scope;
    graphqlContext?: Context;
  }
}

export interface App {
  fastify: FastifyInstance;
  orm: MikroORM;
  /** Keeps the metric rollups fresh in the background (every METRIC_ROLLUP_REFRESH_MS). */
  metricRollups: MetricRollupRefresher;
  /** Counts each request's statements and names the prepared ones (shared by everything on this pool). */
  statements: RequestStatements;
  /** Province comparisons answered before, served again while nothing they depend on changed. */
  comparisons: ComparisonCache;
  /** Starts listening; returns the base URL. */
  listen(options: { port: number; host?: string }): Promise<string>;
  /** Stops accepting requests, lets in-flight ones finish, closes the pool. */
  close(): Promise<void>;
}

let cachedSchema: Promise<GraphQLSchema> | undefined;
/** Building the schema is pure and slowish; every app in a process shares it. */
function appSchema(): Promise<GraphQLSchema> {
  cachedSchema ??= buildAppSchema();
  return cachedSchema;
}

function wantsLandingPage(request: FastifyRequest): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

/** How long /readyz waits for `select 1` before it answers 503. */
const READINESS_TIMEOUT_MS = 2_000;

/** HTTP: /graphql (Apollo on Fastify), /healthz, /readyz. */
export async function createApp(options: { config: Config; logger: Logger; apiUrl: string; poolSize?: number }): Promise<App> {
  const { config, logger } = options;
  const production = config.nodeEnv === 'production';
  const verifier = createHs256Verifier(jwtSecretFor(config));
  const counter = new StatementCounter();
  const statements: RequestStatements = { counter, catalog: new StatementCatalog({ named: config.preparedStatements }) };
  const comparisons = new ComparisonCache();
  const orm = await createApiOrm({ apiUrl: options.apiUrl, poolSize: options.poolSize ?? 10, counter, logger });
  const authentication = createAuthentication(
    createBearerAuthenticator({
      tokens: verifier,
      apiKeys: createApiKeyVerifier({ query: (sql, params) => orm.em.getConnection().execute(sql, params), cacheSeconds: config.apiKeyCacheSeconds }),
    }),
  );
  const fastify = Fastify({ loggerInstance: logger as FastifyBaseLogger, disableRequestLogging: !production && config.nodeEnv === 'test', genReqId: () => crypto.randomUUID() });

  const queryLimits = createQueryLimits({ config, schema: await appSchema() });
  const apollo = new ApolloServer<Context>({
    schema: await appSchema(),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    ...queryLimits.apolloOptions,
    // The process entry (server/main.ts) owns SIGINT/SIGTERM: it drains requests, then stops the database.
    stopOnTerminationSignals: false,
    plugins: [
      transactionPlugin({ counter, exposeStatementCount: config.sqlStatementCountHeader, logger }),
      fastifyApolloDrainPlugin(fastify),
      // No cache hints are used, and the default cache-control plugin wraps every field's resolver:
      // on a province comparison (thousands of fields) that cost a fifth of the request's CPU.
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();

  const metricRollups = createMetricRollupRefresher({ orm, logger, intervalMs: config.metricRollupRefreshMs });
  metricRollups.start();

  // Who is asking, whether they are within their rate limit, then 401 without valid credentials.
  const rateLimit = await registerRateLimit(fastify, { settings: config, logger });
  const guard = (isPublic?: (request: FastifyRequest) => boolean) => [authentication.identify(isPublic), rateLimit, authentication.requireCredential];

  fastify.get('/healthz', async () => ({ status: 'ok' }));
  fastify.get('/readyz', async (_request, reply) => {
    // Bounded, so a probe gets its answer even when the database hangs or the pool is exhausted.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
    });
    try {
      await Promise.race([orm.em.fork().getConnection().execute('select 1'), timeout]);
      return { status: 'ready' };
    } catch (error) {
      logger.warn({ reason: connectionErrorReason(error) }, 'readiness check failed: database unreachable');
      return reply.code(503).header('retry-after', String(RETRY_AFTER_S)).send({ status: 'unavailable', reason: 'database unreachable' });
    } finally {
      clearTimeout(timer);
    }
  });

  fastify.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    // Authentication happens before GraphQL parsing, so a request without a valid token costs nothing.
    preHandler: [...guard((request) => request.method === 'OPTIONS' || (!production && wantsLandingPage(request))), queryLimits.preHandler],
    // Query limits: checked after authentication (introspection and page sizes depend on the role), before any SQL.
    bodyLimit: queryLimits.bodyLimit,
    errorHandler: queryLimits.errorHandler,
    // The integration types its handler for a route that replies with a string; the route is the same.
    handler: fastifyApolloHandler<Context>(apollo, {
      context: async (request) => {
        const requestId = String(request.id);
        const db = new RequestDb(orm.em.fork({ clear: true, useContext: false, loggerContext: { requestId } }), requestId, statements);
        const context = createContext({ requestId, scope: request.scope!, db, config, logger: logger.child({ requestId }), comparisons });
        request.graphqlContext = context;
        return context;
      },
    }) as RouteHandlerMethod,
  });

  // GET /bi/metrics.csv: the BI metric rows as CSV, same tokens and request transaction as /graphql.
  registerMetricsCsvRoute(fastify, { orm, preHandler: guard(), statements, comparisons, config, logger, exposeStatementCount: config.sqlStatementCountHeader });

  // While closing, answers to the requests still in flight end their keep-alive connection, so the
  // server closes as soon as they are done instead of waiting for the clients to hang up.
  let closing = false;
  fastify.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  // Safety net: a transaction left open by an aborted request is rolled back, never reused.
  fastify.addHook('onResponse', async (request) => {
    await request.graphqlContext?.db.rollback().catch((error) => logger.error({ err: error }, 'rollback after response failed'));
  });

  return {
    fastify,
    orm,
    metricRollups,
    statements,
    comparisons,
    async listen({ port, host = '127.0.0.1' }) {
      await fastify.listen({ port, host });
      const address = fastify.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;
    },
    async close() {
      closing = true;
      await metricRollups.stop();
      // Apollo's drain plugin closes Fastify: no new connections, in-flight requests finish.
      await apollo.stop();
      await orm.close(true);
    },
  };
}
