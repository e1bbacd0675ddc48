// Read-only requests read entities "lean": plain instances of the entity class (its getters and
// GraphQL fields work), built from MikroORM's own column-to-property mapping, without registering
// them in the unit of work. Hydration and the change-tracking snapshot of every managed entity were
// most of the CPU of a large nested answer (a county's departments → projects → goals →
// indicators: ~1,000 entities), and a read-only transaction flushes nothing, so tracking buys
// nothing there. Writing requests keep managed entities: their services change and flush them.
import type { EntityMetadata, EntityName, IDatabaseDriver } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

const safeEntities = new WeakMap<EntityMetadata, boolean>();
const leanMappers = new WeakMap<EntityMetadata, (row: Record<string, unknown>) => object>();

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
  let mapper = leanMappers.get(meta);
  if (!mapper) {
    mapper = compileLeanMapper(meta, em.getDriver());
    leanMappers.set(meta, mapper);
  }
  return mapper as (row: Record<string, unknown>) => T;
}

function compileLeanMapper(meta: EntityMetadata, driver: IDatabaseDriver): (row: Record<string, unknown>) => object {
  const props = meta.props.filter((prop) => prop.persist !== false);
  const names = meta.props.map((prop) => prop.name);
  const columns = props.map((prop) => prop.fieldNames[0]);
  const booleans = props.map((prop) => prop.runtimeType === 'boolean');
  const dates = props.map((prop) => prop.runtimeType === 'Date');
  // MikroORM puts a change-tracking setter for each property on the entity's prototype. A prototype in
  // between with plain writable data properties shadows those setters, so assigning to an instance
  // makes an ordinary own property (fast, same shape for every row) and the instance is still an
  // instance of the entity class for its getters and GraphQL fields.
  // One per entity, so every lean instance of it shares one hidden class.
  const prototype = Object.create(meta.class.prototype as object, Object.fromEntries(names.map((name) => [name, { value: undefined, writable: true, configurable: true }]))) as object;
  const viaMikroOrm = (row: Record<string, unknown>) => {
    const mapped = driver.mapResult(row as never, meta) as Record<string, unknown>;
    const instance = Object.create(prototype) as Record<string, unknown>;
    for (const name of names) instance[name] = mapped[name];
    return instance;
  };
  const platform = driver.getPlatform();
  // The column-to-property copy MikroORM's result mapper makes (booleans as booleans, timestamps as
  // Dates), without its intermediate object per row. Only the entity's properties are copied: a row
  // may carry columns the entity does not map. A timestamp arrives as text with its offset and is
  // parsed as MikroORM parses it; text without an offset (a date, a timestamp without time zone) is
  // left to MikroORM's mapper, which applies the configured time zone.
  return (row) => {
    const instance = Object.create(prototype) as Record<string, unknown>;
    for (let i = 0; i < props.length; i++) {
      const value = row[columns[i]];
      if (value == null) {
        instance[props[i].name] = value;
      } else if (dates[i]) {
        if (value instanceof Date) instance[props[i].name] = value;
        else if (typeof value === 'string' && hasOffset(value)) instance[props[i].name] = platform.parseDate(value);
        else return viaMikroOrm(row);
      } else {
        instance[props[i].name] = booleans[i] ? !!value : value;
      }
    }
    return instance;
  };
}

/** Whether a timestamp's text names its offset ("2024-03-01 08:00:00+08", "…Z"), as MikroORM tests it. */
function hasOffset(text: string): boolean {
  return text.endsWith('Z') || text.includes('+') || text.lastIndexOf('-') > 10;
}

const columnLists = new WeakMap<EntityMetadata, Map<string, string>>();

/**
 * The entity's columns as a select list (`alias."column", …`), not `*`: a column added to the table
 * later must not change what a prepared statement returns (statements.ts), and columns the entity
 * does not map are not decoded. With `prefix`, each column is renamed `"<prefix><column>"`, so that
 * another table's columns can share a row with it (see splitRow).
 */
export function entityColumns(meta: EntityMetadata, alias?: string, prefix?: string): string {
  let lists = columnLists.get(meta);
  if (!lists) {
    lists = new Map();
    columnLists.set(meta, lists);
  }
  const key = `${alias ?? ''}:${prefix ?? ''}`;
  let list = lists.get(key);
  if (list === undefined) {
    const qualifier = alias ? `${alias}.` : '';
    list = columnNames(meta)
      .map((column) => `${qualifier}"${column}"${prefix ? ` as "${prefix}${column}"` : ''}`)
      .join(', ');
    lists.set(key, list);
  }
  return list;
}

/**
 * The columns `entityColumns(meta, alias, prefix)` selected, taken out of `row` without their prefix;
 * null when the entity's row was absent (an outer join found none, or row-level security hid it).
 */
export function splitRow(meta: EntityMetadata, prefix: string, row: Record<string, unknown>): Record<string, unknown> | null {
  const columns = columnNames(meta);
  const prefixed = prefixedColumnNames(meta, prefix);
  const part: Record<string, unknown> = {};
  let present = false;
  for (let i = 0; i < columns.length; i++) {
    const value = row[prefixed[i]];
    if (value != null) present = true;
    part[columns[i]] = value;
  }
  return present ? part : null;
}

const prefixedLists = new WeakMap<EntityMetadata, Map<string, string[]>>();

function prefixedColumnNames(meta: EntityMetadata, prefix: string): string[] {
  let lists = prefixedLists.get(meta);
  if (!lists) {
    lists = new Map();
    prefixedLists.set(meta, lists);
  }
  let names = lists.get(prefix);
  if (!names) {
    names = columnNames(meta).map((column) => prefix + column);
    lists.set(prefix, names);
  }
  return names;
}

const columnNameLists = new WeakMap<EntityMetadata, string[]>();

function columnNames(meta: EntityMetadata): string[] {
  let names = columnNameLists.get(meta);
  if (!names) {
    names = meta.props.filter((prop) => prop.persist !== false).flatMap((prop) => prop.fieldNames);
    columnNameLists.set(meta, names);
  }
  return names;
}
