// 指标预汇总: the background refresher of the metric rollups. It finds the tenants whose stored
// rollup is missing or stale (metric_version moved on, the family SQL changed, or the China date
// did) and recomputes them one tenant per transaction, in a REPEATABLE READ snapshot, as the API
// role with that tenant's county-admin scope, with the family SQL itself: the live rows a
// comparison computes for a stale tenant (liveRowsStatement). Comparisons never wait for it: a
// stale tenant is computed live (metric.statement.ts), so the refresher only decides how fast
// they are, never what they say.
//
// A county admin sees every row of its tenant that a province or BI token sees, except the
// province's draft appraisal schemes and their items; the families count self-assessments, which
// a county can only submit on a published scheme, so the rows counted are the same.
import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { CHINA_TODAY } from './metric.sql.js';
import { ALL_FAMILIES, METRIC_PLANNER_SETTINGS, ROLLUP_DEFINITION, liveRowsStatement, rollupCurrent } from './metric.statement.js';

/** Who the refresher acts as; the rollup tables' policies let only this subject write them. */
export const ROLLUP_SUBJECT = 'system:metric-rollup';

/** Longest wait between passes after failures (the wait doubles from the interval per failed pass). */
const MAX_BACKOFF_MS = 60_000;

export interface RollupPass {
  /** Tenants whose rollup was stored. */
  refreshed: number;
  /** Tenants that failed (logged; retried by a later pass). */
  failed: number;
  ms: number;
}

export interface MetricRollupRefresher {
  /** One pass now (after any pass under way): every tenant whose rollup is missing or stale. */
  refreshNow(): Promise<RollupPass>;
  /** Runs a pass every intervalMs (0: never). */
  start(): void;
  /** Stops after the tenant being refreshed, and waits for it. */
  stop(): Promise<void>;
}

interface StaleTenant {
  id: string;
  code: string;
}

/** The tenants of every province whose rollup is missing or stale, read under each province's scope. */
async function findStaleTenants(em: EntityManager): Promise<StaleTenant[]> {
  const provinces = await em.execute<{ code: string }[]>('select code from province order by code');
  const stale: StaleTenant[] = [];
  for (const { code } of provinces) {
    await em.begin({ readOnly: true });
    try {
      await em.execute(`select * from app.begin_request('PROVINCE_ANALYST', ?, null, null, ?, ?, 'findStaleMetricRollups')`, [code, ROLLUP_SUBJECT, crypto.randomUUID()]);
      stale.push(
        ...(await em.execute<StaleTenant[]>(
          `select t.id, t.code
             from tenant t
             left join metric_rollup_state s on s.tenant_id = t.id
             left join metric_version v on v.tenant_id = t.id
            where ${rollupCurrent('s', 'v')} is not true
            order by t.code`,
          [ROLLUP_DEFINITION],
        )),
      );
      await em.commit();
    } catch (error) {
      await em.rollback().catch(() => undefined);
      throw error;
    }
  }
  return stale;
}

/**
 * Recomputes one tenant's rollup for the comparison years from a year before its first project
 * year to a year after its last (this year included). Returns false when another server process
 * is refreshing the same tenant.
 */
async function refreshTenant(em: EntityManager, tenant: StaleTenant): Promise<boolean> {
  await em.begin({ isolationLevel: IsolationLevel.REPEATABLE_READ });
  try {
    const [lock] = await em.execute<{ locked: boolean }[]>(`select pg_try_advisory_xact_lock(hashtext('bpm-metric-rollup'), hashtext(?)) as locked`, [tenant.id]);
    if (!lock.locked) {
      await em.rollback();
      return false;
    }
    await em.execute(`select * from app.begin_request('COUNTY_ADMIN', null, ?, null, ?, ?, 'refreshMetricRollup')`, [tenant.code, ROLLUP_SUBJECT, crypto.randomUUID()]);
    await em.execute(`select ${METRIC_PLANNER_SETTINGS.map((name) => `set_config('${name}', 'off', true)`).join(', ')}`);
    const [years] = await em.execute<{ from_r: number; to_r: number }[]>(
      `select least(min(fiscal_year), extract(year from ${CHINA_TODAY})::int) - 1 as from_r,
              greatest(max(fiscal_year), extract(year from ${CHINA_TODAY})::int) + 1 as to_r
         from project_year where tenant_id = ?`,
      [tenant.id],
    );
    await em.execute('delete from metric_rollup where tenant_id = ?', [tenant.id]);
    const live = liveRowsStatement(ALL_FAMILIES, years.from_r, years.to_r);
    await em.execute(`insert into metric_rollup (tenant_id, family, r, data) select * from app.metric_live_rows(?, array[?::uuid], ?::jsonb)`, [
      live.sql,
      tenant.id,
      JSON.stringify(live.values),
    ]);
    // Last: the version this snapshot saw, locked until commit (fails if it moved meanwhile).
    await em.execute(
      `insert into metric_rollup_state (tenant_id, source_version, definition, as_of, from_r, to_r, refreshed_at)
       values (?, app.lock_metric_version(?), ?, ${CHINA_TODAY}, ?, ?, clock_timestamp())
       on conflict (tenant_id) do update
         set source_version = excluded.source_version, definition = excluded.definition, as_of = excluded.as_of,
             from_r = excluded.from_r, to_r = excluded.to_r, refreshed_at = excluded.refreshed_at`,
      [tenant.id, tenant.id, ROLLUP_DEFINITION, years.from_r, years.to_r],
    );
    await em.commit();
    return true;
  } catch (error) {
    await em.rollback().catch(() => undefined);
    throw error;
  }
}

export function createMetricRollupRefresher(options: { orm: MikroORM; logger: Logger; intervalMs: number }): MetricRollupRefresher {
  const { orm, logger, intervalMs } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let tail: Promise<unknown> = Promise.resolve();
  let failedPasses = 0;

  const pass = async (): Promise<RollupPass> => {
    const started = performance.now();
    const em = orm.em.fork({ clear: true, useContext: false });
    const stale = await findStaleTenants(em);
    let refreshed = 0;
    let failed = 0;
    for (const tenant of stale) {
      if (stopped) break;
      try {
        if (await refreshTenant(em, tenant)) refreshed++;
      } catch (error) {
        failed++;
        logger.warn({ err: error, tenant: tenant.code }, `metric rollup of tenant ${tenant.code} not refreshed: comparisons compute it live until a later pass succeeds`);
      }
    }
    const ms = Math.round(performance.now() - started);
    if (refreshed > 0 || failed > 0) logger.info({ refreshed, failed, ms }, `metric rollups refreshed: ${refreshed} tenants in ${ms} ms${failed ? `, ${failed} failed` : ''}`);
    return { refreshed, failed, ms };
  };

  const refreshNow = (): Promise<RollupPass> => {
    const result = tail.then(pass);
    tail = result.catch(() => undefined);
    return result;
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(async () => {
      try {
        const result = await refreshNow();
        failedPasses = result.failed > 0 ? failedPasses + 1 : 0;
      } catch (error) {
        failedPasses++;
        logger.warn({ err: error }, 'metric rollup refresh pass failed (is the database reachable?): comparisons compute live meanwhile; retrying');
      }
      schedule(Math.min(intervalMs * 2 ** failedPasses, MAX_BACKOFF_MS));
    }, delay);
    // The refresher alone never keeps the process alive.
    timer.unref();
  };

  return {
    refreshNow,
    start() {
      if (intervalMs > 0) schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await tail;
    },
  };
}
