import { readFileSync } from 'node:fs';
import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/** A migration whose body is one SQL file beside this one, so policies read as plain SQL. */
function sqlMigration(name: string): MigrationObject {
  const sql = readFileSync(new URL(`./${name}.sql`, import.meta.url), 'utf8');
  class SqlFileMigration extends Migration {
    async up(): Promise<void> {
      this.addSql(sql);
    }
  }
  return { name, class: SqlFileMigration };
}

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: MigrationObject[] = [
  '0001-foundation',
  '0002-chain-foundation',
  '0003-assessment-and-goals',
  '0004-monitoring',
  '0005-self-evaluation',
  '0006-key-evaluation-problems-results',
  '0007-appraisal-and-disclosure',
  '0008-problem-sources',
  '0009-metrics',
  '0010-metric-rollups',
  '0011-api-keys',
  '0012-drop-redundant-indexes',
  '0013-metric-change-triggers',
  '0014-metric-live-rows',
  '0015-project-year-code-order',
].map(sqlMigration);
