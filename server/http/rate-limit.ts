// Rate limiting per caller: each token subject, each API key and (without valid credentials) each
// client address gets its own budget of requests a minute. In memory by default (one budget per
// process); with REDIS_URL the processes behind a load balancer share the budgets in Redis.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

const WINDOW_MS = 60_000;
/** Budgets the in-memory store keeps; beyond, the least recently seen callers start afresh. */
const MEMORY_BUDGETS = 50_000;
/** Redis must answer within this time, or the request goes through without being counted. */
const REDIS_TIMEOUT_MS = 500;
/** At start, how long to wait for Redis before serving without it. */
const REDIS_STARTUP_WAIT_MS = 3_000;
/** One "Redis is unreachable" warning per interval, not one per request. */
const WARNING_INTERVAL_MS = 30_000;

export type RateLimitSettings = Pick<
  Config,
  'rateLimitPerMinute' | 'rateLimitApiKeyPerMinute' | 'rateLimitAnonymousPerMinute' | 'redisUrl' | 'rateLimitRedisPrefix'
>;

interface Budget {
  key: string;
  perMinute: number;
  /** Whose budget, for the 429 message. */
  owner: string;
}

/** Whose budget a request counts against; authentication has run before. */
function budgetOf(request: FastifyRequest, settings: RateLimitSettings): Budget {
  const { scope, credential } = request;
  if (scope && credential === 'API_KEY') {
    return { key: `api-key:${scope.subject}`, perMinute: settings.rateLimitApiKeyPerMinute, owner: `API key ${scope.subject.replace(/^api-key:/, '')}` };
  }
  if (scope) return { key: `token:${scope.subject}`, perMinute: settings.rateLimitPerMinute, owner: `tokens of ${scope.subject}` };
  return { key: `ip:${request.ip}`, perMinute: settings.rateLimitAnonymousPerMinute, owner: `requests without valid credentials from ${request.ip}` };
}

function redactedRedisUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}

/** Logs "counting is off" at most once per interval, however many requests hit it. */
function throttledWarning(logger: Logger): (reason: string) => void {
  let warnedAt = 0;
  return (reason) => {
    if (Date.now() - warnedAt < WARNING_INTERVAL_MS) return;
    warnedAt = Date.now();
    logger.warn({ reason }, 'rate limiting is off while Redis is unreachable: requests are served without being counted; start Redis or check REDIS_URL');
  };
}

/** Connects to Redis for the shared budgets; serving goes on (uncounted) while Redis is down. */
async function connectRedis(url: string, logger: Logger, warn: (reason: string) => void): Promise<Redis> {
  const where = redactedRedisUrl(url);
  const redis = new Redis(url, {
    connectTimeout: REDIS_TIMEOUT_MS,
    commandTimeout: REDIS_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    // While disconnected, fail at once instead of queueing: the request is served, not held up.
    enableOfflineQueue: false,
  });
  let down = false;
  redis.on('error', (error: Error) => {
    down = true;
    warn(`${where}: ${error.message}`);
  });
  redis.on('ready', () => {
    if (down) logger.info({ redis: where }, 'Redis answers again: rate limiting is back on');
    down = false;
  });
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), REDIS_STARTUP_WAIT_MS);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!ready) warn(`${where} did not answer within ${REDIS_STARTUP_WAIT_MS} ms of starting`);
  return redis;
}

/**
 * Registers the limiter and returns the hook that applies it. Run it after authentication (it
 * counts by caller) and before the handler. Every answer carries x-ratelimit-limit, -remaining and
 * -reset; over the budget it is a 429 with retry-after and a GraphQL-shaped error RATE_LIMITED.
 */
export async function registerRateLimit(
  fastify: FastifyInstance,
  options: { settings: RateLimitSettings; logger: Logger },
): Promise<(request: FastifyRequest, reply: FastifyReply) => Promise<unknown>> {
  const { settings, logger } = options;
  const warn = throttledWarning(logger);
  const redis = settings.redisUrl ? await connectRedis(settings.redisUrl, logger, warn) : undefined;
  if (redis) fastify.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())));

  await fastify.register(rateLimit, {
    // Applied only where the returned hook is placed: /graphql and /bi/metrics.csv, not the probes.
    global: false,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => budgetOf(request, settings).key,
    max: async (request) => budgetOf(request, settings).perMinute,
    cache: MEMORY_BUDGETS,
    ...(redis ? { redis, nameSpace: settings.rateLimitRedisPrefix } : {}),
  });
  const count = fastify.createRateLimit();

  return async (request, reply) => {
    let result: Awaited<ReturnType<typeof count>>;
    try {
      result = await count(request);
    } catch (error) {
      // Only the shared store (Redis) fails here. Failing open keeps the service up; the log says why.
      warn((error as Error).message);
      return;
    }
    if (result.isAllowed) return;
    reply.header('x-ratelimit-limit', result.max).header('x-ratelimit-remaining', result.remaining).header('x-ratelimit-reset', result.ttlInSeconds);
    if (!result.isExceeded) return;
    const retryAfterSeconds = Math.max(1, result.ttlInSeconds);
    const { owner } = budgetOf(request, settings);
    return reply
      .code(429)
      .header('retry-after', retryAfterSeconds)
      .type('application/json; charset=utf-8')
      .send({
        errors: [
          {
            message: `Too many requests: ${owner} may make ${result.max} requests a minute. Retry in ${retryAfterSeconds} seconds.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
          },
        ],
      });
  };
}
