import type DataLoader from 'dataloader';
import { rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { Disclosure } from './disclosure.entity.js';

export interface DisclosureLoaders {
  disclosureById: DataLoader<string, Disclosure | null>;
}

export function createDisclosureLoaders(db: RequestDb): DisclosureLoaders {
  return { disclosureById: rowLoader(db, Disclosure, 'id') };
}
