import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/config.js';
import { createErrorFormatter } from '../server/graphql/errors.js';
import { createApp } from '../server/http.js';
import { createLogger } from '../server/logger.js';
import { AS, startTestApp, type TestApp } from './helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('HTTP surface', () => {
  it('/healthz answers while the process is up, /readyz while the database answers', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves queries over GET and refuses mutations over GET', async () => {
    const token = await app.token(AS.shantingAdmin);
    const headers = { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' };
    const query = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { tenantCode } }')}`, { headers });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { me: { tenantCode: '370406' } } });
    const mutation = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { createDepartment(input: {code: "X", name: "x"}) { id } }')}`, { headers });
    expect(mutation.status).toBe(405);
  });

  it('answers with application/graphql-response+json when the client asks for it', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await app.token(AS.shantingAdmin)}`,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
      },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(response.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
  });

  it('every error carries extensions.code, including parse and validation errors', async () => {
    const token = await app.token(AS.shantingAdmin);
    for (const query of ['{ me { role ', '{ nothingHere }']) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toMatch(/GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED/);
    }
  });
});

describe('internal errors are masked but logged', () => {
  it('hides SQL and stack from the client and gives a reference that is in the log', () => {
    const lines: string[] = [];
    const logger = createLogger('error');
    const logged = logger.child({});
    logged.error = ((object: unknown) => lines.push(JSON.stringify(object))) as typeof logged.error;
    const format = createErrorFormatter(logged);
    const leaked = new Error(`insert into "project" ("name") values ('秘密') - column "x" does not exist`);
    const formatted = format({ message: leaked.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, new GraphQLError(leaked.message, { originalError: leaked }));
    expect(formatted.message).toMatch(/^Internal server error \(reference [0-9a-f-]{36}\); it has been logged\.$/);
    expect(JSON.stringify(formatted)).not.toMatch(/insert|秘密|stacktrace/);
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(lines.join('\n')).toContain(String(formatted.extensions?.reference));
  });
});

describe('concurrent transactions that PostgreSQL rolls back', () => {
  it('answer CONFLICT (retry), not an internal error, for a deadlock or a serialization failure', () => {
    const format = createErrorFormatter(createLogger('fatal'));
    for (const code of ['40P01', '40001']) {
      const failure = Object.assign(new Error('deadlock detected'), { code });
      const formatted = format({ message: failure.message }, new GraphQLError(failure.message, { originalError: failure }));
      expect(formatted).toMatchObject({
        message: 'Your change collided with another change made at the same moment and was rolled back; nothing was written. Retry it.',
        extensions: { code: 'CONFLICT' },
      });
    }
  });
});

describe('production configuration', () => {
  it('refuses to start without JWT_SECRET, saying what to set', async () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    await expect(createApp({ config, logger: createLogger('fatal'), apiUrl: app.apiUrl })).rejects.toThrow(ConfigError);
    await expect(createApp({ config, logger: createLogger('fatal'), apiUrl: app.apiUrl })).rejects.toThrow(/JWT_SECRET is not set/);
  });

  it('rejects malformed numeric settings with a message naming them', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a non-negative integer/);
  });
});
