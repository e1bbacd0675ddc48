// npm run generate: a synthetic province (合成省份) for load tests and demos, following the
// synthetic-data recipe scaled from the seed regions (server/generator/recipe.ts). Writes to the database `npm start` uses (DATABASE_URL, or the
// embedded one under DATA_DIR), migrated first, or to --database.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { prepareDatabase } from '../db/database.js';
import { GeneratorError, generateProvince, type GeneratorProgress } from '../generator/generate.js';
import { createLogger } from '../logger.js';
import { TENANTS_DIRECTORY, readTenantFiles } from '../modules/regions/tenant-registry.js';

const USAGE = `Usage: npm run generate -- [--tenants 136] [--year 2024 | --years 2020-2024] [--seed TEXT]
                          [--province 99] [--size 1] [--database URL]

  --tenants   county-level regions in the province (archetypes A/B/C/D/E by the recipe's shares)
  --year(s)   comparison year(s): 2024, or a range such as 2020-2024
  --seed      the same seed gives the same rows, ids included (default: bpm-synthetic)
  --province  two-digit code of the fictional province (default 99 示范省); never a seed region's
  --size      multiplier of each tenant's volume (0.05 for a quick look)
  --database  owner URL (a superuser); default: DATABASE_URL, or the embedded database under DATA_DIR

A second run for the same province replaces the first.`;

function parseYears(text: string): number[] {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text);
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? match?.[1]);
  if (!match || from > to || from < 2001 || to > 2099) throw new GeneratorError(`--years must be a year or a range such as 2020-2024, got "${text}"`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function number(name: string, text: string, min: number, max: number, integer: boolean): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new GeneratorError(`--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenants: { type: 'string', default: '136' },
      year: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string', default: 'bpm-synthetic' },
      province: { type: 'string', default: '99' },
      size: { type: 'string', default: '1' },
      database: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stderr.write(USAGE + '\n');
    return;
  }
  if (!/^\d{2}$/.test(values.province!)) throw new GeneratorError(`--province must be a two-digit code, got "${values.province}"`);
  const options = {
    tenants: number('tenants', values.tenants!, 1, 400, true),
    years: parseYears(values.years ?? values.year ?? '2024'),
    seed: values.seed!,
    province: { code: values.province!, name: values.province === '99' ? '示范省' : `示范省${values.province}` },
    size: number('size', values.size!, 0.01, 10, false),
  };
  const config = loadConfig();
  const logger = createLogger('warn');
  const database = await prepareDatabase({ config: { ...config, databaseUrl: values.database ?? config.databaseUrl }, logger, shareRunning: true });
  const tty = process.stderr.isTTY;
  let shown = 0;
  const show = (p: GeneratorProgress, done = false) => {
    const now = performance.now();
    if (!done && now - shown < (tty ? 200 : 10_000)) return;
    shown = now;
    const width = 30;
    const filled = Math.round((p.tenantsDone / p.tenants) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.tenantsDone}/${p.tenants} tenants  ${p.rows.toLocaleString('en')} rows  ${Math.round(p.rows / Math.max(p.seconds, 0.001)).toLocaleString('en')} rows/s`;
    process.stderr.write(tty ? `\r${line}` : `${line}\n`);
  };
  try {
    const report = await generateProvince(database.ownerUrl, options, { registry: await readTenantFiles(TENANTS_DIRECTORY), onProgress: show });
    if (tty) process.stderr.write('\n');
    process.stderr.write(
      `Province ${report.province}: ${report.tenants} tenants, ${options.years.join(', ')}, seed "${options.seed}", size ${options.size}` +
        `${report.replaced !== null ? ` (replaced an earlier run of ${report.replaced} tenants)` : ''}\n` +
        `${report.rows.toLocaleString('en')} rows in ${report.seconds.toFixed(1)} s: ${report.rowsPerSecond.toLocaleString('en')} rows/s; tables vacuumed and statistics refreshed (VACUUM ANALYZE) in ${report.analyzeSeconds.toFixed(1)} s\n` +
        `Database: ${database.description}\n`,
    );
    process.stdout.write(JSON.stringify({ ...report, rowsByTable: report.rowsByTable }) + '\n');
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof GeneratorError || error instanceof ConfigError;
  process.stderr.write(`\nThe province was not generated: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!known && error instanceof Error && process.env.LOG_LEVEL === 'debug') process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
