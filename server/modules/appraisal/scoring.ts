// 考核计分: what the province's appraisal of counties and a county's appraisal of its departments
// and townships share — the points tree and its check, score checks, and the score rate
// (得分率 = Σ score / Σ max points × 100). One implementation for both levels.
import type { GraphQLError } from 'graphql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { appError, badUserInput } from '../../graphql/errors.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { fromFen, ratio, toFen } from '../../money.js';

/** Points and scores have two decimals, like yuan: they are summed exactly in hundredths. */
const hundredths = toFen;
const points = fromFen;

/** Points as the database returns them, "2" → "2.00", so a written row reads like a stored one. */
export function asPoints(text: string): string {
  return points(hundredths(text));
}

/** Items nest at most this deep (一级 → 二级 → 三级 → 四级). */
export const MAX_ITEM_DEPTH = 4;

/** An item as both levels store it. */
export interface PointsItem {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  maxPoints: string;
  scoringStandard: string | null;
  sortOrder: number;
}

/** The nested item input of a scheme (both levels use the same input type). */
export interface ItemTreeInput {
  code: string;
  name: string;
  maxPoints: string;
  scoringStandard?: string | null;
  children?: ItemTreeInput[] | null;
}

/**
 * Flattens the nested items of a scheme depth-first into rows with fresh ids, parent ids and a
 * sort order that keeps the tree's order. Refuses duplicate codes and trees deeper than
 * MAX_ITEM_DEPTH, naming the input path (e.g. items[3].children[1].code).
 */
export function flattenItemTree(items: ItemTreeInput[], field = 'items'): PointsItem[] {
  const rows: PointsItem[] = [];
  const codes = new Map<string, string>();
  const walk = (nodes: ItemTreeInput[], parentId: string | null, path: string, depth: number) => {
    nodes.forEach((node, index) => {
      const at = `${path}[${index}]`;
      if (depth > MAX_ITEM_DEPTH) throw badUserInput(at, `items nest at most ${MAX_ITEM_DEPTH} levels deep.`);
      const seen = codes.get(node.code);
      if (seen) throw badUserInput(`${at}.code`, `code ${node.code} is already used by ${seen}; every item of a scheme needs its own code.`);
      codes.set(node.code, at);
      const row: PointsItem = {
        id: crypto.randomUUID(),
        parentId,
        code: node.code,
        name: node.name.trim(),
        maxPoints: asPoints(node.maxPoints),
        scoringStandard: node.scoringStandard?.trim() || null,
        sortOrder: rows.length,
      };
      rows.push(row);
      if (node.children?.length) walk(node.children, row.id, `${at}.children`, depth + 1);
    });
  };
  walk(items, null, field, 1);
  return rows;
}

/** Children of each item (by parent id; roots under ''), in sort order. */
function childrenOf(items: PointsItem[]): Map<string, PointsItem[]> {
  const children = new Map<string, PointsItem[]>();
  for (const item of [...items].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const key = item.parentId ?? '';
    children.set(key, [...(children.get(key) ?? []), item]);
  }
  return children;
}

/** The items that are scored: those without sub-items, in tree order. */
export function leafItems<T extends PointsItem>(items: T[]): T[] {
  const parents = new Set(items.map((item) => item.parentId).filter((id): id is string => id !== null));
  return items.filter((item) => !parents.has(item.id)).sort((a, b) => a.sortOrder - b.sortOrder);
}

/** Depth of every item (top level = 1). */
export function itemLevels(items: PointsItem[]): Map<string, number> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const levels = new Map<string, number>();
  const levelOf = (item: PointsItem): number => {
    const known = levels.get(item.id);
    if (known) return known;
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    const level = parent ? levelOf(parent) + 1 : 1;
    levels.set(item.id, level);
    return level;
  };
  items.forEach(levelOf);
  return levels;
}

/**
 * Why a points tree cannot be published, or null: every item with sub-items must carry exactly
 * the sum of their points, and the top-level items must sum to the scheme's total (山西: 2 + 1 +
 * 2 + 4 + 3 + 7 + 4 + 2 = 25). The error names the first item that does not add up.
 */
export function pointsTreeProblem(items: PointsItem[], totalPoints: string): GraphQLError | null {
  if (items.length === 0) return badUserInput('items', 'the scheme has no items; add its items before publishing.');
  const children = childrenOf(items);
  for (const item of [...items].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const subItems = children.get(item.id);
    if (!subItems) continue;
    const sum = subItems.reduce((total, child) => total + hundredths(child.maxPoints), 0n);
    if (sum !== hundredths(item.maxPoints)) {
      return appError(
        'BAD_USER_INPUT',
        `items: item ${item.code} ${item.name} has ${points(hundredths(item.maxPoints))} points but its sub-items sum to ${points(sum)} ` +
          `(${subItems.map((child) => `${child.code} ${points(hundredths(child.maxPoints))}`).join(' + ')}); make them equal, then publish.`,
        { field: 'items', itemId: item.id, itemCode: item.code },
      );
    }
  }
  const roots = children.get('') ?? [];
  const sum = roots.reduce((total, root) => total + hundredths(root.maxPoints), 0n);
  if (sum !== hundredths(totalPoints)) {
    return badUserInput(
      'totalPoints',
      `the top-level items sum to ${points(sum)} points (${roots.map((root) => `${root.code} ${points(hundredths(root.maxPoints))}`).join(' + ')}) ` +
        `but the scheme's total is ${points(hundredths(totalPoints))}; change the total or the items, then publish.`,
    );
  }
  return null;
}

/** One score to record: for which item, the score, and the input path to name in errors. */
export interface ScoreEntry {
  itemId: string;
  score: string;
}

/**
 * Checks scores against a scheme's items: each names an item of the scheme that has no sub-items
 * (parents are the sum of their sub-items), once, with a score between 0 and the item's points.
 */
export function checkScores<T extends PointsItem>(entries: ScoreEntry[], items: T[], scoreField: string): Map<string, T> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const leaves = new Set(leafItems(items).map((item) => item.id));
  const seen = new Set<string>();
  const result = new Map<string, T>();
  entries.forEach((entry, index) => {
    const at = `scores[${index}]`;
    const item = byId.get(entry.itemId);
    if (!item) throw badUserInput(`${at}.itemId`, 'is not an item of this appraisal’s scheme.');
    if (!leaves.has(item.id)) {
      throw badUserInput(`${at}.itemId`, `item ${item.code} ${item.name} has sub-items; score those, its score is their sum.`);
    }
    if (seen.has(item.id)) throw badUserInput(`${at}.itemId`, `item ${item.code} is scored twice in this request; send it once.`);
    seen.add(item.id);
    if (hundredths(entry.score) > hundredths(item.maxPoints)) {
      throw badUserInput(`${at}.${scoreField}`, `must be between 0 and ${points(hundredths(item.maxPoints))}, the points of item ${item.code} ${item.name}; got ${entry.score}.`);
    }
    result.set(item.id, item);
  });
  return result;
}

/** The scored items (no sub-items) that have no score yet, in tree order. */
export function unscoredItems<T extends PointsItem>(items: T[], scoredItemIds: Iterable<string>): T[] {
  const scored = new Set(scoredItemIds);
  return leafItems(items).filter((item) => !scored.has(item.id));
}

/** "4.2 部门整体支出绩效目标管理, 5 绩效监控管理" for messages. */
export function describeItems(items: PointsItem[]): string {
  return items.map((item) => `${item.code} ${item.name}`).join(', ');
}

/** 得分率: Σ score / Σ max points × 100, exact to two decimals (rounded half up); null without points. */
export function scoreRate(score: string, maxPoints: string): string | null {
  return ratio(hundredths(score) * 100n, hundredths(maxPoints), 2);
}

/** Score, rates and the self/reviewed gap of one appraisal, as both levels show them. */
@ObjectType({ description: '得分与得分率: self and reviewed scores of an appraisal, their rates (Σ score / Σ max points × 100) and the gap.' })
export class AppraisalScoreSummary {
  @Field(() => DecimalScalar, { description: 'Σ max points of the scored items (the scheme total once published).' })
  maxPoints!: string;

  @Field(() => DecimalScalar, { description: '自评得分: Σ self scores.' })
  selfScore!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Self score rate (0–100, two decimals); 石楼县 25 of 25 → 100.00.' })
  selfScoreRate!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '评定得分: Σ reviewed scores; null until the review is visible to you.' })
  reviewedScore!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Reviewed score rate (0–100, two decimals).' })
  reviewedScoreRate!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Self score − reviewed score, in points.' })
  scoreGap!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Self score rate − reviewed score rate, in percentage points.' })
  scoreRateGap!: string | null;
}

/** The summary from the three sums (decimal strings; reviewed null when not visible). */
export function scoreSummary(sums: { maxPoints: string; selfScore: string; reviewedScore: string | null }): AppraisalScoreSummary {
  const selfScoreRate = scoreRate(sums.selfScore, sums.maxPoints);
  const reviewedScoreRate = sums.reviewedScore === null ? null : scoreRate(sums.reviewedScore, sums.maxPoints);
  const gap = sums.reviewedScore === null ? null : points(hundredths(sums.selfScore) - hundredths(sums.reviewedScore));
  const rateGap = selfScoreRate === null || reviewedScoreRate === null ? null : points(hundredths(selfScoreRate) - hundredths(reviewedScoreRate));
  return {
    maxPoints: points(hundredths(sums.maxPoints)),
    selfScore: points(hundredths(sums.selfScore)),
    selfScoreRate,
    reviewedScore: sums.reviewedScore === null ? null : points(hundredths(sums.reviewedScore)),
    reviewedScoreRate,
    scoreGap: gap,
    scoreRateGap: rateGap,
  };
}

/** One item of an appraisal with its scores; items with sub-items show the sum of theirs. */
@ObjectType({ description: 'An item of an appraisal with its self score and reviewed score (items with sub-items show their sums).' })
export class AppraisalScoreLine {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: '1 for a top-level item, 2 for its sub-items, …' })
  level!: number;

  @Field(() => Boolean, { description: 'True for items without sub-items: the ones that are scored.' })
  isLeaf!: boolean;

  @Field(() => DecimalScalar, { description: '分值.' })
  maxPoints!: string;

  @Field(() => String, { nullable: true, description: '评(扣)分标准.' })
  scoringStandard!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '自评得分 (null: not scored yet).' })
  selfScore!: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence or explanation given with the self score.' })
  evidence!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '评定得分 (null: not reviewed, or the review is not visible to you yet).' })
  reviewedScore!: string | null;

  @Field(() => String, { nullable: true, description: 'The reviewer’s note on this item.' })
  reviewNote!: string | null;
}

/**
 * The lines of an appraisal in tree order: each scored item with its scores, each parent with the
 * sums of the scores under it (null while none of them is scored).
 */
export function scoreLines(
  items: PointsItem[],
  selfScores: Map<string, { score: string; evidence: string | null }>,
  reviewedScores: Map<string, { score: string; note: string | null }> | null,
): AppraisalScoreLine[] {
  const children = childrenOf(items);
  const levels = itemLevels(items);
  const sumUnder = (item: PointsItem, pick: (id: string) => string | undefined): bigint | null => {
    const subItems = children.get(item.id);
    if (!subItems) {
      const score = pick(item.id);
      return score === undefined ? null : hundredths(score);
    }
    const parts = subItems.map((child) => sumUnder(child, pick)).filter((part): part is bigint => part !== null);
    return parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0n);
  };
  return [...items]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((item) => {
      const self = sumUnder(item, (id) => selfScores.get(id)?.score);
      const reviewed = reviewedScores ? sumUnder(item, (id) => reviewedScores.get(id)?.score) : null;
      return {
        itemId: item.id,
        parentId: item.parentId,
        code: item.code,
        name: item.name,
        level: levels.get(item.id) ?? 1,
        isLeaf: !children.has(item.id),
        maxPoints: points(hundredths(item.maxPoints)),
        scoringStandard: item.scoringStandard,
        selfScore: self === null ? null : points(self),
        evidence: selfScores.get(item.id)?.evidence ?? null,
        reviewedScore: reviewed === null ? null : points(reviewed),
        reviewNote: reviewedScores?.get(item.id)?.note ?? null,
      };
    });
}
