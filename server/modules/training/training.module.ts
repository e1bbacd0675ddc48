// 业务培训: trainings held by the county finance bureau.
import { defineModule } from '../module.js';
import { TrainingEvent } from './training.entity.js';
import { createTrainingLoaders } from './training.loaders.js';
import { TrainingResolver } from './training.resolver.js';

export const trainingModule = defineModule({
  entities: [TrainingEvent],
  resolvers: [TrainingResolver],
  createLoaders: createTrainingLoaders,
});
