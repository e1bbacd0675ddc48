import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { withClient, withDatabase } from '../server/db/roles.js';
import { BinaryRows, readColumnTypes, type ColumnTypes } from '../server/generator/copy-binary.js';

/**
 * The generator writes COPY's binary format, encoded in Node from the values the fixture expansion
 * makes for the text format. Rows copied in binary must be stored exactly as PostgreSQL stores the
 * same values read from text, and a value an encoder cannot take must say where it came from.
 */
const PROBE = `
  create type probe_level as enum ('LOW', 'HIGH');
  create table probe (
    n int primary key, id uuid, label text, code character(4), short varchar(20), level probe_level, flag boolean, small smallint,
    amount numeric(18, 2), ratio numeric(18, 4), free numeric, day date, at timestamptz, doc jsonb, tags text[], levels probe_level[]
  );
  create table probe_text (like probe);
  create table probe_other (n int, position point);`;

const ROWS: Record<string, unknown>[] = [
  {
    n: 1, id: 'f9afc520-1272-5572-8a91-331ba8ca0001', label: '按计划推进', code: '99', short: 'a', level: 'LOW', flag: true, small: -32768,
    amount: '-99999999.99', ratio: '4755.0000', free: '12345678901.123456789', day: '2024-02-29', at: '2024-04-03T09:00:00+08:00',
    doc: { generator: { province: '99', seed: '种子' }, rowsInserted: 3 }, tags: ['资金支付及时率', 'with "quotes" and \\ backslash', ''], levels: ['HIGH', 'LOW'],
  },
  {
    n: 2, id: 'F9AFC520-1272-5572-8A91-331BA8CA485F', label: 'tab\there, newline\nthere, backslash \\ and 😀', code: '9901', short: '', level: 'HIGH', flag: false, small: 32767,
    amount: '0.00', ratio: '-0.0001', free: '-0.5', day: '1999-12-31', at: '1999-12-31T23:59:59Z',
    doc: [1, 'two', null, { three: 3.5 }], tags: [], levels: [],
  },
  {
    n: 3, id: null, label: null, code: null, short: null, level: null, flag: null, small: null,
    amount: 3.25, ratio: 0.1, free: '7', day: '1970-01-01', at: '2024-04-03 17:00:00.123456-05:30',
    doc: null, tags: null, levels: null,
  },
  {
    n: 4, id: '00000000-0000-0000-0000-000000000000', label: '', code: 'ab', short: 'x'.repeat(20), level: 'LOW', flag: true, small: 0,
    amount: '-0.00', ratio: '123456.5', free: '100000000', day: '2000-01-01', at: '1969-07-20T20:17:40.5+00:00',
    doc: {}, tags: ['only'], levels: ['LOW'],
  },
];

let url: string;
let types: ColumnTypes;
const database = `copy_binary_${crypto.randomUUID().slice(0, 8)}`;

async function copyBinary(client: pg.Client, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const encoded = new BinaryRows(table, types);
  for (const row of rows) encoded.push(row);
  const data = encoded.finish();
  await pipeline(Readable.from([data]), client.query(copyFrom(`copy ${table} (${encoded.columns.join(', ')}) from stdin with (format binary)`)));
}

beforeAll(async () => {
  await withClient(inject('adminUrl'), (client) => client.query(`create database ${database}`));
  url = withDatabase(inject('adminUrl'), database);
  types = await withClient(url, async (client) => {
    await client.query(PROBE);
    return readColumnTypes(client);
  });
});

afterAll(async () => {
  await withClient(inject('adminUrl'), (client) => client.query(`drop database if exists ${database} with (force)`));
});

describe('COPY binary encoding of generated rows', () => {
  it('stores every value as PostgreSQL stores it read from text', async () => {
    await withClient(url, async (client) => {
      await copyBinary(client, 'probe', ROWS);
      // node-postgres sends parameters as text: the reference is PostgreSQL's own reading of each value.
      const columns = Object.keys(ROWS[0]);
      for (const row of ROWS) {
        await client.query(
          `insert into probe_text (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
          columns.map((c) => (c === 'doc' && row[c] !== null ? JSON.stringify(row[c]) : row[c])),
        );
      }
      const binary = await client.query<{ row: string }>(`select t::text as row from probe t order by n`);
      const text = await client.query<{ row: string }>(`select t::text as row from probe_text t order by n`);
      expect(binary.rows.map((r) => r.row)).toEqual(text.rows.map((r) => r.row));
      expect(binary.rows).toHaveLength(ROWS.length);
      // A few values spelled out, so that an encoder and the reference cannot agree on a wrong value.
      const [first] = (await client.query(`select at::text, day::text, amount::text, free::text, id::text from probe where n in (1, 3) order by n`)).rows;
      expect(first).toEqual({ at: '2024-04-03 01:00:00+00', day: '2024-02-29', amount: '-99999999.99', free: '12345678901.123456789', id: 'f9afc520-1272-5572-8a91-331ba8ca0001' });
    });
  });

  it.each([
    ['a timestamp without a zone', { n: 10, at: '2024-04-03T09:00:00' }, 'probe.at (timestamptz) needs a timestamp YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM, got "2024-04-03T09:00:00"'],
    ['a day that does not exist', { n: 10, day: '2023-02-29' }, 'probe.day (date) needs a date YYYY-MM-DD, got "2023-02-29"'],
    ['a numeric in exponent notation', { n: 10, free: '1e5' }, 'probe.free (numeric) needs a decimal string, got "1e5"'],
    ['a uuid without dashes', { n: 10, id: 'f9afc52012725572aa91331ba8ca0001xxxx' }, 'probe.id (uuid) needs a uuid string'],
    ['a fraction for a smallint', { n: 10, small: 1.5 }, 'probe.small (int2) needs a whole number of 16 bits, got 1.5'],
    ['a number for a text column', { n: 10, label: 7 }, 'probe.label (text) needs a string, got 7'],
    ['a column the table does not have', { n: 10, colour: 'red' }, 'probe.colour, which the database does not have'],
    ['a column type without an encoder', { n: 10, position: '(1,2)' }, 'cannot write probe_other.position of type point'],
  ])('when given %s, refuses naming the table, the column and the value', (_, row, message) => {
    const table = 'position' in row ? 'probe_other' : 'probe';
    expect(() => new BinaryRows(table, types).push(row)).toThrow(message);
  });
});
