import type { RequestDb } from '../db/request-db.js';
import { TenantRow } from '../db/tenant-row.js';
import type { DomainModule } from './module.js';
import { apiKeysModule } from './api-keys/api-keys.module.js';
import { appraisalModule } from './appraisal/appraisal.module.js';
import { assessmentModule } from './assessment-ex-ante/assessment.module.js';
import { auditModule } from './audit/audit.module.js';
import { disclosureModule } from './disclosure/disclosure.module.js';
import { keyEvaluationModule } from './evaluation/key-evaluation.module.js';
import { selfEvaluationModule } from './evaluation/self-evaluation.module.js';
import { goalsModule } from './goals/goals.module.js';
import { monitoringModule } from './monitoring/monitoring.module.js';
import { orgModule } from './org/org.module.js';
import { projectsModule } from './projects/projects.module.js';
import { regionsModule } from './regions/regions.module.js';
import { resultsModule } from './results/results.module.js';
import { rulesModule } from './rules/rules.module.js';
import { viewerModule } from './viewer/viewer.module.js';
import { trainingModule } from './training/training.module.js';
import { metricsModule } from '../metrics/metrics.module.js';

/** Every domain module, in the order of the performance chain. */
export const MODULES = {
  viewer: viewerModule,
  regions: regionsModule,
  org: orgModule,
  rules: rulesModule,
  projects: projectsModule,
  assessment: assessmentModule,
  goals: goalsModule,
  monitoring: monitoringModule,
  selfEvaluation: selfEvaluationModule,
  keyEvaluation: keyEvaluationModule,
  results: resultsModule,
  disclosure: disclosureModule,
  appraisal: appraisalModule,
  training: trainingModule,
  metrics: metricsModule,
  audit: auditModule,
  apiKeys: apiKeysModule,
} as const;

type Modules = typeof MODULES;

/** Per-request loaders, one group per module: `ctx.loaders.<module>.<loader>`. */
export type Loaders = { [K in keyof Modules]: ReturnType<Modules[K]['createLoaders']> };

export function createLoaders(db: RequestDb): Loaders {
  return Object.fromEntries(Object.entries(MODULES).map(([name, module]) => [name, module.createLoaders(db)])) as Loaders;
}

const all = Object.values(MODULES) as DomainModule[];
export const ENTITIES = [TenantRow, ...all.flatMap((module) => module.entities)];
export const RESOLVERS = all.flatMap((module) => module.resolvers) as [Function, ...Function[]];
