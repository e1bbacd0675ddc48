// BI 接口密钥: API keys for BI tools.
import { defineModule } from '../module.js';
import { ApiKey } from './api-key.entity.js';
import { createApiKeyLoaders } from './api-key.loaders.js';
import { ApiKeyResolver } from './api-key.resolver.js';

export const apiKeysModule = defineModule({
  entities: [ApiKey],
  resolvers: [ApiKeyResolver],
  createLoaders: createApiKeyLoaders,
});
