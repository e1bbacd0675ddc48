// 考核: the province's points-based appraisal of its counties (scheme, county self-assessment,
// province review) and each county's appraisal of its departments and townships.
import { defineModule } from '../module.js';
import {
  AppraisalItem,
  AppraisalReview,
  AppraisalReviewScore,
  AppraisalScheme,
  AppraisalSelfScore,
  AppraisalSubmission,
  ProvinceRow,
} from './appraisal.entities.js';
import { createAppraisalLoaders } from './appraisal.loaders.js';
import { AppraisalItemResolver, AppraisalReviewResolver, AppraisalSchemeResolver, AppraisalSubmissionResolver } from './appraisal.resolver.js';
import { UnitAppraisalItem, UnitAppraisalScheme, UnitAppraisalScore, UnitAppraisalSubmission } from './unit-appraisal.entities.js';
import {
  UnitAppraisalItemResolver,
  UnitAppraisalSchemeResolver,
  UnitAppraisalSubmissionResolver,
} from './unit-appraisal.resolver.js';

export const appraisalModule = defineModule({
  entities: [
    ProvinceRow,
    AppraisalScheme,
    AppraisalItem,
    AppraisalSubmission,
    AppraisalSelfScore,
    AppraisalReview,
    AppraisalReviewScore,
    UnitAppraisalScheme,
    UnitAppraisalItem,
    UnitAppraisalSubmission,
    UnitAppraisalScore,
  ],
  resolvers: [
    AppraisalSchemeResolver,
    AppraisalItemResolver,
    AppraisalSubmissionResolver,
    AppraisalReviewResolver,
    UnitAppraisalSchemeResolver,
    UnitAppraisalItemResolver,
    UnitAppraisalSubmissionResolver,
  ],
  createLoaders: createAppraisalLoaders,
});
