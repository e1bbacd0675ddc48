import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signToken } from '../server/auth/tokens.js';
import { DEVELOPMENT_JWT_SECRET } from '../server/config.js';
import { npmStartArguments } from '../server/cli/npm-start.js';

/**
 * What `npm start` does for a new user: embedded PostgreSQL under DATA_DIR, migrations, the
 * seed regions, the banner, a clean Ctrl-C, and the data still there on the next start.
 */
const dataDir = path.resolve('.data', `test-start-${process.pid}`);
let server: ChildProcess | undefined;

async function start(): Promise<{ url: string; output: () => string }> {
  // DATABASE_URL is cleared on purpose: this is the laptop path with no database installed.
  server = spawn(process.execPath, npmStartArguments(), {
    env: { PATH: process.env.PATH!, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    server!.stdout!.on('data', () => {
      const match = /serving at (http:\/\/\S+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server!.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { url, output: () => output };
}

async function stop(): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => server!.once('exit', resolve));
  server!.kill('SIGINT');
  return exited;
}

async function graphql(url: string, query: string): Promise<{ data: any }> {
  const token = await signToken({ subject: 't', role: 'COUNTY_ADMIN', tenant: '370116' }, { secret: DEVELOPMENT_JWT_SECRET, ttlSeconds: 60 });
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data: any };
}

afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start on a machine with no database', () => {
  it('serves the seed regions, stops cleanly on Ctrl-C and keeps its data for the next start', async () => {
    const first = await start();
    expect(first.output()).toContain('npm run token -- --role COUNTY_ADMIN --tenant 370406');
    const before = await graphql(first.url, '{ tenant(code: "370116") { name departments { code } } }');
    expect(before.data.tenant.name).toBe('莱芜区');
    expect(before.data.tenant.departments.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(['SCJG', 'SW', 'TJ', 'CL']));
    const created = await graphql(first.url, 'mutation { createDepartment(input: {code: "NEW", name: "新设部门"}) { code } }');
    expect(created.data.createDepartment.code).toBe('NEW');

    expect(await stop()).toBe(0);
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    expect(existsSync(pidFile) ? await readFile(pidFile, 'utf8') : 'stopped').toBe('stopped');

    const second = await start();
    const after = await graphql(second.url, '{ departments(first: 100) { totalCount nodes { code } } }');
    expect(after.data.departments.nodes.map((d: { code: string }) => d.code)).toContain('NEW');
    expect(after.data.departments.totalCount).toBe(before.data.tenant.departments.length + 1);
    expect(await stop()).toBe(0);
  }, 120_000);
});
