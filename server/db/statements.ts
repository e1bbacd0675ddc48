// The request's statements go to its transaction's pg connection directly, with bind parameters,
// as named (prepared) statements. Through MikroORM's em.execute each one was built by knex, had
// its values written into its text and was planned afresh by PostgreSQL: on a county's list of 20
// project years that was half of the server's CPU per request and a third of the database's.
// A prepared statement is parsed once per connection; after five runs PostgreSQL may keep a generic
// plan. Row-level security stays exact: the policies read the scope through (select app.…())
// InitPlans, evaluated at every execution, and a plan made for another role is never reused.

/** One statement as pg takes it: `$n` placeholders, and a name when it is prepared. */
export interface PreparedText {
  text: string;
  name?: string;
}

/**
 * Distinct statement texts that are prepared. Texts vary with a list's filters and a comparison's
 * metrics, so they are bounded: each connection keeps a plan per name, and beyond this many a
 * statement runs unnamed (planned each time, as before).
 */
export const MAX_PREPARED = 300;

/** SQLSTATE 0A000 with this text: a prepared statement's result columns changed since it was prepared. */
const RESULT_CHANGED = /cached plan must not change result type/;

/**
 * The texts seen so far, keyed by the `?`-placeholder SQL the code writes; one per server, whose
 * pool's connections share the names. With `named: false` (PREPARED_STATEMENTS=false, for a
 * connection pooler that cannot keep prepared statements) statements go out unnamed.
 */
export class StatementCatalog {
  /** The named texts (at most MAX_PREPARED), with their placeholder counts. */
  private readonly known = new Map<string, { prepared: PreparedText; placeholders: number }>();
  private generation = 0;

  constructor(private readonly options: { named: boolean }) {}

  /** `sql` with `?` placeholders (as everywhere in this code base) in pg's form. */
  prepare(sql: string, paramCount: number): PreparedText {
    let entry = this.known.get(sql);
    if (!entry) {
      let placeholders = 0;
      const text = sql.replace(/\?/g, () => `$${++placeholders}`);
      const named = this.options.named && this.known.size < MAX_PREPARED;
      entry = { prepared: { text, name: named ? `bpm_${this.generation}_${this.known.size}` : undefined }, placeholders };
      // Unnamed texts are not kept: texts beyond the bound would otherwise pile up in memory.
      if (named) this.known.set(sql, entry);
    }
    if (entry.placeholders !== paramCount) {
      throw new Error(`A statement has ${entry.placeholders} placeholders but ${paramCount} values: ${sql.slice(0, 200)}`);
    }
    return entry.prepared;
  }

  /**
   * A column was added or dropped while this process ran (another instance migrated the schema):
   * the statements prepared before can no longer run. New names make every connection prepare
   * them again; the request that met the change fails once.
   */
  noteFailure(error: unknown): void {
    if ((error as { code?: string }).code === '0A000' && RESULT_CHANGED.test(String((error as Error).message))) {
      this.generation += 1;
      this.known.clear();
    }
  }
}
