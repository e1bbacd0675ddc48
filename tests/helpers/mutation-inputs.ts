import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  parse,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import type { GraphQLResult, TestApp } from './test-app.js';

/**
 * Bad input for any mutation of the printed schema (schema/schema.graphql), generated with
 * fast-check from the argument types: each case starts from arguments the mutation accepts and
 * breaks one thing, so the refusal it must cause is known in advance.
 */

export type Path = (string | number)[];
export type Variables = Record<string, unknown>;
export type ErrorCode = 'BAD_USER_INPUT' | 'INVALID_TRANSITION' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';

export interface MutationUnderTest {
  name: string;
  args: readonly GraphQLArgument[];
  /** `mutation { name(arg: $arg …) { __typename } }`: every argument travels as a variable. */
  document: DocumentNode;
}

/** Every mutation of the printed schema; a mutation added later is picked up without editing tests. */
export function schemaMutations(): MutationUnderTest[] {
  const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
  return Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => {
    const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return { name: field.name, args: field.args, document: parse(`mutation Probe(${variables}) { ${field.name}(${args})${selection} }`) };
  });
}

/** How the API must refuse a case. */
export type Refusal =
  /** Rejected while coercing the variables, before any resolver runs (GraphQL's own input rules). */
  | { kind: 'coercion' }
  /** Rejected by the service with one of `codes`; BAD_USER_INPUT must name a field related to `field`. */
  | { kind: 'refused'; codes: ErrorCode[]; field: string };

export interface Corruption {
  /** What is wrong, in words. */
  label: string;
  /** The variables to send. */
  variables: Variables;
  refusal: Refusal;
}

/** A known-bad change a test adds for one mutation (weights that do not sum, a sign that contradicts the action, …). */
export interface SemanticCorruption {
  label: string;
  change: (variables: Variables) => Variables;
  codes: ErrorCode[];
  /** The input field the error must name (as the API names it, e.g. `indicators` or `scores.output`). */
  field: string;
}

export interface CorruptionOptions {
  /** Ids that exist but are outside the caller's scope (another tenant's, another department's). */
  outOfScopeIds: string[];
  /** Records of the mutated kind in a state the step does not accept, with their current versions. */
  wrongState?: { id: string; version: number }[];
  /** Where the record id and version sit, when the mutation takes them (default input.id / input.version). */
  recordPath?: Path;
  semantic?: (SemanticCorruption | fc.Arbitrary<SemanticCorruption>)[];
}

// ---------------------------------------------------------------------------------------------
// Paths and field names as the API reports them
// ---------------------------------------------------------------------------------------------

/** The arguments' paths are reported relative to the single `input` argument, else from the argument name. */
function fieldRoot(mutation: MutationUnderTest): Path {
  return mutation.args.length === 1 && mutation.args[0].name === 'input' ? ['input'] : [];
}

/** `['input', 'indicators', 2, 'weight']` → `indicators[2].weight`. */
export function fieldName(mutation: MutationUnderTest, path: Path): string {
  return path
    .slice(fieldRoot(mutation).length)
    .reduce<string>((name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment), '');
}

function parseFieldName(name: string): Path {
  return [...name.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]));
}

/** The type a field name reaches from the mutation's arguments, or null when no such field exists. */
export function typeAtField(mutation: MutationUnderTest, name: string): GraphQLInputType | null {
  const path = [...fieldRoot(mutation), ...parseFieldName(name)];
  const arg = mutation.args.find((candidate) => candidate.name === path[0]);
  let type: GraphQLInputType | null = arg ? arg.type : null;
  for (const segment of path.slice(1)) {
    if (!type) return null;
    const unwrapped: GraphQLInputType = isNonNullType(type) ? type.ofType : type;
    if (typeof segment === 'number') {
      type = isListType(unwrapped) ? unwrapped.ofType : null;
    } else {
      type = isInputObjectType(unwrapped) ? (unwrapped.getFields()[segment]?.type ?? null) : null;
    }
  }
  return type;
}

/** One name is the other or contains it (`indicators` and `indicators[1].weight`). */
export function relatedFields(a: string, b: string): boolean {
  const [x, y] = [parseFieldName(a), parseFieldName(b)];
  const shorter = x.length <= y.length ? x : y;
  const longer = shorter === x ? y : x;
  return shorter.every((segment, i) => segment === longer[i]);
}

function setAt(variables: Variables, path: Path, value: unknown): Variables {
  const copy = structuredClone(variables);
  let target = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

function removeAt(variables: Variables, path: Path): Variables {
  const copy = structuredClone(variables);
  let target = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  delete target[path.at(-1)!];
  return copy;
}

function getAt(variables: Variables, path: Path): unknown {
  return path.reduce<unknown>((value, segment) => (value as Record<string | number, unknown> | undefined)?.[segment], variables);
}

// ---------------------------------------------------------------------------------------------
// The places a value can go, found by walking the argument types alongside accepted arguments
// ---------------------------------------------------------------------------------------------

interface Slot {
  path: Path;
  type: GraphQLInputType;
  /** The input type the field belongs to (e.g. `IndicatorInput`), or `` for an argument. */
  parent: string;
  field: string;
  present: boolean;
  /** The schema gives a default, so leaving the field out is fine. */
  hasDefault: boolean;
}

function slotsOf(mutation: MutationUnderTest, base: Variables): Slot[] {
  const slots: Slot[] = [];
  const walk = (value: unknown, type: GraphQLInputType, path: Path, parent: string, field: string, hasDefault = false) => {
    slots.push({ path, type, parent, field, present: value !== undefined, hasDefault });
    if (value === undefined || value === null) return;
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    if (isListType(unwrapped) && Array.isArray(value)) {
      value.forEach((item, i) => walk(item, unwrapped.ofType, [...path, i], parent, field));
    } else if (isInputObjectType(unwrapped)) {
      for (const child of Object.values(unwrapped.getFields())) {
        walk((value as Record<string, unknown>)[child.name], child.type, [...path, child.name], unwrapped.name, child.name, child.defaultValue !== undefined);
      }
    }
  };
  for (const arg of mutation.args) walk(base[arg.name], arg.type, [arg.name], '', arg.name, arg.defaultValue !== undefined);
  return slots;
}

// ---------------------------------------------------------------------------------------------
// Bad values by what a field holds
// ---------------------------------------------------------------------------------------------

interface BadValue {
  label: string;
  value: unknown;
  /** Rejected by GraphQL's coercion instead of the service. */
  coercion?: boolean;
  codes?: ErrorCode[];
}

const bad = (label: string, value: unknown, extra: Partial<BadValue> = {}): BadValue => ({ label, value, ...extra });
const malformed = (label: string, value: unknown): BadValue => ({ label, value, coercion: true });

const digits = (min: number, max: number) => fc.bigInt(10n ** BigInt(min - 1), 10n ** BigInt(max) - 1n).map(String);
const cents = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));

/** Strings the Decimal scalar refuses: floats, exponents, too many digits or decimals, words. */
const malformedDecimal: fc.Arbitrary<BadValue> = fc.oneof(
  fc.tuple(digits(1, 6), digits(3, 6)).map(([i, f]) => malformed('more than two decimals', `${i}.${f}`)),
  digits(17, 22).map((i) => malformed('more than 16 integer digits', i)),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e5', '', ' ', '１２', '1,000.00', '0x1A', '+5', '12.', '.5', '--1').map((s) => malformed(`not a decimal (${JSON.stringify(s)})`, s)),
  fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }).map((x) => malformed('a JSON float', x)),
  fc.constantFrom(true, [], {}).map((x) => malformed(`a ${typeof x}`, x)),
);

const negativeYuan = fc.tuple(digits(1, 16), cents).map(([i, f]) => bad('a negative amount', `-${i}.${f}`));

/** Decimal fields by meaning: money is non-negative yuan; the rest have their own ranges. */
const DECIMAL_MEANING: Record<string, 'signed' | 'measure' | 'points' | 'dimension' | 'itemPoints' | 'itemScore'> = {
  amountDelta: 'signed',
  targetValue: 'measure',
  defaultTarget: 'measure',
  actualValue: 'measure',
  actualToDate: 'measure',
  'MonitoringIndicatorValueInput.expectedYearEnd': 'measure',
  weight: 'points',
  recheckScore: 'points',
  'FrameworkPointsInput.*': 'points',
  'PreAssessmentScoresInput.*': 'dimension',
  maxPoints: 'itemPoints',
  totalPoints: 'itemPoints',
  selfScore: 'itemScore',
  reviewedScore: 'itemScore',
};

function meaningOf(slot: Slot, table: Record<string, string>): string | undefined {
  return table[`${slot.parent}.${slot.field}`] ?? table[`${slot.parent}.*`] ?? table[slot.field];
}

function badDecimal(slot: Slot): fc.Arbitrary<BadValue> {
  const outOfRange = (label: string, values: fc.Arbitrary<string>) => values.map((value) => bad(label, value));
  switch (meaningOf(slot, DECIMAL_MEANING)) {
    case 'signed':
      return malformedDecimal; // the sign is checked against the action: see the mutation's own cases
    case 'measure':
      // Targets and actual values may be negative; numeric(18,4) keeps 14 integer digits.
      return fc.oneof(malformedDecimal, outOfRange('more than 14 integer digits', fc.tuple(fc.boolean(), digits(15, 16)).map(([minus, i]) => `${minus ? '-' : ''}${i}`)));
    case 'points':
      return fc.oneof(malformedDecimal, negativeYuan, outOfRange('more than 100 points', fc.tuple(fc.integer({ min: 100, max: 99_999 }), cents).filter(([i, f]) => i > 100 || f !== '00').map(([i, f]) => `${i}.${f}`)));
    case 'dimension':
      return fc.oneof(malformedDecimal, negativeYuan, outOfRange('a dimension score above 20', fc.tuple(fc.integer({ min: 20, max: 9_999 }), cents).filter(([i, f]) => i > 20 || f !== '00').map(([i, f]) => `${i}.${f}`)));
    case 'itemPoints':
      return fc.oneof(malformedDecimal, negativeYuan, fc.constantFrom('0', '0.00', '10000', '123456').map((value) => bad('points that are 0 or beyond 9999.99', value)));
    case 'itemScore':
      // Above the item's points (every item of the test schemes is worth less than 100).
      return fc.oneof(malformedDecimal, negativeYuan, outOfRange('a score above the item’s points', fc.integer({ min: 100, max: 9_999 }).map(String)));
    default:
      return fc.oneof(malformedDecimal, negativeYuan);
  }
}

/** Fields holding a calendar day, and those that may not be in the future. */
const DAY_FIELD = /(On|Date)$|^deadline$|^periodEnd$/;
const PAST_DAY_FIELD = /^(heldOn|publishedOn|feedbackDate|reportedToGovernmentOn|reportedToCongressOn)$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const badDay: fc.Arbitrary<BadValue> = fc.oneof(
  fc
    .record({ year: fc.integer({ min: 2000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), over: fc.integer({ min: 1, max: 3 }) })
    .filter(({ year, month, over }) => daysIn(year, month) + over <= 31)
    .map(({ year, month, over }) => bad('a day that does not exist', `${year}-${String(month).padStart(2, '0')}-${daysIn(year, month) + over}`)),
  fc.constantFrom('2024-13-01', '2024-00-10', '2024-1-5', '20240105', '2024/01/05', '2024-01-05T00:00:00Z', 'yesterday', '', '0000-00-00').map((s) => bad(`not a YYYY-MM-DD day (${JSON.stringify(s)})`, s)),
);

const whitespace = fc.array(fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0'), { minLength: 1, maxLength: 6 }).map((s) => s.join(''));
const oversized = fc.integer({ min: 10_001, max: 12_000 }).map((n) => bad(`${n} characters`, '字'.repeat(n)));
const withNul = fc.string({ minLength: 1, maxLength: 8 }).map((s) => bad('a NUL character', `${s}\u0000${s}`));

/** String fields by meaning; every other string is a name or a text that must not be blank. */
function badString(slot: Slot): fc.Arbitrary<BadValue> {
  if (DAY_FIELD.test(slot.field)) {
    return PAST_DAY_FIELD.test(slot.field) ? fc.oneof(badDay, fc.integer({ min: 2100, max: 9999 }).map((year) => bad('a day in the future', `${year}-01-01`))) : badDay;
  }
  if (slot.field === 'code') {
    return fc.oneof(
      fc.constantFrom('', ' ', 'A B', '项目一', 'a/b', 'x'.repeat(22), "1'; drop table project; --").map((s) => bad(`not a code (${JSON.stringify(s.slice(0, 24))})`, s)),
      withNul,
    );
  }
  if (slot.field === 'kindCode') return fc.constantFrom('99', '', '3 1', '１', '31 ').map((s) => bad(`not a project kind (${JSON.stringify(s)})`, s));
  if (slot.field === 'url') {
    return fc
      .constantFrom('ftp://example.gov.cn/a', 'javascript:alert(1)', 'www.example.gov.cn', 'not a url', '', `https://${'a'.repeat(2000)}.gov.cn/`)
      .map((s) => bad(`not an http(s) address (${JSON.stringify(s.slice(0, 30))})`, s));
  }
  // A unit may be empty (qualitative indicators have none), but not a paragraph.
  if (slot.field === 'unit') return fc.oneof(oversized, withNul);
  return fc.oneof(whitespace.map((s) => bad(`blank (${JSON.stringify(s)})`, s)), fc.constant(bad('empty', '')), oversized, withNul);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const YEAR_FIELD = /(^fiscalYear|Year|yearConducted)$/;
const INT_MAX = 2 ** 31 - 1;

const malformedInt: fc.Arbitrary<BadValue> = fc.oneof(
  fc.constantFrom(INT_MAX + 1, -INT_MAX - 2, 2 ** 53).map((n) => malformed(`${n}, outside 32-bit integers`, n)),
  fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }).map((n) => malformed('a float', n)),
  fc.constantFrom('2024', true, []).map((v) => malformed(`a ${typeof v} instead of a number`, v)),
);

function badInt(slot: Slot, recordVersion: number | undefined): fc.Arbitrary<BadValue> {
  if (slot.field === 'version' && recordVersion !== undefined) {
    const other = fc
      .oneof(fc.integer({ min: Math.max(1, recordVersion - 3), max: recordVersion + 3 }), fc.integer({ min: 1, max: INT_MAX }))
      .filter((v) => v !== recordVersion);
    return fc.oneof(
      malformedInt,
      fc.integer({ min: -INT_MAX - 1, max: 0 }).map((v) => bad('a version below 1', v)),
      other.map((v) => bad(`a stale version (${v}, the record is at ${recordVersion})`, v, { codes: ['CONFLICT'] })),
    );
  }
  if (YEAR_FIELD.test(slot.field)) {
    return fc.oneof(
      malformedInt,
      fc.oneof(fc.integer({ min: -INT_MAX - 1, max: 1999 }), fc.integer({ min: 2101, max: INT_MAX })).map((y) => bad(`year ${y}`, y)),
    );
  }
  return fc.oneof(malformedInt, fc.constantFrom(-1, INT_MAX).map((n) => bad(`${n}`, n)));
}

function badId(options: CorruptionOptions): fc.Arbitrary<BadValue> {
  const missing: ErrorCode[] = ['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'];
  return fc.oneof(
    fc.constantFrom('not-an-id', '', '12345', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', "' or 1=1 --").map((s) => bad(`not an id (${JSON.stringify(s)})`, s)),
    fc.string({ maxLength: 40 }).filter((s) => !UUID.test(s)).map((s) => bad(`not an id (${JSON.stringify(s)})`, s)),
    fc.uuid().map((id) => bad('an id that exists nowhere', id, { codes: missing })),
    ...(options.outOfScopeIds.length > 0 ? [fc.constantFrom(...options.outOfScopeIds).map((id) => bad('an id outside the caller’s scope', id, { codes: missing }))] : []),
  );
}

const badEnum = (values: string[]): fc.Arbitrary<BadValue> =>
  fc.oneof(
    fc.constantFrom('NOT_A_VALUE', '', 0).map((v) => malformed(`not a value of the enum (${JSON.stringify(v)})`, v)),
    ...(values.some((v) => v.toLowerCase() !== v)
      ? [fc.constantFrom(...values.filter((v) => v.toLowerCase() !== v)).map((v) => malformed(`a value in the wrong case (${v.toLowerCase()})`, v.toLowerCase()))]
      : []),
  );

const badBoolean = fc.constantFrom('true', 1, 'yes', []).map((v) => malformed(`not a boolean (${JSON.stringify(v)})`, v));

/** Lists that must not be empty. */
const NON_EMPTY_LIST = new Set(['CreateGoalInput.indicators', 'UpdateGoalInput.indicators', 'CreateAppraisalSchemeInput.items', 'CreateUnitAppraisalSchemeInput.items', 'UpdateAppraisalSchemeInput.items', 'SelfEvaluationScopeInput.projectYearIds', 'SaveSelfScoresInput.scores']);

function badList(slot: Slot, value: unknown[]): fc.Arbitrary<BadValue>[] {
  const item = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
  const elementNonNull = isListType(item) && isNonNullType(item.ofType);
  const options: fc.Arbitrary<BadValue>[] = [];
  if (value.length > 0) {
    // Longer than any list the API takes: 200 scores, 60 indicators, 5000 project years, ….
    const length = isLeafType(getNamedType(slot.type)) ? 5_001 : 201;
    options.push(fc.constant(bad(`${length} entries`, Array.from({ length }, () => structuredClone(value[0])))));
    if (elementNonNull) options.push(fc.constant(malformed('a null entry', [...value, null])));
  }
  if (NON_EMPTY_LIST.has(`${slot.parent}.${slot.field}`)) options.push(fc.constant(bad('an empty list', [])));
  return options;
}

// ---------------------------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------------------------

/**
 * An arbitrary of bad inputs for one mutation, starting from `base` (arguments it accepts):
 * each breaks one value (by its type and meaning), the input's structure, the record's state, or
 * a rule the mutation's own cases name.
 */
export function corruptionsOf(mutation: MutationUnderTest, base: Variables, options: CorruptionOptions): fc.Arbitrary<Corruption> {
  const recordPath = options.recordPath ?? [...fieldRoot(mutation), 'id'];
  const versionPath = [...recordPath.slice(0, -1), 'version'];
  const recordVersion = getAt(base, versionPath) as number | undefined;
  const slots = slotsOf(mutation, base);

  const atSlot = (slot: Slot, value: fc.Arbitrary<BadValue>): fc.Arbitrary<Corruption> =>
    value.map(({ label, value: badValue, coercion, codes }) => ({
      label: `${fieldName(mutation, slot.path) || slot.field}: ${label}`,
      variables: setAt(base, slot.path, badValue),
      refusal: coercion ? { kind: 'coercion' as const } : { kind: 'refused' as const, codes: codes ?? ['BAD_USER_INPUT'], field: fieldName(mutation, slot.path) },
    }));

  const byValue: fc.Arbitrary<Corruption>[] = [];
  const byStructure: fc.Arbitrary<Corruption>[] = [];
  for (const slot of slots) {
    const named = getNamedType(slot.type);
    const value = getAt(base, slot.path);
    const nonNull = isNonNullType(slot.type);
    const unwrapped = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
    const arbitraries: fc.Arbitrary<BadValue>[] = [];
    if (isListType(unwrapped)) {
      if (Array.isArray(value)) arbitraries.push(...badList(slot, value));
    } else if (isEnumType(named)) {
      arbitraries.push(badEnum(named.getValues().map((v) => v.name)));
    } else if (isInputObjectType(named)) {
      if (slot.present) arbitraries.push(fc.constantFrom('x', 42, [], true).map((v) => malformed(`not an object (${JSON.stringify(v)})`, v)));
    } else {
      switch (named.name) {
        case 'ID':
          arbitraries.push(badId(options));
          break;
        case 'Int':
          arbitraries.push(badInt(slot, recordVersion));
          break;
        case 'Decimal':
          arbitraries.push(badDecimal(slot));
          break;
        case 'String':
          arbitraries.push(badString(slot));
          break;
        case 'Boolean':
          arbitraries.push(badBoolean);
          break;
        // JSON carries no shape of its own: the mutation's own cases say what is wrong with it.
      }
    }
    if (arbitraries.length > 0) byValue.push(atSlot(slot, fc.oneof(...arbitraries)));

    const inList = typeof slot.path.at(-1) === 'number';
    if (nonNull && slot.present && !inList) {
      const required = { refusal: { kind: 'coercion' as const } };
      if (!slot.hasDefault) byStructure.push(fc.constant({ label: `${fieldName(mutation, slot.path) || slot.field}: missing`, variables: removeAt(base, slot.path), ...required }));
      byStructure.push(fc.constant({ label: `${fieldName(mutation, slot.path) || slot.field}: null`, variables: setAt(base, slot.path, null), ...required }));
    }
    if (isInputObjectType(named) && slot.present && value !== null && !isListType(unwrapped)) {
      byStructure.push(
        fc.constantFrom('bogus', 'tenantId').map((extra) => ({
          label: `${fieldName(mutation, slot.path) || slot.field}: an unknown field ${extra}`,
          variables: setAt(base, [...slot.path, extra], 'x'),
          refusal: { kind: 'coercion' as const },
        })),
      );
    }
  }

  const byState = (options.wrongState ?? []).length > 0
    ? [
        fc.constantFrom(...options.wrongState!).map((record) => ({
          label: `${fieldName(mutation, recordPath)}: a record in a state that does not allow ${mutation.name} (${record.id})`,
          variables: recordVersion === undefined ? setAt(base, recordPath, record.id) : setAt(setAt(base, recordPath, record.id), versionPath, record.version),
          refusal: { kind: 'refused' as const, codes: ['INVALID_TRANSITION', 'BAD_USER_INPUT'] as ErrorCode[], field: fieldName(mutation, recordPath) },
        })),
      ]
    : [];

  const bySemantics = (options.semantic ?? []).map((semantic) =>
    (semantic instanceof fc.Arbitrary ? semantic : fc.constant(semantic)).map(({ label, change, codes, field }) => ({
      label,
      variables: change(structuredClone(base)),
      refusal: { kind: 'refused' as const, codes, field },
    })),
  );

  return fc.oneof(
    ...(byValue.length > 0 ? [{ arbitrary: fc.oneof(...byValue), weight: 6 }] : []),
    ...(byStructure.length > 0 ? [{ arbitrary: fc.oneof(...byStructure), weight: 1 }] : []),
    ...(byState.length > 0 ? [{ arbitrary: byState[0], weight: 2 }] : []),
    ...(bySemantics.length > 0 ? [{ arbitrary: fc.oneof(...bySemantics), weight: 2 }] : []),
  ).map((corruption) => Object.assign(corruption, { [fc.toStringMethod]: () => corruption.label }));
}

// ---------------------------------------------------------------------------------------------
// What a refusal must look like
// ---------------------------------------------------------------------------------------------

const APPLICATION_CODES = new Set(['BAD_USER_INPUT', 'INVALID_TRANSITION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT']);

/** What is wrong with the API's answer to a bad input; empty when it refused it properly. */
export function refusalProblems(mutation: MutationUnderTest, corruption: Corruption, result: GraphQLResult<unknown>): string[] {
  const problems: string[] = [];
  const errors = result.errors ?? [];
  if (result.status >= 500) problems.push(`HTTP ${result.status}`);
  if (errors.length === 0) return [...problems, `accepted: ${JSON.stringify(result.data)}`];
  for (const error of errors) {
    const code = error.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${error.message}`);
    else if (!APPLICATION_CODES.has(String(code)) && code !== 'GRAPHQL_VALIDATION_FAILED') problems.push(`unexpected code ${String(code)}: ${error.message}`);
  }
  const [first] = errors;
  const code = first.extensions?.code;
  const field = first.extensions?.field;
  if (corruption.refusal.kind === 'coercion') {
    // GraphQL refuses variables that do not fit the schema with 400 before any resolver runs.
    if (result.status !== 400 || code !== 'BAD_USER_INPUT' || !/^Variable "\$/.test(first.message)) {
      problems.push(`expected a variable coercion error (HTTP 400), got HTTP ${result.status} ${String(code)}: ${first.message}`);
    }
    return problems;
  }
  const { codes, field: corrupted } = corruption.refusal;
  if (!codes.includes(code as ErrorCode)) problems.push(`expected ${codes.join(' or ')}, got ${String(code)}: ${first.message}`);
  if (code === 'BAD_USER_INPUT') {
    if (typeof field !== 'string') problems.push(`BAD_USER_INPUT without extensions.field: ${first.message}`);
    else {
      // Steps may name a field of the record instead (a scheme's totalPoints when publishing it).
      if (typeAtField(mutation, corrupted) && !typeAtField(mutation, field)) problems.push(`extensions.field "${field}" is not a field of ${mutation.name}'s input`);
      if (!relatedFields(field, corrupted)) problems.push(`the error names "${field}", the bad value is in "${corrupted}": ${first.message}`);
      if (!first.message.startsWith(`${field}: `)) problems.push(`the message does not start with the field name: ${first.message}`);
    }
  }
  if (code === 'INVALID_TRANSITION' && typeof first.extensions?.currentState !== 'string') {
    problems.push(`INVALID_TRANSITION without currentState: ${first.message}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Whether anything was written
// ---------------------------------------------------------------------------------------------

/**
 * A cheap fingerprint of every tenant- and province-owned table, the audit logs included: row count
 * and the largest xmin. A committed insert or update leaves a row version carrying its transaction's
 * id, newer than every row already there, and a delete lowers the count (or, with an insert,
 * changes the largest xmin), so any committed write changes it. Reading xmin costs far less than
 * hashing every row, and the raw xmin survives freezing.
 */
export async function writeFingerprint(app: TestApp, only?: string[]): Promise<Record<string, string>> {
  const tables =
    only ??
    (
      await app.sql<{ relname: string }>(
        `select c.relname from pg_class c
          where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
            and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname in ('tenant_id', 'province_id') and not a.attisdropped)
          order by 1`,
      )
    ).map((row) => row.relname);
  const rows = await app.sql<{ name: string; print: string }>(
    tables.map((table) => `select '${table}' as name, count(*) || '/' || coalesce(max(t.xmin::text::bigint), 0) as print from "${table}" t`).join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]);
}

/** POSTs a document built from the schema (the typed documents cover the named operations only). */
export async function send(app: TestApp, mutation: MutationUnderTest, variables: Variables, as: Parameters<TestApp['request']>[2]): Promise<GraphQLResult<unknown>> {
  return app.request(mutation.document as never, variables as never, as);
}
