import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors.js';

/** Relay page information. Pages only move forward (`first`/`after`). */
@ObjectType({ description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Always false: pages move forward with `after`.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 20); at most the page-size limit of your role (by default 100, for BI_READER 1000).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row of the previous page.' })
  after?: string;
}

export const DEFAULT_PAGE_SIZE = 20;

/** The sort key a list is paged by: a text column and the id as tie-breaker. */
export type SortKey = [string, string];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): SortKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string')) return key as SortKey;
  } catch {
    // fall through to the error below
  }
  throw badUserInput('after', 'not a cursor returned by this list; pass pageInfo.endCursor of the previous page.');
}

/** The page size a list returns; `cap` is the largest page the request's role may ask for. */
export function pageSize(first: number | undefined, cap: number): number {
  if (first === undefined || first === null) return Math.min(DEFAULT_PAGE_SIZE, cap);
  if (!Number.isInteger(first) || first < 1 || first > cap) {
    throw badUserInput('first', `must be between 1 and ${cap}, the largest page your role may ask for; got ${first}. Page on with \`after\` for more rows.`);
  }
  return first;
}

/**
 * One page of a list. `totalCount` is a getter so its query runs only when a client selects it.
 */
export class Connection<T> {
  readonly edges: { cursor: string; node: T }[];
  readonly nodes: T[];
  readonly pageInfo: PageInfo;

  constructor(
    rows: T[],
    size: number,
    sortKey: (row: T) => SortKey,
    private readonly count: () => Promise<number>,
  ) {
    // Rows are fetched with limit size + 1: the extra row only tells that a next page exists.
    this.nodes = rows.slice(0, size);
    this.edges = this.nodes.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
    this.pageInfo = {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: this.edges[0]?.cursor ?? null,
      endCursor: this.edges.at(-1)?.cursor ?? null,
    };
  }

  get totalCount(): Promise<number> {
    return this.count();
  }
}

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The same rows as `edges.node`, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Rows in the whole filtered list (all pages).' })
    totalCount!: Promise<number>;
  }
  return ConnectionClass;
}

/**
 * Whether the client selected the field path (e.g. `totalCount`, or `nodes`, `project`) below the
 * field being resolved, fragments included.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  const among = (selections: readonly SelectionNode[], [name, ...rest]: string[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name && (rest.length === 0 || among(selection.selectionSet?.selections ?? [], rest));
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      return fragment !== undefined && among(fragment.selectionSet.selections, [name, ...rest]);
    });
  return info.fieldNodes.some((node) => among(node.selectionSet?.selections ?? [], path));
}

/** Whether the client selected the field `name` of a connection's rows (`nodes` or `edges.node`). */
export function selectsOnNodes(info: GraphQLResolveInfo, name: string): boolean {
  return selects(info, 'nodes', name) || selects(info, 'edges', 'node', name);
}
