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
  const rows = await db.serial((em) =>
    em.find(entity, pageWhere, { orderBy: { [sortColumn]: 'asc', id: 'asc' } as never, limit: size + 1 }),
  );
  return new Connection(
    rows,
    size,
    (row) => [String(row[sortColumn]), row.id],
    () => db.serial((em) => em.count(entity, where)),
  );
}
