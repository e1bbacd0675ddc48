import type DataLoader from 'dataloader';
import { rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { TrainingEvent } from './training.entity.js';

export interface TrainingLoaders {
  trainingById: DataLoader<string, TrainingEvent | null>;
}

export function createTrainingLoaders(db: RequestDb): TrainingLoaders {
  return { trainingById: rowLoader(db, TrainingEvent, 'id') };
}
