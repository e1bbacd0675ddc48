import { readFileSync } from 'node:fs';

/**
 * The arguments `npm start` gives node (package.json's start script, e.g. the heap limit and the
 * TypeScript loader), so the soak run, the benchmark and the tests start the server exactly as a
 * user does: spawn(process.execPath, npmStartArguments()).
 */
export function npmStartArguments(): string[] {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = packageJson.scripts.start.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`package.json's start script must run node directly (it is "${packageJson.scripts.start}")`);
  return args;
}
