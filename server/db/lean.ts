// Read-only requests read entities "lean": plain instances of the entity class (its getters and
// GraphQL fields work), built from MikroORM's own column-to-property mapping, without registering
// them in the unit of work. Hydration and the change-tracking snapshot of every managed entity were
// most of the CPU of a large nested answer (a county's departments → projects → goals →
// indicators: ~1,000 entities), and a read-only transaction flushes nothing, so tracking buys
// nothing there. Writing requests keep managed entities: their services change and flush them.
import type { EntityMetadata, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

const safeEntities = new WeakMap<EntityMetadata, boolean>();
const leanPrototypes = new WeakMap<EntityMetadata, object>();

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
  // MikroORM puts a change-tracking setter for each property on the entity's prototype. A prototype in
  // between with plain writable data properties shadows those setters, so assigning to an instance
  // makes an ordinary own property (fast, same shape for every row) and the instance is still an
  // instance of the entity class for its getters and GraphQL fields.
  // One per entity, so every lean instance of it shares one hidden class.
  let prototype = leanPrototypes.get(meta);
  if (!prototype) {
    prototype = Object.create(meta.class.prototype as object, Object.fromEntries(names.map((name) => [name, { value: undefined, writable: true, configurable: true }]))) as object;
    leanPrototypes.set(meta, prototype);
  }
  const driver = em.getDriver();
  return (row) => {
    const mapped = driver.mapResult(row as never, meta) as Record<string, unknown>;
    const instance = Object.create(prototype!) as Record<string, unknown>;
    // Only the entity's properties: a row may carry columns the entity does not map.
    for (const name of names) instance[name] = mapped[name];
    return instance as T;
  };
}

const columnLists = new WeakMap<EntityMetadata, Map<string, string>>();

/**
 * The entity's columns as a select list (`alias."column", …`), not `*`: a column added to the table
 * later must not change what a prepared statement returns (statements.ts), and columns the entity
 * does not map are not decoded.
 */
export function entityColumns(meta: EntityMetadata, alias?: string): string {
  let lists = columnLists.get(meta);
  if (!lists) {
    lists = new Map();
    columnLists.set(meta, lists);
  }
  const key = alias ?? '';
  let list = lists.get(key);
  if (list === undefined) {
    const prefix = alias ? `${alias}.` : '';
    list = meta.props
      .filter((prop) => prop.persist !== false)
      .flatMap((prop) => prop.fieldNames)
      .map((column) => `${prefix}"${column}"`)
      .join(', ');
    lists.set(key, list);
  }
  return list;
}
