import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  MeDocument,
  ProvinceAuditLogDocument,
  RevokeApiKeyDocument,
  TenantsDocument,
  type CreateApiKeyInput,
} from '../schema/generated/graphql.js';
import { snapshot } from './helpers/fixtures.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

/**
 * API keys for BI tools, from the outside: admins create, list and revoke them over GraphQL; a BI
 * tool sends the key as a bearer credential to /graphql and /bi/metrics.csv and reads exactly the
 * key's scope; revoked and unknown keys get 401 with a reason. Keys are verified on every request
 * here (API_KEY_CACHE_SECONDS=0); the cache has its own test below.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { API_KEY_CACHE_SECONDS: '0' } });
});
afterAll(() => app?.close());

const KEY_SHAPE = /^bpm_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/;

async function createKey(as: TokenSpec, input: CreateApiKeyInput) {
  const result = await app.request(CreateApiKeyDocument, { input }, as);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.createApiKey;
}

function expectError<T>(result: GraphQLResult<T>, code: string, message: RegExp, field?: string) {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  expect(result.errors![0].message).toMatch(message);
  if (field) expect(result.errors![0].extensions!.field).toBe(field);
}

async function expectRefusedWithoutWrites<T>(write: () => Promise<GraphQLResult<T>>, code: string, message: RegExp, field?: string) {
  const before = await snapshot(app);
  expectError(await write(), code, message, field);
  expect(await snapshot(app)).toBe(before);
}

async function csvWith(key: string, query = 'fiscalYear=2020&metrics=goal_coverage_count') {
  const response = await fetch(`${app.url}/bi/metrics.csv?${query}`, { headers: { authorization: `Bearer ${key}` } });
  return { response, text: await response.text() };
}

describe('an API key from creation to revocation', () => {
  let key: string;
  let created: Awaited<ReturnType<typeof createKey>>;

  it('a county admin creates a key for its tenant; the key is in the answer, the database keeps only its hash', async () => {
    created = await createKey(AS.laiwuAdmin, { name: ' 帆软报表 绩效看板 ', tenantCode: '370116' });
    key = created.key;
    expect(key).toMatch(KEY_SHAPE);
    expect(created.apiKey).toMatchObject({
      name: '帆软报表 绩效看板',
      prefix: key.slice(0, 12),
      status: 'ACTIVE',
      statusLabel: '有效',
      allowedActions: ['revoke'],
      province: { code: '37' },
      tenant: { code: '370116' },
      createdBy: 'county_admin:370116',
      lastUsedAt: null,
      revokedAt: null,
      version: 1,
    });
    const rows = await app.sql('select * from api_key where id = $1', [created.apiKey.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].hash).toBe(createHash('sha256').update(key).digest('hex'));
    const secret = key.slice(13);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('creating it is audited, without the hash, and the county admin reads that entry', async () => {
    const audit = await app.request(ProvinceAuditLogDocument, { filter: { entity: 'api_key', entityId: created.apiKey.id } }, AS.laiwuAdmin);
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.provinceAuditLog.nodes).toEqual([
      expect.objectContaining({ action: 'INSERT', actorSubject: 'county_admin:370116', actorRole: 'COUNTY_ADMIN', operation: 'createApiKey' }),
    ]);
    const after = audit.data!.provinceAuditLog.nodes[0].after as Record<string, unknown>;
    expect(after).toMatchObject({ prefix: created.apiKey.prefix, name: '帆软报表 绩效看板' });
    expect(after).not.toHaveProperty('hash');
  });

  it('the key works as a bearer credential: a BI reader of its tenant, for GraphQL and the CSV', async () => {
    const me = await app.request(MeDocument, {}, key);
    expect(me.status).toBe(200);
    expect(me.data!.me).toMatchObject({ role: 'BI_READER', tenantCode: '370116', provinceCode: null, subject: `api-key:${created.apiKey.prefix}` });

    const { response, text } = await csvWith(key);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = text.trim().split('\r\n');
    expect(lines[1]).toMatch(/^370116,莱芜区,DISTRICT,济南市,山东省,2020,2020,goal_coverage_count,/);
    expect(lines).toHaveLength(2);
  });

  it('records when the key was last used', async () => {
    const list = await app.request(ApiKeysDocument, {}, AS.laiwuAdmin);
    const [listed] = list.data!.apiKeys.nodes;
    expect(listed.lastUsedAt).not.toBeNull();
    expect(Date.now() - Date.parse(listed.lastUsedAt!)).toBeLessThan(60_000);
  });

  it('the list shows the prefix, never the key or its hash', async () => {
    const list = await app.request(ApiKeysDocument, { status: 'ACTIVE' }, AS.laiwuAdmin);
    expect(list.data!.apiKeys).toMatchObject({ totalCount: 1, nodes: [{ id: created.apiKey.id, prefix: key.slice(0, 12), tenant: { code: '370116' } }] });
    const body = JSON.stringify(list);
    expect(body).not.toContain(key.slice(13));
    expect(body).not.toContain(createHash('sha256').update(key).digest('hex'));
  });

  it('once revoked, the key gets 401 REVOKED on /graphql and on the CSV', async () => {
    const revoked = await app.request(RevokeApiKeyDocument, { input: { id: created.apiKey.id, version: 1 } }, AS.laiwuAdmin);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeApiKey).toMatchObject({ status: 'REVOKED', statusLabel: '已吊销', allowedActions: [], revokedBy: 'county_admin:370116', version: 2 });

    const me = await app.request(MeDocument, {}, key);
    expect(me.status).toBe(401);
    expect(me.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'REVOKED' } });
    expect(me.errors![0].message).toMatch(new RegExp(`^API key ${created.apiKey.prefix} was revoked at \\d{4}-.*Ask a PROVINCE_ADMIN or COUNTY_ADMIN for a key`));

    const { response, text } = await csvWith(key);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/error_description="revoked"/);
    expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
  });

  it('a revoked key cannot be revoked again; nothing is written', async () => {
    await expectRefusedWithoutWrites(
      () => app.request(RevokeApiKeyDocument, { input: { id: created.apiKey.id, version: 2 } }, AS.laiwuAdmin),
      'INVALID_TRANSITION',
      /Cannot revoke a BI API key that is REVOKED: revoke leads to REVOKED and is allowed only from ACTIVE/,
    );
  });

  it.each([
    ['a key nobody created', () => `bpm_zzzzzzzz_${'A'.repeat(43)}`, 'INVALID', /^Unknown API key bpm_zzzzzzzz/],
    ['a known prefix with a wrong secret', () => `${created.apiKey.prefix}_${'B'.repeat(43)}`, 'INVALID', /^Unknown API key/],
    ['something shaped wrong', () => 'bpm_short', 'MALFORMED', /^Malformed API key: expected bpm_<8 letters or digits>_<43 characters>/],
  ])('when the bearer is %s: 401 with reason %s', async (_, bearer, reason, message) => {
    const me = await app.request(MeDocument, {}, bearer());
    expect(me.status).toBe(401);
    expect(me.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
    expect(me.errors![0].message).toMatch(message);
  });
});

describe('what a key reads and who may create one', () => {
  it('a tenant key sees its tenant only; a province key every tenant of its province', async () => {
    const tenantKey = (await createKey(AS.shantingAdmin, { name: '山亭区 BI', tenantCode: '370406' })).key;
    const provinceKey = (await createKey(AS.shandongAdmin, { name: '山东省 BI' })).key;
    const codes = async (bearer: string) => (await app.request(TenantsDocument, {}, bearer)).data!.tenants.nodes.map((t) => t.code).sort();
    expect(await codes(tenantKey)).toEqual(['370406']);
    expect(await codes(provinceKey)).toEqual(['370116', '370406']);
    const csv = await csvWith(provinceKey);
    expect(csv.text.trim().split('\r\n').slice(1).map((line) => line.split(',')[0])).toEqual(['370116', '370406']);
  });

  it('a province admin may create a key for one of its tenants', async () => {
    const created = await createKey(AS.shandongAdmin, { name: '莱芜区 省厅看板', tenantCode: '370116' });
    expect(created.apiKey).toMatchObject({ province: { code: '37' }, tenant: { code: '370116' }, createdBy: 'province_admin:37' });
    expect((await app.request(MeDocument, {}, created.key)).data!.me).toMatchObject({ role: 'BI_READER', tenantCode: '370116' });
  });

  it.each([
    ['a county admin asks for a province-wide key', AS.laiwuAdmin, { name: 'x' }, /county admin creates keys for its own tenant only: give tenantCode "370116"/],
    ['a county admin asks for another tenant’s key', AS.laiwuAdmin, { name: 'x', tenantCode: '370406' }, /own tenant \(370116\) only, not for 370406/],
    ['a province admin asks for another province’s tenant', AS.shandongAdmin, { name: 'x', tenantCode: '141126' }, /Tenant 141126 is not one of your province's \(37\) tenants/],
    ['an analyst asks', AS.shandongAnalyst, { name: 'x' }, /Only a PROVINCE_ADMIN or a COUNTY_ADMIN manages API keys; your role is PROVINCE_ANALYST/],
    ['a department user asks', AS.laiwuWaterUser, { name: 'x', tenantCode: '370116' }, /your role is DEPARTMENT_USER/],
    ['a BI reader asks', AS.laiwuBi, { name: 'x', tenantCode: '370116' }, /your role is BI_READER/],
  ])('when %s: FORBIDDEN, nothing written', async (_, as, input, message) => {
    await expectRefusedWithoutWrites(() => app.request(CreateApiKeyDocument, { input }, as), 'FORBIDDEN', message);
  });

  it.each([
    ['the name is blank', { name: '   ', tenantCode: '370116' }, 'name', /name: must be 1 to 100 characters and not blank/],
    ['the name is too long', { name: '长'.repeat(101), tenantCode: '370116' }, 'name', /name: must be 1 to 100 characters/],
    ['the tenant code is not a region code', { name: 'x', tenantCode: 'SW' }, 'tenantCode', /tenantCode: must be a 6 to 9 digit region code such as 370406/],
  ])('when %s: BAD_USER_INPUT naming the field, nothing written', async (_, input, field, message) => {
    await expectRefusedWithoutWrites(() => app.request(CreateApiKeyDocument, { input }, AS.laiwuAdmin), 'BAD_USER_INPUT', message, field);
  });

  it('each admin lists only the keys it manages', async () => {
    const names = async (as: TokenSpec) => (await app.request(ApiKeysDocument, { first: 100 }, as)).data!.apiKeys.nodes.map((k) => `${k.name}@${k.tenant?.code ?? k.province.code}`);
    const laiwu = await names(AS.laiwuAdmin);
    expect(laiwu).toContain('莱芜区 省厅看板@370116');
    expect(laiwu.every((entry) => entry.endsWith('@370116'))).toBe(true);
    const shandong = await names(AS.shandongAdmin);
    expect(shandong).toEqual(expect.arrayContaining(['山东省 BI@37', '山亭区 BI@370406', '莱芜区 省厅看板@370116']));
    expect(await names(AS.shilouAdmin)).toEqual([]);
    expectError(await app.request(ApiKeysDocument, {}, AS.shandongAnalyst), 'FORBIDDEN', /your role is PROVINCE_ANALYST/);
  });

  it('an admin cannot revoke a key outside its scope (NOT_FOUND), nor with a stale version (CONFLICT); nothing written', async () => {
    const { apiKey } = await createKey(AS.laiwuAdmin, { name: '待吊销', tenantCode: '370116' });
    await expectRefusedWithoutWrites(
      () => app.request(RevokeApiKeyDocument, { input: { id: apiKey.id, version: 1 } }, AS.shantingAdmin),
      'NOT_FOUND',
      new RegExp(`API key ${apiKey.id} was not found`),
    );
    await expectRefusedWithoutWrites(
      () => app.request(RevokeApiKeyDocument, { input: { id: apiKey.id, version: 7 } }, AS.laiwuAdmin),
      'CONFLICT',
      /changed by someone else/,
    );
    // The province admin manages its tenants' keys too.
    const revoked = await app.request(RevokeApiKeyDocument, { input: { id: apiKey.id, version: 1 } }, AS.shandongAdmin);
    expect(revoked.data!.revokeApiKey).toMatchObject({ status: 'REVOKED', revokedBy: 'province_admin:37' });
  });
});

describe('npm run api-key', () => {
  it('creates a key in the database and prints it once; the key works over HTTP', async () => {
    const run = spawn(process.execPath, ['--import', 'tsx', 'server/cli/api-key.ts', '--name', 'Demo BI', '--tenant', '141126'], {
      env: { PATH: process.env.PATH!, DATABASE_URL: app.ownerUrl, API_DATABASE_URL: app.apiUrl, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    run.stdout.on('data', (chunk) => (stdout += chunk));
    run.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => run.on('exit', resolve));
    expect(code, stderr).toBe(0);
    const key = stdout.trim().split('\n').at(-1)!;
    expect(key).toMatch(KEY_SHAPE);
    expect(stderr).toContain(`API key "Demo BI" (${key.slice(0, 12)}), read-only for tenant 141126`);

    expect((await app.request(MeDocument, {}, key)).data!.me).toMatchObject({ role: 'BI_READER', tenantCode: '141126' });
    const [row] = await app.sql(`select k.created_by, t.code from api_key k join tenant t on t.id = k.scope_tenant_id where k.prefix = $1`, [key.slice(0, 12)]);
    expect(row).toEqual({ created_by: 'cli:api-key', code: '141126' });
  }, 60_000);

  it('refuses a scope that is not one province or one tenant, saying what to give', async () => {
    const run = spawn(process.execPath, ['--import', 'tsx', 'server/cli/api-key.ts', '--name', 'x', '--province', '37', '--tenant', '370406'], {
      env: { PATH: process.env.PATH!, DATABASE_URL: app.ownerUrl, API_DATABASE_URL: app.apiUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    run.stderr.on('data', (chunk) => (stderr += chunk));
    expect(await new Promise((resolve) => run.on('exit', resolve))).toBe(2);
    expect(stderr).toContain('No key was created: BI_READER needs either --province <code> or --tenant <code>');
  }, 60_000);
});

describe('verified keys are cached briefly', () => {
  let cached: TestApp;
  beforeAll(async () => {
    cached = await startTestApp({ env: { API_KEY_CACHE_SECONDS: '3' } });
  });
  afterAll(() => cached?.close());

  it('a revoked key is refused once API_KEY_CACHE_SECONDS have passed since it was verified', async () => {
    const created = await cached.request(CreateApiKeyDocument, { input: { name: 'cache', tenantCode: '370116' } }, AS.laiwuAdmin);
    const { key, apiKey } = created.data!.createApiKey;
    const verifiedAt = Date.now();
    expect((await cached.request(MeDocument, {}, key)).status).toBe(200);
    await cached.request(RevokeApiKeyDocument, { input: { id: apiKey.id, version: 1 } }, AS.laiwuAdmin);
    // Still trusted from the cache: no database round trip for a key verified moments ago.
    expect((await cached.request(MeDocument, {}, key)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 3_000 - (Date.now() - verifiedAt) + 100));
    const refused = await cached.request(MeDocument, {}, key);
    expect(refused.status).toBe(401);
    expect(refused.errors![0].extensions!.reason).toBe('REVOKED');
  });
});
