import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { RequestDb } from './request-db.js';

/**
 * Loads rows by one column in a single statement per batch and returns them in key order
 * (null where none is visible: RLS may hide it).
 */
export function rowLoader<T extends object>(
  db: RequestDb,
  entity: EntityName<T>,
  column: keyof T & string,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await db.findByKeys(entity, column, keys);
    const byKey = new Map(rows.map((row) => [String(row[column]), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Loads the rows that belong to each parent key in one statement per batch, in key order. */
export function groupLoader<T extends object>(
  load: (keys: string[]) => Promise<T[]>,
  parentKey: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(parentKey(row))?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}
