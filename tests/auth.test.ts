import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SignJWT, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument, TenantsDocument } from '../schema/generated/graphql.js';
import { AS, startTestApp, type TestApp } from './helpers/test-app.js';

const run = promisify(execFile);
type ErrorBody = { errors: { message: string; extensions: Record<string, unknown> }[] };
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function tokenCli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/cli/token.ts', ...args], {
      env: { PATH: process.env.PATH!, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('authentication', () => {
  it.each([
    ['no Authorization header', null, 'MISSING', /Missing token/],
    ['a header that is not Bearer', 'Basic abc', 'MALFORMED', /Malformed Authorization header/],
    ['a token signed with another secret', 'other-secret', 'INVALID', /Invalid token: signature verification failed/],
    ['an expired token', 'expired', 'EXPIRED', /Token expired at 20/],
    ['garbage', 'not.a.jwt', 'INVALID', /Invalid token/],
  ])('when the request has %s, it gets a 401 saying which', async (_what, kind, reason, message) => {
    let header: string | undefined;
    const claims = { role: 'COUNTY_ADMIN', tenant: '370406' };
    if (kind === 'other-secret') {
      const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('bpm-graphql').setAudience('bpm-graphql').setExpirationTime('1h').sign(new TextEncoder().encode('not-the-secret'));
      header = `Bearer ${forged}`;
    } else if (kind === 'expired') {
      header = `Bearer ${await app.token({ ...AS.shantingAdmin, ttlSeconds: -60 })}`;
    } else if (kind === 'not.a.jwt') {
      header = 'Bearer not.a.jwt';
    } else if (kind) {
      header = kind;
    }
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header ? { authorization: header } : {}) },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = (await response.json()) as ErrorBody;
    expect(body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
    expect(body.errors[0].message).toMatch(message);
  });

  it('a token the server has accepted (and remembers) is refused once it expires', async () => {
    const token = await app.token({ ...AS.shantingAdmin, ttlSeconds: 2 });
    const ask = () =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { role } }' }),
      });
    const accepted = await ask();
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { data: { me: { role: string } } }).data.me.role).toBe('COUNTY_ADMIN');
    const { exp } = decodeJwt(token);
    await new Promise((resolve) => setTimeout(resolve, exp! * 1000 - Date.now() + 50));
    const refused = await ask();
    expect(refused.status).toBe(401);
    const body = (await refused.json()) as ErrorBody;
    expect(body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'EXPIRED' });
    expect(body.errors[0].message).toMatch(/Token expired at 20/);
  });

  it('a token for an unregistered tenant is refused with FORBIDDEN', async () => {
    const result = await app.request(TenantsDocument, {}, { role: 'COUNTY_ADMIN', tenant: '999999' });
    expect(result.status).toBe(403);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('tenant 999999 is not registered') });
  });

  it('a token whose claims do not fit its role is refused', async () => {
    const bad = await new SignJWT({ role: 'COUNTY_ADMIN', province: '37' })
      .setProtectedHeader({ alg: 'HS256' }).setIssuer('bpm-graphql').setAudience('bpm-graphql').setExpirationTime('1h')
      .sign(new TextEncoder().encode(app.config.jwtSecret!));
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bad}` },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as ErrorBody).errors[0].message).toMatch(/COUNTY_ADMIN needs --tenant/);
  });

  it('me describes the caller', async () => {
    const result = await app.request(MeDocument, {}, AS.laiwuWaterUser);
    expect(result.data!.me).toMatchObject({
      role: 'DEPARTMENT_USER',
      roleLabel: '预算部门用户',
      tenantCode: '370116',
      departmentCode: 'SW',
      tenant: { name: '莱芜区' },
      department: { name: '水务局' },
    });
  });
});

describe('npm run token', () => {
  it('prints a token alone on its last line that the server accepts', async () => {
    const { code, stdout } = await tokenCli(['--role', 'COUNTY_ADMIN', '--tenant', '370406', '--ttl', '5m'], {
      JWT_SECRET: app.config.jwtSecret!,
    });
    expect(code).toBe(0);
    const token = stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const result = await app.request(MeDocument, {}, token);
    expect(result.data!.me).toMatchObject({ role: 'COUNTY_ADMIN', tenantCode: '370406' });
  });

  it.each([
    [['--role', 'KING'], /role must be one of/],
    [['--role', 'COUNTY_ADMIN'], /COUNTY_ADMIN needs --tenant/],
    [['--role', 'DEPARTMENT_USER', '--tenant', '370116'], /needs --tenant <code> and --department/],
    [['--role', 'PROVINCE_ANALYST', '--province', '3'], /two-digit code/],
    [['--role', 'BI_READER', '--province', '37', '--tenant', '370406'], /either --province <code> or --tenant/],
    [['--role', 'COUNTY_ADMIN', '--tenant', '370406', '--ttl', 'forever'], /--ttl must be a positive duration/],
  ])('when called with %j, it explains the mistake and exits 2', async (args, message) => {
    const { code, stderr } = await tokenCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('refuses to run in production without JWT_SECRET', async () => {
    const { code, stdout, stderr } = await tokenCli(['--role', 'COUNTY_ADMIN', '--tenant', '370406'], { NODE_ENV: 'production' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/JWT_SECRET is not set/);
  });
});
