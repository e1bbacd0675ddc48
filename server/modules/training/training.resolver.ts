import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { Tenant } from '../regions/region.entities.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { TrainingEvent } from './training.entity.js';
import { RecordTrainingInput } from './training.inputs.js';
import { recordTraining } from './training.service.js';

@ObjectType()
export class TrainingEventConnection extends ConnectionType(TrainingEvent, 'TrainingEvent') {}

@Resolver(() => TrainingEvent)
export class TrainingResolver {
  @Query(() => TrainingEventConnection, { description: 'Trainings held in a year by the tenants your token may see, in the order held.' })
  async trainings(
    @Arg('fiscalYear', () => Int, { description: 'The year held.' }) fiscalYear: number,
    @Arg('tenantCode', () => String, { nullable: true, description: 'Only this tenant (region code).' }) tenantCode: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) throw badUserInput('fiscalYear', 'must be between 2000 and 2100');
    const { conditions, params, add } = sqlConditions();
    // A date range, so the (tenant_id, held_on) index serves it.
    add('r.held_on >= make_date(?, 1, 1)', fiscalYear);
    add('r.held_on < make_date(?, 1, 1)', fiscalYear + 1);
    if (tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, tenantCode));
    return pageBySql(ctx.db, TrainingEvent, {
      from: 'training_event r',
      conditions,
      params,
      sortExpression: `to_char(r.held_on, 'YYYY-MM-DD')`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() training: TrainingEvent, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(training.tenantId);
  }

  @Mutation(() => TrainingEvent, { description: 'Records a training held by the county finance bureau (COUNTY_ADMIN).' })
  recordTraining(@Arg('input', () => RecordTrainingInput) input: RecordTrainingInput, @Ctx() ctx: Context) {
    return recordTraining(ctx, input);
  }
}
