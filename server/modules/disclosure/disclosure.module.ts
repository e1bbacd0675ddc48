// 信息公开: disclosures of performance documents on websites and to 人大/政府.
import { defineModule } from '../module.js';
import { Disclosure } from './disclosure.entity.js';
import { createDisclosureLoaders } from './disclosure.loaders.js';
import { DisclosureResolver } from './disclosure.resolver.js';

export const disclosureModule = defineModule({
  entities: [Disclosure],
  resolvers: [DisclosureResolver],
  createLoaders: createDisclosureLoaders,
});
