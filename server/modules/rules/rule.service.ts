import type DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { groupLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { RULE_DEFAULTS, ruleProblem, type RuleKey, type RuleValues } from './rule-definitions.js';
import { TenantRule } from './tenant-rule.entity.js';

export interface RuleLoaders {
  /** The rules a tenant has set, by tenant id. */
  rulesByTenant: DataLoader<string, TenantRule[]>;
}

export function createRuleLoaders(db: RequestDb): RuleLoaders {
  return {
    rulesByTenant: groupLoader(
      (tenantIds) => db.serial((em) => em.find(TenantRule, { tenantId: { $in: tenantIds } })),
      (rule) => rule.tenantId,
    ),
  };
}

/** The value of a rule for a tenant: its own setting, else the national default. */
export async function ruleFor<K extends RuleKey>(ctx: Context, tenantId: string, key: K): Promise<RuleValues[K]> {
  const rules = await ctx.loaders.rules.rulesByTenant.load(tenantId);
  const own = rules.find((rule) => rule.key === key);
  return (own ? own.value : RULE_DEFAULTS[key]) as RuleValues[K];
}

export async function setTenantRule(ctx: Context, key: RuleKey, value: unknown): Promise<TenantRule> {
  requireCountyAdmin(ctx, 'sets the region’s rules');
  const tenant = await tenantForWrite(ctx);
  const problem = ruleProblem(key, value);
  if (problem) throw badUserInput('value', `${key} ${problem}.`);
  const existing = (await ctx.loaders.rules.rulesByTenant.load(tenant.id)).find((rule) => rule.key === key);
  return ctx.db.serial(async (em) => {
    const rule = existing ?? em.create(TenantRule, { tenantId: tenant.id, id: crypto.randomUUID(), key, value, version: 1 });
    rule.value = value;
    await em.flush();
    ctx.loaders.rules.rulesByTenant.clear(tenant.id);
    return rule;
  });
}
