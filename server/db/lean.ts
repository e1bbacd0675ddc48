// Read-only requests read entities "lean": plain instances of the entity class (its getters and
// GraphQL fields work), built from MikroORM's own column-to-property mapping, without registering
// them in the unit of work. Hydration and the change-tracking snapshot of every managed entity were
// most of the CPU of a large nested answer (a county's departments → projects → goals →
// indicators: ~1,000 entities), and a read-only transaction flushes nothing, so tracking buys
// nothing there. Writing requests keep managed entities: their services change and flush them.
import type { EntityMetadata, EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

const safeEntities = new WeakMap<EntityMetadata, boolean>();

/** Types whose JavaScript value is what pg returns (numeric stays a decimal string: exact yuan). */
const AS_RETURNED = new Set(['DecimalType']);

/**
 * Whether a row maps to the entity by columns alone: scalar properties without array or custom
 * types (an enum array, for one, would stay PostgreSQL's '{A,B}' text). Others are read managed.
 */
function mapsByColumns(meta: EntityMetadata): boolean {
  let safe = safeEntities.get(meta);
  if (safe === undefined) {
    safe = meta.props.every((prop) => prop.kind === 'scalar' && !prop.array && !prop.embedded && (!prop.customType || AS_RETURNED.has(prop.customType.constructor.name)));
    safeEntities.set(meta, safe);
  }
  return safe;
}

/** A raw row (column names) as a lean instance of `entity`, or null when the entity must be read managed. */
export function leanMapper<T extends object>(em: EntityManager, entity: EntityName<T>): ((row: Record<string, unknown>) => T) | null {
  const meta = em.getMetadata().get<T>(entity as never);
  if (!mapsByColumns(meta)) return null;
  const names = meta.props.map((prop) => prop.name);
  const prototype = meta.class.prototype as object;
  const driver = em.getDriver();
  return (row) => {
    const mapped = driver.mapResult(row as never, meta) as Record<string, unknown>;
    const instance = Object.create(prototype) as T;
    // Own data properties: assigning would run the setters MikroORM puts on the prototype for change
    // tracking. Only the entity's properties: a row may carry columns the entity does not map.
    for (const name of names) {
      if (name in mapped) Object.defineProperty(instance, name, { value: mapped[name], writable: true, enumerable: true, configurable: true });
    }
    return instance;
  };
}

/** em.find as lean instances: one SELECT through the query builder, in the request's transaction. */
export async function findLean<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: Record<string, 'asc' | 'desc'>; limit?: number; loggerContext: object },
): Promise<T[] | null> {
  const toLean = leanMapper(em, entity);
  if (!toLean) return null;
  const qb = em.createQueryBuilder(entity as never).select('*').where(where as never);
  if (options.orderBy) qb.orderBy(options.orderBy as never);
  if (options.limit !== undefined) qb.limit(options.limit);
  qb.setLoggerContext(options.loggerContext as never);
  const rows = await qb.execute<Record<string, unknown>[]>('all', false);
  return rows.map(toLean);
}
