import { readdirSync, readFileSync } from 'node:fs';
import { Kind, concatAST, parse, print, separateOperations, visit, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetricRowsDocument, ProjectsDocument } from '../schema/generated/graphql.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { insertProjects } from './helpers/fixtures.js';
import { AS, startTestApp, type TestApp, type TokenSpec } from './helpers/test-app.js';

const SHANTING_BI: TokenSpec = { role: 'BI_READER', tenant: '370406' };

interface Answer {
  status: number;
  contentType: string;
  statements: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs any body (a string is sent as is) to /graphql, with a token for `as`. */
async function post(app: TestApp, body: unknown, as: TokenSpec = AS.shantingAdmin): Promise<Answer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await app.token(as)}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return answer(response);
}

async function get(app: TestApp, query: string, as: TokenSpec = AS.shantingAdmin, accept = 'application/json'): Promise<Answer> {
  const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent(query)}`, {
    headers: { authorization: `Bearer ${await app.token(as)}`, 'apollo-require-preflight': 'true', accept },
  });
  return answer(response);
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    contentType,
    statements: response.headers.get('x-sql-statements'),
    body: contentType.includes('json') ? JSON.parse(text) : { data: null, errors: [{ message: text }] },
  };
}

/** A field nested `levels` times: department → parent → parent … */
const nestedParents = (levels: number) => `{ departments { nodes { ${'parent { '.repeat(levels)}code${' }'.repeat(levels)} } } }`;
/** Departments with their projects and years: a list in a list, sized by the variables. */
const DEPARTMENT_PROJECTS = `query ($departments: Int, $projects: Int) {
  departments(first: $departments) { nodes { code name projects(first: $projects) {
    id code name kindCode version years { id fiscalYear status requestedAmount approvedAmount adjustedAmount executedAmount } } } } }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { role }`).join(' ')} }`;
const directives = (count: number) => `{ me { ${Array.from({ length: count }, () => 'role @include(if: true)').join(' ')} } }`;

const LIMIT_CODES = ['QUERY_TOO_LARGE', 'QUERY_TOO_COMPLEX', 'BAD_REQUEST'];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('query limits, with their defaults', () => {
  it.each([
    {
      when: 'when the query nests deeper than MAX_QUERY_DEPTH (10)',
      body: { query: nestedParents(9) },
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
      limit: 'MAX_QUERY_DEPTH',
      message: 'The query nests 12 levels deep; the limit is 10 (MAX_QUERY_DEPTH).',
    },
    {
      when: 'when a list in a list may return more values than MAX_QUERY_COST (100000)',
      body: { query: DEPARTMENT_PROJECTS, variables: { departments: 100, projects: 100 } },
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
      limit: 'MAX_QUERY_COST',
      message: 'The query may return 140400 values (each list counted at its page size, `first`); the limit is 100000 (MAX_QUERY_COST).',
    },
    {
      when: 'when the query uses more aliases than MAX_QUERY_ALIASES (15)',
      body: { query: aliases(16) },
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
      limit: 'MAX_QUERY_ALIASES',
      message: 'The query uses 16 aliases; the limit is 15 (MAX_QUERY_ALIASES).',
    },
    {
      when: 'when the query uses more directives than MAX_QUERY_DIRECTIVES (50)',
      body: { query: directives(51) },
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
      limit: 'MAX_QUERY_DIRECTIVES',
      message: 'The query uses 51 directives; the limit is 50 (MAX_QUERY_DIRECTIVES).',
    },
    {
      when: 'when the query has more tokens than MAX_QUERY_TOKENS (1000)',
      body: { query: `{ me { ${'role '.repeat(1000)}} }` },
      status: 400,
      code: 'QUERY_TOO_LARGE',
      limit: 'MAX_QUERY_TOKENS',
      message: 'The query has more than 1000 tokens (MAX_QUERY_TOKENS).',
    },
    {
      when: 'when the query is longer than MAX_QUERY_CHARACTERS (20000)',
      body: { query: `{ me { role } } # ${'x'.repeat(20_000)}` },
      status: 400,
      code: 'QUERY_TOO_LARGE',
      limit: 'MAX_QUERY_CHARACTERS',
      message: 'The query is 20018 characters long; the limit is 20000 (MAX_QUERY_CHARACTERS).',
    },
    {
      when: 'when the body is larger than MAX_REQUEST_BYTES (1048576)',
      body: { query: '{ me { role } }', variables: { padding: 'x'.repeat(1_100_000) } },
      status: 413,
      code: 'QUERY_TOO_LARGE',
      limit: 'MAX_REQUEST_BYTES',
      message: 'The request body is larger than 1048576 bytes (MAX_REQUEST_BYTES).',
    },
  ])('$when: HTTP $status, $code naming $limit, before any SQL', async ({ body, status, code, limit, message }) => {
    const rejected = await post(app, body);
    expect(rejected.status).toBe(status);
    expect(rejected.body.data).toBeUndefined();
    expect(rejected.body.errors).toHaveLength(1);
    expect(rejected.body.errors![0].message).toContain(message);
    expect(rejected.body.errors![0].extensions).toMatchObject({ code, limit });
    // Apollo, whose transaction plugin counts every statement, never saw the request.
    expect(rejected.statements).toBeNull();
  });

  it('rejects a batch (a JSON array of operations): one request is one transaction', async () => {
    const rejected = await post(app, [{ query: '{ me { role } }' }, { query: '{ me { tenantCode } }' }]);
    expect(rejected.status).toBe(400);
    expect(rejected.body.errors![0]).toMatchObject({
      message: expect.stringContaining('this body is a JSON array of 2 operations. Send one operation per request'),
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(rejected.statements).toBeNull();
  });

  it('checks queries sent with GET the same way', async () => {
    const rejected = await get(app, nestedParents(9));
    expect(rejected.status).toBe(400);
    expect(rejected.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_DEPTH', max: 10, found: 12 });
  });

  it('counts each list at the page it asks for: the same query passes with smaller pages', async () => {
    const small = await post(app, { query: DEPARTMENT_PROJECTS, variables: { departments: 50, projects: 20 } });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data!.departments).toMatchObject({ nodes: [{ code: 'FIN', projects: expect.any(Array) }] });
    // A query just within each limit runs.
    for (const query of [nestedParents(7), aliases(15), directives(50)]) {
      const passed = await post(app, { query });
      expect(passed.body.errors, query.slice(0, 40)).toBeUndefined();
    }
  });

  it('lets every operation in schema/operations through at the largest page its role may ask for', async () => {
    const documents = readdirSync('schema/operations').map((file) => parse(readFileSync(`schema/operations/${file}`, 'utf8')));
    const operations = Object.entries(separateOperations(concatAST(documents)));
    expect(operations.length).toBeGreaterThan(100);
    for (const [name, document] of operations) {
      // Every page-size variable at the maximum (as DepartmentsWithProjects, the isolation test's 100 × 100).
      const variables = Object.fromEntries(pageSizeVariables(document).map((variable) => [variable, app.config.maxPageSize]));
      const answered = await post(app, { query: print(document), variables, operationName: name });
      const codes = (answered.body.errors ?? []).map((error) => error.extensions?.code);
      expect(codes.filter((code) => LIMIT_CODES.includes(String(code))), name).toEqual([]);
      expect(answered.statements, name).not.toBeNull();
    }
    // The BI reader's bulk page of metric rows (all of Shandong's: two tenants × every metric).
    const bulk = await app.request(MetricRowsDocument, { fiscalYear: 2024, first: app.config.biMaxPageSize }, AS.shandongBi);
    expect(bulk.errors).toBeUndefined();
    expect(bulk.data!.metricRows.nodes.length).toBe(bulk.data!.metricRows.totalCount);
  });
});

/** Variables passed as `first` (page sizes). */
function pageSizeVariables(document: DocumentNode): string[] {
  const names: string[] = [];
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.push(node.value.name.value);
    },
  });
  return names;
}

describe('page size per role', () => {
  beforeAll(async () => {
    await insertProjects(app, { tenant: '370406', department: 'FIN', count: 1001, prefix: 'PAGE' });
  });

  it('a county admin pages by at most MAX_PAGE_SIZE (100)', async () => {
    const full = await app.request(ProjectsDocument, { first: 100 }, AS.shantingAdmin);
    expect(full.data!.projects.nodes).toHaveLength(100);
    expect(full.data!.projects.pageInfo.hasNextPage).toBe(true);
    const tooMany = await app.request(ProjectsDocument, { first: 101 }, AS.shantingAdmin);
    expect(tooMany.data).toBeNull();
    expect(tooMany.errors![0]).toMatchObject({
      message: expect.stringContaining('first: must be between 1 and 100, the largest page your role may ask for; got 101.'),
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  });

  it('a BI reader pages by up to BI_MAX_PAGE_SIZE (1000), and no further', async () => {
    const rows = await app.request(ProjectsDocument, { first: 1000 }, SHANTING_BI);
    expect(rows.data!.projects.nodes).toHaveLength(1000);
    const tooMany = await app.request(ProjectsDocument, { first: 1001 }, SHANTING_BI);
    expect(tooMany.errors![0]).toMatchObject({
      message: expect.stringContaining('first: must be between 1 and 1000'),
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    const metricRows = await app.request(MetricRowsDocument, { fiscalYear: 2024, first: 1001 }, AS.shandongBi);
    expect(metricRows.errors![0]).toMatchObject({
      message: expect.stringContaining('first: must be between 1 and 1000'),
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    // The same page is too large for the province's analyst.
    const analyst = await app.request(MetricRowsDocument, { fiscalYear: 2024, first: 1000 }, AS.shandongAnalyst);
    expect(analyst.errors![0]).toMatchObject({ message: expect.stringContaining('between 1 and 100,'), extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});

describe('outside production', () => {
  it('every role may introspect (the explorer needs it) and validation errors suggest field names', async () => {
    const schema = await post(app, { query: '{ __schema { queryType { name } } }' }, AS.laiwuWaterUser);
    expect(schema.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const typo = await post(app, { query: '{ projcts { totalCount } }' });
    expect(typo.body.errors![0].message).toMatch(/Did you mean "projects"/);
  });
});

describe('limits are configuration', () => {
  it('reads each limit from its variable and refuses values that would refuse everything', () => {
    const config = loadConfig({ MAX_QUERY_DEPTH: '4', MAX_QUERY_COST: '500', BI_MAX_PAGE_SIZE: '5000', INTROSPECTION_ROLES: 'PROVINCE_ADMIN, BI_READER' });
    expect(config.queryLimits).toMatchObject({ maxDepth: 4, maxCost: 500, maxAliases: 15 });
    expect(config.biMaxPageSize).toBe(5000);
    expect(config.introspectionRoles).toEqual(['PROVINCE_ADMIN', 'BI_READER']);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION_ROLES: 'none' }).introspectionRoles).toEqual([]);
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '0' })).toThrow(new ConfigError('MAX_QUERY_DEPTH must be at least 1, got "0"'));
    expect(() => loadConfig({ MAX_QUERY_COST: 'lots' })).toThrow(/MAX_QUERY_COST must be a non-negative integer, got "lots"/);
    expect(() => loadConfig({ INTROSPECTION_ROLES: 'BI_READER,ADMIN' })).toThrow(/INTROSPECTION_ROLES must list roles among .*; unknown: ADMIN/);
  });

  it('a server started with smaller limits enforces them', async () => {
    const strict = await startTestApp({ env: { MAX_QUERY_DEPTH: '3', MAX_QUERY_COST: '50', MAX_PAGE_SIZE: '5' } });
    try {
      const deep = await post(strict, { query: '{ departments { nodes { parent { code } } } }' });
      expect(deep.body.errors![0]).toMatchObject({ message: expect.stringContaining('the limit is 3 (MAX_QUERY_DEPTH)'), extensions: { max: 3, found: 4 } });
      const costly = await post(strict, { query: '{ projects(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { id code name kindCode version } } }' });
      expect(costly.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_COST', max: 50, found: 55 });
      // A page over MAX_PAGE_SIZE is counted at MAX_PAGE_SIZE, so the answer names the page size, not the cost.
      const page = await post(strict, { query: '{ projects(first: 6) { nodes { code } } }' });
      expect(page.body.errors![0]).toMatchObject({ message: expect.stringContaining('between 1 and 5,'), extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    } finally {
      await strict.close();
    }
  });
});

describe('rejections never reach the database', () => {
  it('still answers a limit rejection when the database pool is gone', async () => {
    const isolated = await startTestApp();
    try {
      await isolated.app.orm.close(true);
      const rejected = await post(isolated, { query: nestedParents(9) });
      expect(rejected.status).toBe(400);
      expect(rejected.body.errors![0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      // A query within the limits needs the database, and now fails.
      const needsDatabase = await post(isolated, { query: '{ departments { totalCount } }' });
      expect(needsDatabase.body.data ?? null).toBeNull();
    } finally {
      await isolated.close().catch(() => undefined);
    }
  });
});

describe('in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({ env: { NODE_ENV: 'production', JWT_SECRET: 'limits-test-secret-limits-test-secret' } });
  });
  afterAll(() => production?.close());

  it('introspection is open to BI readers only (INTROSPECTION_ROLES), with 403 FORBIDDEN for the others', async () => {
    const bi = await post(production, { query: '{ __schema { queryType { name } } }' }, AS.shandongBi);
    expect(bi.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    for (const as of [AS.shantingAdmin, AS.shandongAdmin, AS.laiwuWaterUser]) {
      for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Project") { fields { name } } }']) {
        const refused = await post(production, { query }, as);
        expect(refused.status).toBe(403);
        expect(refused.body.errors![0]).toMatchObject({
          message: `Schema introspection (__schema, __type) is not open to ${as.role} tokens here; it is open to BI_READER (INTROSPECTION_ROLES). Use the operations and schema published with the API.`,
          extensions: { code: 'FORBIDDEN' },
        });
      }
    }
    // __typename is not introspection.
    expect((await post(production, { query: '{ me { __typename role } }' })).body).toEqual({ data: { me: { __typename: 'Viewer', role: 'COUNTY_ADMIN' } } });
  });

  it('validation errors suggest no field names', async () => {
    const typo = await post(production, { query: '{ projcts { totalCount } }' });
    expect(typo.status).toBe(400);
    expect(typo.body.errors![0].message).toBe('Cannot query field "projcts" on type "Query".');
  });

  it('serves no landing page', async () => {
    const response = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html', authorization: `Bearer ${await production.token(AS.shantingAdmin)}` } });
    const page = await answer(response);
    expect(page.contentType).not.toContain('text/html');
    expect(JSON.stringify(page.body)).not.toMatch(/<html|<!DOCTYPE/i);
  });

  it('does not tell how many SQL statements a request ran, unless SQL_STATEMENT_COUNT_HEADER says so', async () => {
    const response = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await production.token(AS.shantingAdmin)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ departments(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-sql-statements')).toBeNull();
    expect(loadConfig({ NODE_ENV: 'production', SQL_STATEMENT_COUNT_HEADER: 'true' }).sqlStatementCountHeader).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).sqlStatementCountHeader).toBe(true);
    expect(() => loadConfig({ SQL_STATEMENT_COUNT_HEADER: 'yes' })).toThrow(new ConfigError('SQL_STATEMENT_COUNT_HEADER must be true or false, got "yes"'));
  });

  it('enforces the same limits', async () => {
    const rejected = await post(production, { query: aliases(16) });
    expect(rejected.status).toBe(400);
    expect(rejected.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_ALIASES' });
  });
});
