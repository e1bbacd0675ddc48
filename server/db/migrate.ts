import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { MIGRATIONS } from './migrations/index.js';
import { withClient } from './roles.js';

/** Any constant; keeps two processes that start together from migrating at the same time. */
const MIGRATION_LOCK = 4_207_406;

/** Applies pending migrations as the owner. Returns the names applied. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  return withClient(ownerUrl, async (lock) => {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const orm = await MikroORM.init({
      clientUrl: ownerUrl,
      entities: [],
      discovery: { warnWhenNoEntities: false },
      extensions: [Migrator],
      migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
      pool: { min: 0, max: 1 },
    });
    try {
      const applied = await orm.getMigrator().up();
      return applied.map((m) => m.name);
    } finally {
      await orm.close(true);
      await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}
