// Rows in COPY's binary format (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4).
// PostgreSQL spends about a third less CPU taking binary rows than parsing the text format (no
// line scanning, no uuid, timestamp or numeric parsing), and the generator's load is CPU-bound on
// two cores. Each column's encoder is chosen from the column's type as the database reports it,
// and takes the same values the expansion produces for the text format (strings for uuids,
// numerics, dates and timestamps), so the stored values are the same.
import type pg from 'pg';
import type { Row } from '../fixtures/fixture.expand.js';

/** A column's type as pg_type describes it; arrays also carry their element type. */
export interface ColumnType {
  type: string;
  /** pg_type.typtype: 'b' base, 'e' enum, … */
  kind: string;
  element?: { oid: number; type: string; kind: string };
}

/** Column types by table and column. */
export type ColumnTypes = Record<string, Record<string, ColumnType>>;

export async function readColumnTypes(client: pg.Client): Promise<ColumnTypes> {
  const found = await client.query<{ table: string; column: string; type: string; kind: string; element_oid: number | null; element_type: string | null; element_kind: string | null }>(
    `select c.relname as table, a.attname as column, t.typname as type, t.typtype as kind,
            e.oid::int as element_oid, e.typname as element_type, e.typtype as element_kind
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_type t on t.oid = a.atttypid
       left join pg_type e on t.typcategory = 'A' and e.oid = t.typelem
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`,
  );
  const types: ColumnTypes = {};
  for (const r of found.rows) {
    (types[r.table] ??= {})[r.column] = { type: r.type, kind: r.kind, ...(r.element_oid !== null ? { element: { oid: r.element_oid, type: r.element_type!, kind: r.element_kind! } } : {}) };
  }
  return types;
}

const SIGNATURE = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]; // PGCOPY\n\377\r\n\0
const MICROSECONDS_PER_DAY = 86_400_000_000;
/** Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch for dates and timestamps. */
const POSTGRES_EPOCH_DAYS = 10_957;

/** A growing buffer of one table's COPY data. */
class CopyWriter {
  bytes: Buffer;
  view: DataView;
  at = 0;

  constructor(capacity: number) {
    // Not from Buffer's shared pool: the worker hands the whole ArrayBuffer over to the main thread.
    this.bytes = Buffer.allocUnsafeSlow(capacity);
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
  }

  reserve(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.at + n));
    this.bytes.copy(grown, 0, 0, this.at);
    this.bytes = grown;
    this.view = new DataView(grown.buffer, grown.byteOffset, grown.length);
  }

  int16(n: number): void {
    this.reserve(2);
    this.view.setInt16(this.at, n);
    this.at += 2;
  }

  int32(n: number): void {
    this.reserve(4);
    this.view.setInt32(this.at, n);
    this.at += 4;
  }

  /** UTF-8 text after its length. */
  text(s: string): void {
    this.reserve(4 + s.length * 3);
    const n = this.bytes.write(s, this.at + 4);
    this.view.setInt32(this.at, n);
    this.at += 4 + n;
  }
}

type Encoder = (w: CopyWriter, value: unknown) => void;

class EncodeError extends Error {}

const DASH = 45;
/** The value of a hex digit by its character code, -1 for any other ASCII character. */
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX['0123456789abcdef'.charCodeAt(i)] = i;
  HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
}
const hexDigit = (code: number) => (code < 128 ? HEX[code] : -1);
/** Where each of the 16 bytes' two hex digits start in 8-4-4-4-12 text. */
const UUID_BYTES = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

function uuid(w: CopyWriter, value: unknown): void {
  if (typeof value !== 'string' || value.length !== 36 || value.charCodeAt(8) !== DASH || value.charCodeAt(13) !== DASH || value.charCodeAt(18) !== DASH || value.charCodeAt(23) !== DASH) {
    throw new EncodeError('a uuid string');
  }
  w.reserve(20);
  w.view.setInt32(w.at, 16);
  let invalid = 0;
  for (let k = 0; k < 16; k++) {
    const high = hexDigit(value.charCodeAt(UUID_BYTES[k]));
    const low = hexDigit(value.charCodeAt(UUID_BYTES[k] + 1));
    invalid |= high | low;
    w.bytes[w.at + 4 + k] = (high << 4) | low;
  }
  if (invalid < 0) throw new EncodeError('a uuid string');
  w.at += 20;
}

function text(w: CopyWriter, value: unknown): void {
  if (typeof value !== 'string') throw new EncodeError('a string');
  w.text(value);
}

function bool(w: CopyWriter, value: unknown): void {
  if (typeof value !== 'boolean') throw new EncodeError('a boolean');
  w.reserve(5);
  w.view.setInt32(w.at, 1);
  w.bytes[w.at + 4] = value ? 1 : 0;
  w.at += 5;
}

function int16(w: CopyWriter, value: unknown): void {
  if (!Number.isInteger(value) || (value as number) < -32768 || (value as number) > 32767) throw new EncodeError('a whole number of 16 bits');
  w.int32(2);
  w.int16(value as number);
}

function int32(w: CopyWriter, value: unknown): void {
  if (!Number.isInteger(value) || (value as number) < -2147483648 || (value as number) > 2147483647) throw new EncodeError('a whole number of 32 bits');
  w.int32(4);
  w.int32(value as number);
}

/** Reads `length` decimal digits of `s` from `at`; NaN when one is not a digit. */
function digits(s: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** A decimal string ("-1234.5600", or a number) as NBASE-10000 digits; PostgreSQL applies the column's scale. */
function numeric(w: CopyWriter, value: unknown): void {
  const s = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof s !== 'string') throw new EncodeError('a decimal string');
  const negative = s.charCodeAt(0) === 45;
  const start = negative ? 1 : 0;
  const point = s.indexOf('.', start);
  const integerLength = (point < 0 ? s.length : point) - start;
  const fractionLength = point < 0 ? 0 : s.length - point - 1;
  const integerGroups = Math.ceil(integerLength / 4);
  const fractionGroups = Math.ceil(fractionLength / 4);
  if (integerLength + fractionLength === 0) throw new EncodeError('a decimal string');
  w.int32(8 + 2 * (integerGroups + fractionGroups));
  w.int16(integerGroups + fractionGroups);
  w.int16(integerGroups - 1); // weight of the first digit
  w.int16(negative ? 0x4000 : 0);
  w.int16(fractionLength); // display scale
  // The first integer group takes what is left over from whole groups of four.
  let at = start;
  for (let g = 0; g < integerGroups; g++) {
    const length = g === 0 ? integerLength - 4 * (integerGroups - 1) : 4;
    const group = digits(s, at, length);
    if (Number.isNaN(group)) throw new EncodeError('a decimal string');
    w.int16(group);
    at += length;
  }
  at = point + 1;
  for (let g = 0; g < fractionGroups; g++) {
    const length = Math.min(4, s.length - at);
    const group = digits(s, at, length);
    if (Number.isNaN(group)) throw new EncodeError('a decimal string');
    w.int16(group * 10 ** (4 - length));
    at += length;
  }
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 2000-01-01 of the YYYY-MM-DD at the start of `s`; NaN when it is not a valid date. */
function postgresDay(s: string): number {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0))) return NaN;
  return daysFromCivil(year, month, day) - POSTGRES_EPOCH_DAYS;
}

function date(w: CopyWriter, value: unknown): void {
  const day = typeof value === 'string' && value.length === 10 ? postgresDay(value) : NaN;
  if (Number.isNaN(day)) throw new EncodeError('a date YYYY-MM-DD');
  w.int32(4);
  w.int32(day);
}

/** YYYY-MM-DDTHH:MM:SS[.ffffff] with Z or ±HH:MM: PostgreSQL would read a time without a zone in the session's TimeZone, which the generator does not control. */
function timestamptz(w: CopyWriter, value: unknown): void {
  const s = typeof value === 'string' ? value : '';
  const day = postgresDay(s);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  let at = 19;
  let micros = 0;
  if (s.charCodeAt(at) === 46) {
    let length = 0;
    while (length < 6 && s.charCodeAt(at + 1 + length) >= 48 && s.charCodeAt(at + 1 + length) <= 57) length++;
    micros = digits(s, at + 1, length) * 10 ** (6 - length);
    at += 1 + length;
  }
  let offsetMinutes = NaN;
  if (s.length === at + 1 && s.charCodeAt(at) === 90) offsetMinutes = 0;
  else if (s.length === at + 6 && s.charCodeAt(at + 3) === 58 && (s.charCodeAt(at) === 43 || s.charCodeAt(at) === 45)) {
    offsetMinutes = (s.charCodeAt(at) === 45 ? -1 : 1) * (digits(s, at + 1, 2) * 60 + digits(s, at + 4, 2));
  }
  const sep = s.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || !(hour < 24 && minute < 60 && second < 60) || Number.isNaN(day + micros + offsetMinutes)) {
    throw new EncodeError('a timestamp YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM');
  }
  // Microseconds since 2000-01-01 UTC, below 2^53 for any year PostgreSQL takes: a double holds them exactly.
  const microseconds = day * MICROSECONDS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1_000_000 + micros;
  const high = Math.floor(microseconds / 4_294_967_296);
  w.int32(8);
  w.int32(high);
  w.int32((microseconds - high * 4_294_967_296) | 0);
}

function jsonb(w: CopyWriter, value: unknown): void {
  if (typeof value !== 'object' || value === null) throw new EncodeError('an object or array');
  const json = JSON.stringify(value);
  w.reserve(5 + json.length * 3);
  w.bytes[w.at + 4] = 1; // jsonb's binary format version
  const n = w.bytes.write(json, w.at + 5);
  w.view.setInt32(w.at, n + 1);
  w.at += 5 + n;
}

/** A one-dimensional array of strings (text[] or an enum's array), elements as in `text`. */
function stringArray(elementOid: number): Encoder {
  return (w, value) => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new EncodeError('an array of strings');
    const start = w.at;
    w.int32(0); // the length, known at the end
    w.int32(value.length === 0 ? 0 : 1); // dimensions (none when empty)
    w.int32(0); // no nulls
    w.int32(elementOid);
    if (value.length > 0) {
      w.int32(value.length);
      w.int32(1); // lower bound
      for (const element of value) w.text(element);
    }
    w.view.setInt32(start, w.at - start - 4);
  };
}

const TEXT_TYPES = new Set(['text', 'varchar', 'bpchar']);
const BASE_ENCODERS: Record<string, Encoder> = { uuid, bool, int2: int16, int4: int32, numeric, date, timestamptz, jsonb };

function encoderFor(type: ColumnType): Encoder | undefined {
  // Enums take their label; PostgreSQL looks it up as it does for text input.
  if (type.kind === 'e' || TEXT_TYPES.has(type.type)) return text;
  if (type.element && (type.element.kind === 'e' || TEXT_TYPES.has(type.element.type))) return stringArray(type.element.oid);
  return type.kind === 'b' ? BASE_ENCODERS[type.type] : undefined;
}

/** One table's rows as a complete COPY … FROM STDIN WITH (FORMAT binary) stream, encoded as they are pushed. */
export class BinaryRows {
  /** The columns, from the first row's keys. */
  columns: string[] = [];
  length = 0;
  private encoders: Encoder[] = [];
  // Per column, the previous value and where its bytes are: a column that repeats it (a tenant's id
  // in every row, a record's id in each of its values, a shared time stamp) copies them instead.
  // Objects and arrays are encoded each time: one could have changed since.
  private last: unknown[] = [];
  private lastAt: number[] = [];
  private lastLength: number[] = [];
  private readonly w = new CopyWriter(1 << 16);

  constructor(
    readonly table: string,
    private readonly types: ColumnTypes,
  ) {
    this.w.bytes.set(SIGNATURE, 0);
    this.w.at = SIGNATURE.length;
    this.w.int32(0); // flags
    this.w.int32(0); // header extension
  }

  private prepare(row: Row): void {
    const { table, types } = this;
    this.columns = Object.keys(row);
    this.encoders = this.columns.map((column) => {
      const type = types[table]?.[column];
      if (!type) throw new Error(`the generator writes column ${table}.${column}, which the database does not have: are its migrations applied?`);
      const encoder = encoderFor(type);
      if (!encoder) throw new Error(`the generator cannot write ${table}.${column} of type ${type.type} in COPY's binary format: add an encoder for it in server/generator/copy-binary.ts`);
      return encoder;
    });
    this.last = this.columns.map(() => undefined);
    this.lastAt = this.columns.map(() => 0);
    this.lastLength = this.columns.map(() => 0);
  }

  push(row: Row): void {
    if (this.length === 0) this.prepare(row);
    const { columns, encoders, last, lastAt, lastLength, w } = this;
    w.int16(columns.length);
    let c = 0;
    try {
      for (; c < columns.length; c++) {
        const value = row[columns[c]];
        if (value === null || value === undefined) {
          w.int32(-1);
        } else if (value === last[c] && typeof value !== 'object') {
          const length = lastLength[c];
          w.reserve(length);
          const { bytes, at } = w;
          const from = lastAt[c];
          for (let i = 0; i < length; i++) bytes[at + i] = bytes[from + i];
          w.at += length;
        } else {
          const at = w.at;
          encoders[c](w, value);
          last[c] = value;
          lastAt[c] = at;
          lastLength[c] = w.at - at;
        }
      }
    } catch (error) {
      if (!(error instanceof EncodeError)) throw error;
      throw new Error(`${this.table}.${columns[c]} (${this.types[this.table][columns[c]].type}) needs ${error.message}, got ${JSON.stringify(row[columns[c]])}`);
    }
    this.length++;
  }

  /** The COPY data, trailer included; the writer is not used again. */
  finish(): Uint8Array {
    this.w.int16(-1);
    return new Uint8Array(this.w.bytes.buffer, this.w.bytes.byteOffset, this.w.at);
  }
}
