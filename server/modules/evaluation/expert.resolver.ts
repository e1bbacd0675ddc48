import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { pageOf } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { Expert, ExpertSpecialty } from './expert.entity.js';
import { CreateExpertInput, UpdateExpertInput } from './expert.inputs.js';
import { createExpert, updateExpert } from './expert.service.js';

@ObjectType()
export class ExpertConnection extends ConnectionType(Expert, 'Expert') {}

@InputType({ description: 'Narrows the expert pool; every condition must hold.' })
export class ExpertFilter {
  @Field(() => ExpertSpecialty, { nullable: true })
  specialty?: ExpertSpecialty;

  @Field(() => Boolean, { nullable: true, description: 'true: only experts who may be assigned.' })
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;
}

@Resolver(() => Expert)
export class ExpertResolver {
  @Query(() => ExpertConnection, { description: '专家库: the expert pool(s) your token may see, ordered by name.' })
  async experts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ExpertFilter, { nullable: true }) filter: ExpertFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const where: FilterQuery<Expert> = {};
    if (filter?.specialty) where.specialty = filter.specialty;
    if (filter?.active != null) where.active = filter.active;
    if (filter?.tenantCode) where.tenantId = await visibleTenantId(ctx, filter.tenantCode);
    return pageOf(ctx.db, Expert, { where, sortColumn: 'name', ...page, cap: ctx.maxPageSize });
  }

  @Mutation(() => Expert, { description: 'Adds an expert to your pool (COUNTY_ADMIN).' })
  createExpert(@Arg('input', () => CreateExpertInput) input: CreateExpertInput, @Ctx() ctx: Context) {
    return createExpert(ctx, input);
  }

  @Mutation(() => Expert, { description: 'Changes an expert of your pool (COUNTY_ADMIN); active: false keeps them off new panels.' })
  updateExpert(@Arg('input', () => UpdateExpertInput) input: UpdateExpertInput, @Ctx() ctx: Context) {
    return updateExpert(ctx, input);
  }
}
