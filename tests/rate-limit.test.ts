import net from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateApiKeyDocument, MeDocument } from '../schema/generated/graphql.js';
import { AS, startTestApp, type TestApp, type TokenSpec } from './helpers/test-app.js';

/**
 * Rate limits from the outside: a budget of requests a minute per token subject, per API key and
 * (without valid credentials) per address, with the standard headers and a GraphQL-shaped 429;
 * /graphql and the CSV share a caller's budget; the probes are not limited. With REDIS_URL, two
 * server processes share one budget.
 */
const LIMITS = { RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_API_KEY_PER_MINUTE: '3', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '4' };

async function me(app: TestApp, as: TokenSpec | string | null) {
  return app.request(MeDocument, {}, as);
}

function budgetHeaders(headers: Headers) {
  return { limit: headers.get('x-ratelimit-limit'), remaining: headers.get('x-ratelimit-remaining'), reset: Number(headers.get('x-ratelimit-reset')) };
}

describe('rate limits in memory', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: LIMITS });
  });
  afterAll(() => app?.close());

  it('a token subject gets RATE_LIMIT_PER_MINUTE requests, with headers counting down, then a 429 that says when to retry', async () => {
    const alice: TokenSpec = { ...AS.laiwuAdmin, subject: 'alice' };
    for (let i = 1; i <= 5; i++) {
      const answer = await me(app, alice);
      expect(answer.status).toBe(200);
      const headers = budgetHeaders(answer.headers);
      expect(headers).toMatchObject({ limit: '5', remaining: String(5 - i) });
      expect(headers.reset).toBeGreaterThanOrEqual(1);
      expect(headers.reset).toBeLessThanOrEqual(60);
    }
    const refused = await me(app, alice);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(budgetHeaders(refused.headers)).toMatchObject({ limit: '5', remaining: '0' });
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toEqual([
      {
        message: `Too many requests: tokens of alice may make 5 requests a minute. Retry in ${retryAfter} seconds.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
      },
    ]);
    // The budget is the subject's, not one token's: a fresh token for alice is refused too.
    expect((await me(app, await app.token(alice))).status).toBe(429);
  });

  it('different subjects have separate budgets', async () => {
    for (let i = 0; i < 5; i++) expect((await me(app, { ...AS.shantingAdmin, subject: 'bob' })).status).toBe(200);
    expect((await me(app, { ...AS.shantingAdmin, subject: 'bob' })).status).toBe(429);
    const carol = await me(app, { ...AS.shantingAdmin, subject: 'carol' });
    expect(carol.status).toBe(200);
    expect(budgetHeaders(carol.headers)).toMatchObject({ limit: '5', remaining: '4' });
  });

  it('an API key has its own budget (RATE_LIMIT_API_KEY_PER_MINUTE), shared by /graphql and the CSV', async () => {
    const created = await app.request(CreateApiKeyDocument, { input: { name: 'limits', tenantCode: '370116' } }, { ...AS.laiwuAdmin, subject: 'key-admin' });
    const { key, apiKey } = created.data!.createApiKey;
    const csv = () => fetch(`${app.url}/bi/metrics.csv?fiscalYear=2020&metrics=goal_coverage_count`, { headers: { authorization: `Bearer ${key}` } });
    const first = await me(app, key);
    expect(first.status).toBe(200);
    expect(budgetHeaders(first.headers)).toMatchObject({ limit: '3', remaining: '2' });
    const second = await csv();
    expect(second.status).toBe(200);
    expect(budgetHeaders(second.headers)).toMatchObject({ limit: '3', remaining: '1' });
    expect((await me(app, key)).status).toBe(200);
    const refused = await csv();
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(new RegExp(`^Too many requests: API key ${apiKey.prefix} may make 3 requests a minute\\. Retry in \\d+ seconds\\.$`));
  });

  it('requests without valid credentials count against their address; the probes are never limited', async () => {
    for (let i = 0; i < 2; i++) expect((await me(app, null)).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await me(app, 'not-a-token')).status).toBe(401);
    const refused = await me(app, 'not-a-token');
    expect(refused.status).toBe(429);
    expect(refused.errors![0].message).toBe(
      `Too many requests: requests without valid credentials from 127.0.0.1 may make 4 requests a minute. Retry in ${refused.headers.get('retry-after')} seconds.`,
    );
    for (const probe of ['/healthz', '/readyz']) {
      const answer = await fetch(`${app.url}${probe}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-ratelimit-limit')).toBeNull();
    }
    // A valid token from the same address is counted under its subject, not the address.
    expect((await me(app, { ...AS.laiwuAdmin, subject: 'dave' })).status).toBe(200);
  });
});

/** Whether Redis answers PING on the project machines' port. */
async function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(6379, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
    socket.on('data', (data) => (socket.end(), resolve(String(data).startsWith('+PONG'))));
    socket.on('error', () => resolve(false));
  });
}

const REDIS_URL = 'redis://127.0.0.1:6379';
const redisUp = await redisAnswers();

describe.skipIf(!redisUp)('rate limits shared through Redis (skipped: nothing answers PING on 127.0.0.1:6379)', () => {
  // A prefix of this run's own, so runs and other users of this Redis never share budgets.
  const prefix = `bpm-test:${crypto.randomUUID()}:`;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { ...LIMITS, RATE_LIMIT_PER_MINUTE: '4', REDIS_URL, RATE_LIMIT_REDIS_PREFIX: prefix };
    [a, b] = await Promise.all([startTestApp({ env }), startTestApp({ env })]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('two server processes with the same REDIS_URL count one budget per subject', async () => {
    const erin: TokenSpec = { ...AS.laiwuAdmin, subject: 'erin' };
    const answers = [];
    for (const app of [a, b, a, b, a, b]) answers.push(await me(app, erin));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 429, 429]);
    expect(answers.slice(0, 4).map((answer) => answer.headers.get('x-ratelimit-remaining'))).toEqual(['3', '2', '1', '0']);
    expect(answers[5].errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const redis = new Redis(REDIS_URL);
    expect(await redis.get(`${prefix}token:erin`)).toBe('6');
    await redis.quit();
  });
});

describe('when Redis does not answer', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Port 1 refuses connections: a Redis that is down.
    app = await startTestApp({ env: { ...LIMITS, RATE_LIMIT_PER_MINUTE: '1', REDIS_URL: 'redis://127.0.0.1:1' } });
  });
  afterAll(() => app?.close());

  it('requests are served without being counted (fail open), not refused', async () => {
    const frank: TokenSpec = { ...AS.laiwuAdmin, subject: 'frank' };
    for (let i = 0; i < 3; i++) {
      const answer = await me(app, frank);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-ratelimit-limit')).toBeNull();
    }
  });
});
