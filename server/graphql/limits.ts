// Query limits: what one GraphQL request may ask for. They are checked once the token is verified
// and before Apollo runs the request, so a rejected request never reaches the database (no
// transaction, no statement). Depth, cost, aliases and directives are graphql-armor's rules; the
// token count is graphql-js's lexer. Each rejection names the limit's variable, its value and what
// the request had, with a code a client can switch on:
//   QUERY_TOO_LARGE    body bytes (HTTP 413), query characters, query tokens (400)
//   QUERY_TOO_COMPLEX  depth, cost, aliases, directives (400)
//   BAD_REQUEST        a batch: a JSON array of operations (400); one request is one transaction
//   FORBIDDEN          introspection by a role it is not open to (403)
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  TypeInfo,
  parse,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import type { Role } from '../auth/scope.js';
import type { Config, QueryLimitsConfig } from '../config.js';
import type { StatementTimeout } from '../db/request-db.js';
import { INDEX_WALK_PLANNER_SETTINGS } from '../db/paging.js';
import { METRIC_PLANNER_SETTINGS } from '../metrics/metric.statement.js';
import { DEFAULT_PAGE_SIZE } from './connection.js';
import type { ErrorCode } from './errors.js';

/** The largest page a role may ask for: BI tools read metric rows in bulk, everyone else pages. */
export function maxPageSizeFor(config: Pick<Config, 'maxPageSize' | 'biMaxPageSize'>, role: Role): number {
  return role === 'BI_READER' ? config.biMaxPageSize : config.maxPageSize;
}

/** Root fields that compute the province comparison; they may read a whole province's year. */
const METRIC_FIELDS = new Set(['compareTenants', 'metricTrend', 'metricRows']);

/** Root fields listed by a key that leads an index after tenant_id (paging.ts pageBySql's `sortIndex`). */
const INDEX_SORTED_LISTS = new Set(['projectYears']);

/**
 * Planner settings a request's transaction turns off from its start, so that the statements that
 * want them off need no statements of their own around them: a read whose root fields are all
 * metric fields runs metric statements only, which want hash joins (metric.statement.ts); a read
 * of index-sorted lists only wants its pages walked in index order (paging.ts). The lists' other
 * statements (rows by id for their nested fields) sort nothing.
 */
export function plannerOffFor(operation: { kind: string; rootFields: string[] }): readonly string[] {
  const only = (fields: Set<string>) => operation.kind === 'query' && operation.rootFields.length > 0 && operation.rootFields.every((field) => fields.has(field));
  if (only(METRIC_FIELDS)) return METRIC_PLANNER_SETTINGS;
  if (only(INDEX_SORTED_LISTS)) return INDEX_WALK_PLANNER_SETTINGS;
  return [];
}

/** Mutations, metric reads and other reads each get their own statement_timeout. */
export function statementTimeoutFor(config: Pick<Config, 'statementTimeoutMs'>, operation: { kind: string; rootFields: string[] }): StatementTimeout {
  const { read, mutation, metrics } = config.statementTimeoutMs;
  if (operation.kind === 'mutation') return { ms: mutation, setting: 'STATEMENT_TIMEOUT_MUTATION_MS' };
  if (operation.rootFields.some((field) => METRIC_FIELDS.has(field))) return { ms: metrics, setting: 'STATEMENT_TIMEOUT_METRICS_MS' };
  return { ms: read, setting: 'STATEMENT_TIMEOUT_READ_MS' };
}

type LimitCode = Extract<ErrorCode, 'QUERY_TOO_LARGE' | 'QUERY_TOO_COMPLEX' | 'BAD_REQUEST' | 'FORBIDDEN'>;

class LimitRejection {
  constructor(
    readonly status: number,
    readonly code: LimitCode,
    readonly message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {}
}

function send(reply: FastifyReply, rejection: LimitRejection) {
  return reply
    .code(rejection.status)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message: rejection.message, extensions: { code: rejection.code, ...rejection.extensions } }] });
}

/** One graphql-armor rule, with the variable that sets it and how to explain a rejection. */
interface ArmorLimit {
  setting: string;
  max: number;
  explain: (found: string, max: number) => string;
}

/**
 * graphql-armor's depth, cost, alias and directive rules, reporting our own error (the library's
 * message carries "found N", which we take over as a number).
 * Cost is counted so that it reads as "values the response may hold": every field 1, no extra
 * weight per level, and a list field multiplied by its page size (`first`).
 */
function armorRules(limits: QueryLimitsConfig) {
  const reporter = (limit: ArmorLimit) => [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? 'more';
      context?.reportError(
        new GraphQLError(limit.explain(found, limit.max), { extensions: { limit: limit.setting, max: limit.max, found: Number(found) || undefined } }),
      );
    },
  ];
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: reporter({
        setting: 'MAX_QUERY_DEPTH',
        max: limits.maxDepth,
        explain: (found, max) => `The query nests ${found} levels deep; the limit is ${max} (MAX_QUERY_DEPTH). Select fewer nested levels or split the query.`,
      }),
    },
    costLimit: {
      maxCost: limits.maxCost,
      objectCost: 1,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: reporter({
        setting: 'MAX_QUERY_COST',
        max: limits.maxCost,
        explain: (found, max) =>
          `The query may return ${found} values (each list counted at its page size, \`first\`); the limit is ${max} (MAX_QUERY_COST). Ask for smaller pages or fewer fields, or split the query.`,
      }),
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: reporter({
        setting: 'MAX_QUERY_ALIASES',
        max: limits.maxAliases,
        explain: (found, max) => `The query uses ${found} aliases; the limit is ${max} (MAX_QUERY_ALIASES). Split the query.`,
      }),
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: reporter({
        setting: 'MAX_QUERY_DIRECTIVES',
        max: limits.maxDirectives,
        explain: (found, max) => `The query uses ${found} directives; the limit is ${max} (MAX_QUERY_DIRECTIVES). Split the query.`,
      }),
    },
    // Tokens are counted before parsing (below); suggestions are Apollo's to hide (apolloOptions).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/** The operation a request carries, as Apollo will read it: POST body or GET query string. */
function graphqlRequestOf(request: FastifyRequest): { query: string; variables: Record<string, unknown> } | { batch: number } | undefined {
  if (request.method === 'POST') {
    const body = request.body;
    if (Array.isArray(body)) return { batch: body.length };
    if (typeof body !== 'object' || body === null || typeof (body as { query?: unknown }).query !== 'string') return undefined;
    const { query, variables } = body as { query: string; variables?: unknown };
    return { query, variables: typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {} };
  }
  if (request.method === 'GET') {
    const { query, variables } = (request.query ?? {}) as { query?: unknown; variables?: unknown };
    if (typeof query !== 'string') return undefined;
    let parsed: unknown = {};
    try {
      parsed = typeof variables === 'string' ? JSON.parse(variables) : {};
    } catch {
      // Apollo answers malformed variables itself.
    }
    return { query, variables: typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {} };
  }
  return undefined;
}

/** Counts tokens with graphql-js's own lexer, stopping as soon as there are too many. */
function exceedsTokens(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    if (++count > max) return true;
  }
  return false;
}

/**
 * The document with every `first` a literal: the number of rows the list will really return
 * (the variable's value or the default page size, at most the role's page size), so the cost rule
 * multiplies each list by its page.
 */
function withPageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, maxPageSize: number): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (!typeInfo.getFieldDef()?.args.some((arg) => arg.name === 'first')) return undefined;
        const given = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
        const value = given?.kind === Kind.INT ? Number(given.value) : given?.kind === Kind.VARIABLE ? variables[given.name.value] : undefined;
        const rows = Math.min(typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : DEFAULT_PAGE_SIZE, maxPageSize);
        const others = (node.arguments ?? []).filter((arg) => arg.name.value !== 'first');
        const first = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(rows) } } as const;
        return { ...node, arguments: [...others, first] };
      },
    }),
  );
}

/** A parsed query and what its verdict depends on besides its text: the role and the page sizes asked for. */
interface ParsedQuery {
  document: DocumentNode;
  /** Variables given as `first`: the cost depends on their values. */
  pageSizeVariables: string[];
  /** Their defaults in the operation (`$first: Int = 50`), for a request that leaves them out. */
  pageSizeDefaults: Record<string, number>;
  introspects: boolean;
  /** Verdicts by role and page sizes (null: within every limit). */
  verdicts: Map<string, LimitRejection | null>;
}

function parsedQuery(document: DocumentNode): ParsedQuery {
  const pageSizeVariables = new Set<string>();
  const defaults: Record<string, number> = {};
  let introspects = false;
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue?.kind === Kind.INT) defaults[node.variable.name.value] = Number(node.defaultValue.value);
    },
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) pageSizeVariables.add(node.value.name.value);
    },
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') introspects = true;
    },
  });
  const pageSizeDefaults = Object.fromEntries(Object.entries(defaults).filter(([name]) => pageSizeVariables.has(name)));
  return { document, pageSizeVariables: [...pageSizeVariables], pageSizeDefaults, introspects, verdicts: new Map() };
}

// Checked queries are kept by text, oldest dropped first, up to this many characters of queries in
// all: clients send the same few operations again and again, and parsing and walking a document
// costs far more than the lookup. Each keeps its verdicts for a few roles and page sizes.
const CACHED_QUERY_CHARACTERS = 2_000_000;
const VERDICTS_PER_QUERY = 64;

/**
 * The /graphql route's limits: its body limit and error handler (a body over the limit answers in
 * the GraphQL error format), a preHandler to run after authentication, and Apollo's options.
 */
export function createQueryLimits(options: { config: Config; schema: GraphQLSchema }) {
  const { config, schema } = options;
  const limits = config.queryLimits;
  const rules = armorRules(limits);
  // null: not GraphQL (a syntax error), left to Apollo, which answers GRAPHQL_PARSE_FAILED before any SQL.
  const cache = new Map<string, ParsedQuery | LimitRejection | null>();
  let cachedCharacters = 0;

  function parseWithinLimits(query: string): ParsedQuery | LimitRejection | null {
    try {
      if (exceedsTokens(query, limits.maxQueryTokens)) {
        return new LimitRejection(
          400,
          'QUERY_TOO_LARGE',
          `The query has more than ${limits.maxQueryTokens} tokens (MAX_QUERY_TOKENS). Split it into smaller queries.`,
          { limit: 'MAX_QUERY_TOKENS', max: limits.maxQueryTokens },
        );
      }
      return parsedQuery(parse(query, { noLocation: true }));
    } catch {
      return null;
    }
  }

  function cached(query: string): ParsedQuery | LimitRejection | null {
    let entry = cache.get(query);
    if (entry === undefined) {
      entry = parseWithinLimits(query);
      cache.set(query, entry);
      cachedCharacters += query.length;
      for (const oldest of cache.keys()) {
        if (cachedCharacters <= CACHED_QUERY_CHARACTERS) break;
        cache.delete(oldest);
        cachedCharacters -= oldest.length;
      }
    }
    return entry;
  }

  function judge(parsed: ParsedQuery, role: Role, variables: Record<string, unknown>): LimitRejection | null {
    const [rejected] = validate(schema, withPageSizes(schema, parsed.document, variables, maxPageSizeFor(config, role)), rules);
    if (rejected) return new LimitRejection(400, 'QUERY_TOO_COMPLEX', rejected.message, rejected.extensions);
    if (parsed.introspects && !config.introspectionRoles.includes(role)) {
      const open = config.introspectionRoles.length > 0 ? `it is open to ${config.introspectionRoles.join(', ')}` : 'it is open to no role';
      return new LimitRejection(
        403,
        'FORBIDDEN',
        `Schema introspection (__schema, __type) is not open to ${role} tokens here; ${open} (INTROSPECTION_ROLES). Use the operations and schema published with the API.`,
      );
    }
    return null;
  }

  function check(request: FastifyRequest): LimitRejection | null {
    const operation = graphqlRequestOf(request);
    if (!operation) return null;
    if ('batch' in operation) {
      return new LimitRejection(
        400,
        'BAD_REQUEST',
        `Batched requests are not accepted: this body is a JSON array of ${operation.batch} operations. Send one operation per request; each runs in its own transaction.`,
      );
    }
    const { query } = operation;
    if (query.length > limits.maxQueryCharacters) {
      return new LimitRejection(
        400,
        'QUERY_TOO_LARGE',
        `The query is ${query.length} characters long; the limit is ${limits.maxQueryCharacters} (MAX_QUERY_CHARACTERS). Send values as variables, or split the query.`,
        { limit: 'MAX_QUERY_CHARACTERS', max: limits.maxQueryCharacters, found: query.length },
      );
    }
    const parsed = cached(query);
    if (parsed === null || parsed instanceof LimitRejection) return parsed;
    const role = request.scope!.role;
    const variables = { ...parsed.pageSizeDefaults, ...operation.variables };
    const key = [role, ...parsed.pageSizeVariables.map((name) => JSON.stringify(variables[name] ?? null))].join(' ');
    let verdict = parsed.verdicts.get(key);
    if (verdict === undefined) {
      verdict = judge(parsed, role, variables);
      if (parsed.verdicts.size >= VERDICTS_PER_QUERY) parsed.verdicts.clear();
      parsed.verdicts.set(key, verdict);
    }
    return verdict;
  }

  return {
    /** What Apollo itself enforces: introspection is gated by role above, suggestions are hidden in production. */
    apolloOptions: {
      introspection: true,
      // "Did you mean …?" in validation errors would let anyone map the schema without introspection.
      hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    },
    bodyLimit: limits.maxRequestBytes,
    errorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
      if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error; // Fastify's own handling
      return send(
        reply,
        new LimitRejection(413, 'QUERY_TOO_LARGE', `The request body is larger than ${limits.maxRequestBytes} bytes (MAX_REQUEST_BYTES). Send less in one request.`, {
          limit: 'MAX_REQUEST_BYTES',
          max: limits.maxRequestBytes,
        }),
      );
    },
    /** Runs after authentication (it needs the role), before Apollo. */
    async preHandler(request: FastifyRequest, reply: FastifyReply) {
      if (!request.scope) return undefined; // OPTIONS and the landing page carry no operation
      const rejection = check(request);
      if (rejection) return send(reply, rejection);
      return undefined;
    },
  };
}
