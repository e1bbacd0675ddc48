import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { Connection, decodeCursor, pageSize, selects, selectsOnNodes } from '../graphql/connection.js';
import { entityColumns, splitRow } from './lean.js';
import type { RequestDb, RunStatement } from './request-db.js';

/** Off while an index-sorted page is read (see pageBySql). */
export const INDEX_WALK_PLANNER_SETTINGS = ['enable_sort'] as const;

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

/** A row of another table that each row of a list names, e.g. a project year's project (see pageBySql). */
export interface RelatedRow {
  /** The field of the list's rows that shows it. */
  field: string;
  entity: EntityName<object>;
  /** The table's alias, in `from` or in `join`. */
  alias: string;
  /** The join that adds the table when `from` lacks it: an outer join, so the page keeps its rows. */
  join?: string;
  /** The request's loader of that entity by id, which the row is handed to. */
  loader: DataLoader<string, unknown>;
}

/**
 * The same keyset paging for lists sorted by a column of a joined table (e.g. project years by
 * project code). `from` names the rows' table as `r`; `sortExpression` is the SQL of the sort key.
 * `countFrom`, when given, is a cheaper `from` for the count that gives the same number (the rows'
 * table alone, when no condition names a joined table and row-level security hides a joined row
 * exactly when it hides the row).
 *
 * Row-level security leaves the planner guessing a row or two per scope, and on that guess sorting
 * a whole county's rows looks free. For a caller who sees one tenant, the list therefore names that
 * tenant (an equality the planner estimates properly), and where `sortIndex` says the sort key
 * leads an index after tenant_id, the page runs with sorting off so that the planner walks the
 * index and stops after one page: ~2 ms instead of ~25 ms on a county of 5,000 project years.
 *
 * When the client asked for totalCount (`info`: the list field being resolved), the count rides in
 * the page's statement as a scalar subquery, which PostgreSQL runs once: one round trip fewer. An
 * empty page carries no row to hold it, so its count is asked for separately.
 *
 * In the same way, the `related` rows whose field the client selected are read in the page's
 * statement and primed into their loaders, instead of one more statement each (W1, the county list,
 * shows each project year's project and department).
 */
export async function pageBySql<T extends { id: string }>(
  db: RequestDb,
  entity: EntityName<T>,
  options: {
    from: string;
    countFrom?: string;
    conditions: string[];
    params: unknown[];
    sortExpression: string;
    sortIndex?: boolean;
    first?: number;
    after?: string;
    cap: number;
    info: GraphQLResolveInfo;
    related?: RelatedRow[];
  },
): Promise<Connection<T>> {
  const size = pageSize(options.first, options.cap);
  const conditions = db.singleTenant ? ['r.tenant_id = (select (app.tenant_ids())[1])', ...options.conditions] : options.conditions;
  const where = conditions.length > 0 ? conditions.join(' and ') : 'true';
  const pageConditions = [where];
  const pageParams = [...options.params];
  if (options.after) {
    const [value, id] = decodeCursor(options.after);
    pageConditions.push(`(${options.sortExpression}, r.id) > (?, ?::uuid)`);
    pageParams.push(value, id);
  }
  const countSql = `select count(*) from ${options.countFrom ?? options.from} where ${where}`;
  const withCount = selects(options.info, 'totalCount');
  let counted: number | undefined;
  const sortKeys = new Map<string, string>();
  const related = (options.related ?? []).filter((relation) => selectsOnNodes(options.info, relation.field));
  const from = [options.from, ...related.flatMap((relation) => (relation.join ? [relation.join] : []))].join(' ');
  const readPage = async (em: EntityManager, run: RunStatement) => {
    const metadata = em.getMetadata();
    const meta = metadata.get(entity as never);
    const relatedColumns = related.map((relation) => `, ${entityColumns(metadata.get(relation.entity as never), relation.alias, `${relation.alias}__`)}`).join('');
    const raw = await run<Record<string, unknown>>(
      `select ${entityColumns(meta, 'r')}, ${options.sortExpression} as sort_key${withCount ? `, (${countSql}) as total_count` : ''}${relatedColumns}
         from ${from}
        where ${pageConditions.join(' and ')} order by sort_key, r.id limit ?`,
      [...(withCount ? options.params : []), ...pageParams, size + 1],
    );
    if (withCount && raw.length > 0) counted = Number(raw[0].total_count);
    const toEntity = db.rowMapper(em, entity);
    const primers = related.map((relation) => ({ relation, meta: metadata.get(relation.entity as never), toEntity: db.rowMapper(em, relation.entity) }));
    return raw.map((columns) => {
      for (const { relation, meta: relatedMeta, toEntity: toRelated } of primers) {
        const part = splitRow(relatedMeta, `${relation.alias}__`, columns);
        if (part) {
          const loaded = toRelated(part) as { id: string };
          relation.loader.prime(String(loaded.id), loaded);
        }
      }
      const mapped = toEntity(columns);
      sortKeys.set(mapped.id, String(columns.sort_key));
      return mapped;
    });
  };
  const rows = await (options.sortIndex && db.singleTenant ? db.withPlannerOff(INDEX_WALK_PLANNER_SETTINGS, readPage) : db.serial(readPage));
  return new Connection(rows, size, (row) => [sortKeys.get(row.id)!, row.id], async () => {
    if (counted !== undefined) return counted;
    const [{ count }] = await db.query<{ count: string }>(countSql, options.params);
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
