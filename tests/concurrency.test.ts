import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdjustBudgetDocument,
  DepartmentByIdDocument,
  ProjectYearByIdDocument,
  ReturnProjectYearDocument,
  SubmitProjectYearDocument,
  UpdateDepartmentDocument,
  UpdateProjectYearDocument,
} from '../schema/generated/graphql.js';
import { fromFen, toFen } from '../server/money.js';
import { draftProjectYear, expectData } from './helpers/chain.js';
import { departmentId, insertProjects } from './helpers/fixtures.js';
import { startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

/**
 * Concurrent edits never lose an update. Every change names the version it was read at; two
 * writers that read the same version race over HTTP, and exactly one wins: the other gets CONFLICT
 * and changes nothing, the stored value is the winner's, the version moved by one and the audit
 * log has one entry per accepted change. Writers that retry on CONFLICT with the fresh version
 * see every acknowledged change in the final state.
 */
const FINANCE: TokenSpec = { role: 'COUNTY_ADMIN', tenant: '370406', subject: 'shanting.finance' };
const FINANCE_DESK: TokenSpec = { role: 'COUNTY_ADMIN', tenant: '370406', subject: 'shanting.finance.desk2' };
const ROUNDS = 20;

let app: TestApp;
beforeAll(async () => {
  // Enough connections that the writers' transactions really overlap.
  app = await startTestApp({ poolSize: 10 });
});
afterAll(() => app?.close());

/**
 * Runs both writers while another transaction holds the record's row lock, and lets go only once
 * both wait for it: by then each has read the record at the same version and passed every check,
 * so the UPDATE … WHERE version = ? alone decides who wins. Without the lock, who reads first is
 * left to timing.
 */
async function race<R>(table: string, id: string, writers: (() => Promise<GraphQLResult<R>>)[]): Promise<GraphQLResult<R>[]> {
  const holder = new pg.Client({ connectionString: app.ownerUrl });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query(`select 1 from ${table} where id = $1 for update`, [id]);
    const results = Promise.all(writers.map((write) => write()));
    // Watched from another connection: inside a transaction pg_stat_activity is a snapshot.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [{ waiting }] = await app.sql<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if (waiting >= writers.length) break;
      if (Date.now() > deadline) throw new Error(`only ${waiting} of ${writers.length} writers reached the row lock`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await holder.query('commit');
    return await results;
  } finally {
    await holder.end();
  }
}

/** The one accepted answer and the one refused, or a failure saying what happened instead. */
function oneWinner<R>(results: GraphQLResult<R>[]): { winner: number; loser: GraphQLResult<R> } {
  const accepted = results.flatMap((result, i) => (result.errors ? [] : [i]));
  expect(accepted, `exactly one writer succeeds: ${JSON.stringify(results.map((result) => result.errors ?? 'ok'))}`).toHaveLength(1);
  return { winner: accepted[0], loser: results[1 - accepted[0]] };
}

function expectConflict(result: GraphQLResult<unknown>) {
  expect(result.status).toBe(200);
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions?.code).toBe('CONFLICT');
  expect(result.errors![0].message).toMatch(/changed by someone else since you read it.*reload it and apply your change again/);
}

/** Audit entries of one operation on one record. */
async function auditCount(entity: string, id: string, operation: string): Promise<number> {
  const [row] = await app.sql<{ n: number }>('select count(*)::int as n from audit_event where entity = $1 and entity_id = $2 and operation = $3', [entity, id, operation]);
  return row.n;
}

describe('two writers read the same version and change the record at once', () => {
  it(`a department's name: ${ROUNDS} rounds, one winner each, the loser gets CONFLICT and changes nothing`, async () => {
    const id = await departmentId(app, '370406', 'FIN');
    for (let round = 1; round <= ROUNDS; round++) {
      const read = expectData(await app.request(DepartmentByIdDocument, { id }, FINANCE), 'department').department!;
      const names = [`山亭区财政局（第${round}次，甲）`, `山亭区财政局（第${round}次，乙）`];
      const results = await race(
        'department',
        id,
        names.map((name, i) => () => app.request(UpdateDepartmentDocument, { input: { id, version: read.version, name } }, i === 0 ? FINANCE : FINANCE_DESK)),
      );
      const { winner, loser } = oneWinner(results);
      expectConflict(loser);
      const [stored] = await app.sql<{ name: string; version: number }>('select name, version from department where id = $1', [id]);
      expect(stored).toEqual({ name: names[winner], version: read.version + 1 });
    }
    expect(await auditCount('department', id, 'updateDepartment')).toBe(ROUNDS);
  });

  it(`an approved budget's adjustment (调整): ${ROUNDS} rounds, the stored amount is the winner's to the fen`, async () => {
    const [projectId] = await insertProjects(app, { tenant: '370406', department: 'FIN', count: 1, prefix: 'RACE' });
    const [{ id }] = await app.sql<{ id: string }>('select id from project_year where project_id = $1', [projectId]);
    for (let round = 1; round <= ROUNDS; round++) {
      const read = expectData(await app.request(ProjectYearByIdDocument, { id }, FINANCE), 'projectYear').projectYear!;
      const amounts = [`${1000 + round}.01`, `${2000 + round}.99`];
      const results = await race(
        'project_year',
        id,
        amounts.map((amount, i) => () => app.request(AdjustBudgetDocument, { input: { id, version: read.version, amount } }, i === 0 ? FINANCE : FINANCE_DESK)),
      );
      const { winner, loser } = oneWinner(results);
      expectConflict(loser);
      expect(results[winner].data!.adjustBudget).toMatchObject({ adjustedAmount: amounts[winner], version: read.version + 1 });
      const [stored] = await app.sql<{ amount: string; version: number }>('select adjusted_amount::text as amount, version from project_year where id = $1', [id]);
      expect(stored).toEqual({ amount: amounts[winner], version: read.version + 1 });
    }
    expect(await auditCount('project_year', id, 'adjustBudget')).toBe(ROUNDS);
  });

  it(`a workflow step: ${ROUNDS} rounds of submit and return, each taken once`, async () => {
    const finance = await departmentId(app, '370406', 'FIN');
    const { year } = await draftProjectYear(
      app,
      FINANCE,
      { departmentId: finance, code: 'RACE-STEP', name: '并发审批测试项目', kindCode: '1' },
      { fiscalYear: 2025, budgetType: 'GENERAL_PUBLIC', requestedAmount: '100000.00' },
    );
    for (let round = 1; round <= ROUNDS; round++) {
      const read = expectData(await app.request(ProjectYearByIdDocument, { id: year.id }, FINANCE), 'projectYear').projectYear!;
      const submit = read.status !== 'SUBMITTED';
      const document = submit ? SubmitProjectYearDocument : ReturnProjectYearDocument;
      const step = (as: TokenSpec) => () => app.request(document as typeof SubmitProjectYearDocument, { input: { id: year.id, version: read.version } }, as);
      const { loser } = oneWinner(await race('project_year', year.id, [step(FINANCE), step(FINANCE_DESK)]));
      expectConflict(loser);
      const [stored] = await app.sql<{ status: string; version: number }>('select status::text, version from project_year where id = $1', [year.id]);
      expect(stored).toEqual({ status: submit ? 'SUBMITTED' : 'RETURNED', version: read.version + 1 });
    }
    expect((await auditCount('project_year', year.id, 'submitProjectYear')) + (await auditCount('project_year', year.id, 'returnProjectYear'))).toBe(ROUNDS);
  });
});

describe('a writer whose read is stale because another change was saved after it', () => {
  it('gets CONFLICT for an update and for a workflow step, and changes nothing', async () => {
    const finance = await departmentId(app, '370406', 'FIN');
    const { year } = await draftProjectYear(
      app,
      FINANCE,
      { departmentId: finance, code: 'STALE-1', name: '过期版本测试项目', kindCode: '1' },
      { fiscalYear: 2025, budgetType: 'GENERAL_PUBLIC', requestedAmount: '100000.00' },
    );
    // Both desks read version 1; the first saves a new amount, then submits the request.
    expectData(await app.request(UpdateProjectYearDocument, { input: { id: year.id, version: 1, requestedAmount: '120000.00' } }, FINANCE), 'updateProjectYear');
    const update = await app.request(UpdateProjectYearDocument, { input: { id: year.id, version: 1, requestedAmount: '90000.00' } }, FINANCE_DESK);
    expectConflict(update);
    expectData(await app.request(SubmitProjectYearDocument, { input: { id: year.id, version: 2 } }, FINANCE), 'submitProjectYear');
    // The record has moved on to SUBMITTED: a stale step hears CONFLICT (reload), not a transition error.
    const before = await app.sql('select * from project_year where id = $1', [year.id]);
    const step = await app.request(SubmitProjectYearDocument, { input: { id: year.id, version: 2 } }, FINANCE_DESK);
    expectConflict(step);
    expect(await app.sql('select * from project_year where id = $1', [year.id])).toEqual(before);
    expect(before[0]).toMatchObject({ status: 'SUBMITTED', requested_amount: '120000.00', version: 3 });
  });
});

describe('writers that retry on CONFLICT', () => {
  it('8 writers each add 100.00 to a budget 5 times: every acknowledged addition is in the final amount', async () => {
    const [projectId] = await insertProjects(app, { tenant: '370406', department: 'FIN', count: 1, prefix: 'INCR' });
    const [{ id }] = await app.sql<{ id: string }>('select id from project_year where project_id = $1', [projectId]);
    const start = expectData(await app.request(ProjectYearByIdDocument, { id }, FINANCE), 'projectYear').projectYear!;
    const writers = 8;
    const additions = 5;
    let conflicts = 0;

    /** Read, add 100.00 to the current amount, write at the version read; on CONFLICT read again. */
    const writer = async (as: TokenSpec): Promise<number> => {
      let acknowledged = 0;
      while (acknowledged < additions) {
        const read = expectData(await app.request(ProjectYearByIdDocument, { id }, as), 'projectYear').projectYear!;
        const amount = fromFen(toFen(read.currentAmount) + 10_000n);
        const result = await app.request(AdjustBudgetDocument, { input: { id, version: read.version, amount } }, as);
        if (result.errors?.[0]?.extensions?.code === 'CONFLICT') {
          conflicts += 1;
          continue;
        }
        expect(result.errors, 'only CONFLICT may refuse an addition').toBeUndefined();
        acknowledged += 1;
      }
      return acknowledged;
    };
    const acknowledged = await Promise.all(Array.from({ length: writers }, (_, i) => writer({ ...FINANCE, subject: `shanting.writer${i}` })));

    const total = acknowledged.reduce((a, b) => a + b, 0);
    expect(total).toBe(writers * additions);
    const [stored] = await app.sql<{ amount: string; version: number }>('select adjusted_amount::text as amount, version from project_year where id = $1', [id]);
    expect(stored).toEqual({ amount: fromFen(toFen(start.currentAmount) + BigInt(total) * 10_000n), version: start.version + total });
    expect(await auditCount('project_year', id, 'adjustBudget')).toBe(total);
    // The writers did collide: the test exercised the conflict path, not a lucky serial order.
    expect(conflicts).toBeGreaterThan(0);
  });
});
