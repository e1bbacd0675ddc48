import type DataLoader from 'dataloader';
import { rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { ApiKey } from './api-key.entity.js';

export interface ApiKeyLoaders {
  apiKeyById: DataLoader<string, ApiKey | null>;
}

export function createApiKeyLoaders(db: RequestDb): ApiKeyLoaders {
  return { apiKeyById: rowLoader(db, ApiKey, 'id') };
}
