// 地方规则: per-region rules as data (tenant_rule), with national defaults.
import { defineModule } from '../module.js';
import { RuleResolver } from './rule.resolver.js';
import { createRuleLoaders } from './rule.service.js';
import { TenantRule } from './tenant-rule.entity.js';

export const rulesModule = defineModule({
  entities: [TenantRule],
  resolvers: [RuleResolver],
  createLoaders: createRuleLoaders,
});
