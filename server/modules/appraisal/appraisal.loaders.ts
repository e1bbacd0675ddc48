import DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { AppraisalItem, AppraisalReview, AppraisalReviewScore, AppraisalScheme, AppraisalSelfScore, AppraisalSubmission } from './appraisal.entities.js';
import { UnitAppraisalItem, UnitAppraisalScheme, UnitAppraisalScore, UnitAppraisalSubmission } from './unit-appraisal.entities.js';

/** The three sums an appraisal's rates come from (decimal strings; reviewed null while not visible). */
export interface ScoreSums {
  maxPoints: string;
  selfScore: string;
  reviewedScore: string | null;
}

export interface AppraisalLoaders {
  schemeById: DataLoader<string, AppraisalScheme | null>;
  /** Items of each scheme, depth-first. */
  itemsByScheme: DataLoader<string, AppraisalItem[]>;
  submissionById: DataLoader<string, AppraisalSubmission | null>;
  /** The self-assessments of each scheme your token may see (a county: its own). */
  submissionsByScheme: DataLoader<string, AppraisalSubmission[]>;
  selfScoresBySubmission: DataLoader<string, AppraisalSelfScore[]>;
  reviewById: DataLoader<string, AppraisalReview | null>;
  /** The province's review of each submission, if visible (a county sees it once FINAL). */
  reviewBySubmission: DataLoader<string, AppraisalReview | null>;
  reviewScoresByReview: DataLoader<string, AppraisalReviewScore[]>;
  /** Σ max points, Σ self scores and Σ reviewed scores of each submission, summed in SQL. */
  sumsBySubmission: DataLoader<string, ScoreSums>;

  unitSchemeById: DataLoader<string, UnitAppraisalScheme | null>;
  unitItemsByScheme: DataLoader<string, UnitAppraisalItem[]>;
  unitSubmissionById: DataLoader<string, UnitAppraisalSubmission | null>;
  unitSubmissionsByScheme: DataLoader<string, UnitAppraisalSubmission[]>;
  unitScoresBySubmission: DataLoader<string, UnitAppraisalScore[]>;
  unitSumsBySubmission: DataLoader<string, ScoreSums>;
}

/**
 * Sums per submission in one statement per batch. Σ max points runs over the scored items (those
 * without sub-items). Reviewed scores count once the examinee may see them: row-level security
 * hides the province's review from a county until it is FINAL; a department sees its reviewed
 * scores once the finance bureau has finished (REVIEWED).
 */
function sumsLoader(db: RequestDb, sql: string): DataLoader<string, ScoreSums> {
  return new DataLoader(async (ids) => {
    const rows = await db.query<{ id: string; max_points: string; self_score: string; reviewed_score: string | null }>(sql, [[...ids]]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return { maxPoints: row?.max_points ?? '0.00', selfScore: row?.self_score ?? '0.00', reviewedScore: row?.reviewed_score ?? null };
    });
  });
}

const PROVINCE_SUMS = `
  select s.id,
         (select coalesce(sum(i.max_points), 0) from appraisal_item i
           where i.scheme_id = s.scheme_id
             and not exists (select 1 from appraisal_item c where c.province_id = i.province_id and c.scheme_id = i.scheme_id and c.parent_id = i.id))::text as max_points,
         (select coalesce(sum(x.self_score), 0) from appraisal_self_score x
           where x.tenant_id = s.tenant_id and x.submission_id = s.id)::text as self_score,
         (select sum(y.reviewed_score) from appraisal_review r
            join appraisal_review_score y on y.province_id = r.province_id and y.review_id = r.id
           where r.submission_id = s.id)::text as reviewed_score
    from appraisal_submission s
   where s.id = any(?)`;

const UNIT_SUMS = `
  select s.id,
         (select coalesce(sum(i.max_points), 0) from unit_appraisal_item i
           where i.tenant_id = s.tenant_id and i.scheme_id = s.scheme_id
             and not exists (select 1 from unit_appraisal_item c where c.tenant_id = i.tenant_id and c.scheme_id = i.scheme_id and c.parent_id = i.id))::text as max_points,
         (select coalesce(sum(x.self_score), 0) from unit_appraisal_score x
           where x.tenant_id = s.tenant_id and x.submission_id = s.id)::text as self_score,
         (select sum(x.reviewed_score) from unit_appraisal_score x
           where x.tenant_id = s.tenant_id and x.submission_id = s.id
             and (s.status = 'REVIEWED' or (s.status = 'REVIEWING' and (select app.role()) <> 'DEPARTMENT_USER')))::text as reviewed_score
    from unit_appraisal_submission s
   where s.id = any(?)`;

export function createAppraisalLoaders(db: RequestDb): AppraisalLoaders {
  return {
    schemeById: rowLoader(db, AppraisalScheme, 'id'),
    itemsByScheme: groupLoader(
      (ids) => db.findByKeys(AppraisalItem, 'schemeId', ids, { sortOrder: 'asc' }),
      (item) => item.schemeId,
    ),
    submissionById: rowLoader(db, AppraisalSubmission, 'id'),
    submissionsByScheme: groupLoader(
      (ids) => db.findByKeys(AppraisalSubmission, 'schemeId', ids, { createdAt: 'asc' }),
      (submission) => submission.schemeId,
    ),
    selfScoresBySubmission: groupLoader(
      (ids) => db.findByKeys(AppraisalSelfScore, 'submissionId', ids),
      (score) => score.submissionId,
    ),
    reviewById: rowLoader(db, AppraisalReview, 'id'),
    reviewBySubmission: rowLoader(db, AppraisalReview, 'submissionId'),
    reviewScoresByReview: groupLoader(
      (ids) => db.findByKeys(AppraisalReviewScore, 'reviewId', ids),
      (score) => score.reviewId,
    ),
    sumsBySubmission: sumsLoader(db, PROVINCE_SUMS),

    unitSchemeById: rowLoader(db, UnitAppraisalScheme, 'id'),
    unitItemsByScheme: groupLoader(
      (ids) => db.findByKeys(UnitAppraisalItem, 'schemeId', ids, { sortOrder: 'asc' }),
      (item) => item.schemeId,
    ),
    unitSubmissionById: rowLoader(db, UnitAppraisalSubmission, 'id'),
    unitSubmissionsByScheme: groupLoader(
      (ids) => db.findByKeys(UnitAppraisalSubmission, 'schemeId', ids, { createdAt: 'asc' }),
      (submission) => submission.schemeId,
    ),
    unitScoresBySubmission: groupLoader(
      (ids) => db.findByKeys(UnitAppraisalScore, 'submissionId', ids),
      (score) => score.submissionId,
    ),
    unitSumsBySubmission: sumsLoader(db, UNIT_SUMS),
  };
}
