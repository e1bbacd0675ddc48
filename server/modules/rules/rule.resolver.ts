import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { RULE_DEFAULTS, RULE_LABELS, type RuleKey } from './rule-definitions.js';
import { ruleFor, setTenantRule } from './rule.service.js';

const RuleKeyEnum = Object.fromEntries(Object.keys(RULE_DEFAULTS).map((key) => [key, key])) as Record<RuleKey, RuleKey>;
registerEnumType(RuleKeyEnum, {
  name: 'RuleKey',
  description: 'A rule that differs between regions.',
  valuesConfig: Object.fromEntries(Object.entries(RULE_LABELS).map(([key, label]) => [key, { description: label }])),
});

@ObjectType({ description: 'A region’s rule: its own setting or the national default.' })
export class TenantRuleValue {
  @Field(() => RuleKeyEnum)
  key!: RuleKey;

  @Field(() => String)
  label!: string;

  @Field(() => GraphQLJSON)
  value!: unknown;

  @Field(() => Boolean, { description: 'True when the region has not set it and the national default applies.' })
  isDefault!: boolean;
}

@Resolver()
export class RuleResolver {
  @Query(() => [TenantRuleValue], { description: 'The rules in force for a tenant (default: your own).' })
  async tenantRules(@Arg('tenantCode', () => String, { nullable: true }) tenantCode: string | undefined, @Ctx() ctx: Context) {
    const code = tenantCode ?? ctx.scope.tenant;
    const tenant = code ? await ctx.loaders.regions.tenantByCode.load(code) : null;
    if (!tenant) throw forbidden(`Tenant ${code ?? '(none given)'} is not visible to you; pass tenantCode for one of your tenants.`);
    const own = await ctx.loaders.rules.rulesByTenant.load(tenant.id);
    return Promise.all(
      (Object.keys(RULE_DEFAULTS) as RuleKey[]).map(async (key) => ({
        key,
        label: RULE_LABELS[key],
        value: await ruleFor(ctx, tenant.id, key),
        isDefault: !own.some((rule) => rule.key === key),
      })),
    );
  }

  @Mutation(() => TenantRuleValue, { description: 'Sets one of your region’s rules (COUNTY_ADMIN). The value is validated for the key.' })
  async setTenantRule(
    @Arg('key', () => RuleKeyEnum) key: RuleKey,
    @Arg('value', () => GraphQLJSON) value: unknown,
    @Ctx() ctx: Context,
  ) {
    const rule = await setTenantRule(ctx, key, value);
    return { key, label: RULE_LABELS[key], value: rule.value, isDefault: false };
  }
}
