import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { Connection, decodeCursor, pageSize } from '../graphql/connection.js';
import type { RequestDb } from './request-db.js';

/**
 * One forward page of a list, keyset-paged by (sortColumn, id): stable under inserts and as fast
 * on page 500 as on page 1. The count runs only if the client selects totalCount.
 */
export async function pageOf<T extends { id: string }>(
  db: RequestDb,
  entity: EntityName<T>,
  options: { where: FilterQuery<T>; sortColumn: keyof T & string; first?: number; after?: string; cap: number },
): Promise<Connection<T>> {
  const { where, sortColumn } = options;
  const size = pageSize(options.first, options.cap);
  let pageWhere = where;
  if (options.after) {
    const [value, id] = decodeCursor(options.after);
    const afterKey = { $or: [{ [sortColumn]: { $gt: value } }, { [sortColumn]: value, id: { $gt: id } }] };
    pageWhere = { $and: [where, afterKey] } as FilterQuery<T>;
  }
  const rows = await db.find(entity, pageWhere, { orderBy: { [sortColumn]: 'asc', id: 'asc' }, limit: size + 1 });
  return new Connection(
    rows,
    size,
    (row) => {
      const value: unknown = row[sortColumn];
      return [value instanceof Date ? value.toISOString() : String(value), row.id];
    },
    () => db.serial((em) => em.count(entity, where)),
  );
}

/**
 * The same keyset paging for lists sorted by a column of a joined table (e.g. project years by
 * project code). `from` names the rows' table as `r`; `sortExpression` is the SQL of the sort key.
 */
export async function pageBySql<T extends { id: string }>(
  db: RequestDb,
  entity: EntityName<T>,
  options: { from: string; conditions: string[]; params: unknown[]; sortExpression: string; first?: number; after?: string; cap: number },
): Promise<Connection<T>> {
  const size = pageSize(options.first, options.cap);
  const where = options.conditions.length > 0 ? options.conditions.join(' and ') : 'true';
  const pageConditions = [where];
  const pageParams = [...options.params];
  if (options.after) {
    const [value, id] = decodeCursor(options.after);
    pageConditions.push(`(${options.sortExpression}, r.id) > (?, ?::uuid)`);
    pageParams.push(value, id);
  }
  const sortKeys = new Map<string, string>();
  const rows = await db.serial(async (em) => {
    const raw = await em.execute(
      `select r.*, ${options.sortExpression} as sort_key from ${options.from}
        where ${pageConditions.join(' and ')} order by sort_key, r.id limit ?`,
      [...pageParams, size + 1],
      'all',
      db.loggerContext,
    );
    const toEntity = db.rowMapper(em, entity);
    return raw.map(({ sort_key, ...row }) => {
      const mapped = toEntity(row);
      sortKeys.set(mapped.id, String(sort_key));
      return mapped;
    });
  });
  return new Connection(rows, size, (row) => [sortKeys.get(row.id)!, row.id], async () => {
    const [{ count }] = await db.query<{ count: string }>(`select count(*) from ${options.from} where ${where}`, options.params);
    return Number(count);
  });
}

/** Conditions of a filtered list with their `?` values, for pageBySql. */
export function sqlConditions() {
  const conditions: string[] = [];
  const params: unknown[] = [];
  return {
    conditions,
    params,
    add(condition: string, value: unknown) {
      conditions.push(condition);
      params.push(value);
    },
  };
}
