import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { PerformanceGoal } from '../goals/goal.entities.js';
import { Department } from '../org/department.entity.js';
import { ProjectYear } from '../projects/project-year.entity.js';
import { Tenant } from '../regions/region.entities.js';
import { Disclosure, DisclosureChannel, DisclosureDocType, DisclosureStatus, DisclosureSubjectKind } from './disclosure.entity.js';
import { RecordDisclosureInput, UpdateDisclosureInput, WithdrawDisclosureInput } from './disclosure.inputs.js';
import { recordDisclosure, updateDisclosure, withdrawDisclosure } from './disclosure.service.js';

@ObjectType()
export class DisclosureConnection extends ConnectionType(Disclosure, 'Disclosure') {}

@InputType({ description: 'Narrows the list of disclosures; every condition must hold.' })
export class DisclosureFilter {
  @Field(() => Int, { nullable: true })
  fiscalYear?: number;

  @Field(() => DisclosureDocType, { nullable: true })
  docType?: DisclosureDocType;

  @Field(() => DisclosureChannel, { nullable: true })
  channel?: DisclosureChannel;

  @Field(() => DisclosureSubjectKind, { nullable: true })
  subjectKind?: DisclosureSubjectKind;

  @Field(() => DisclosureStatus, { nullable: true, description: 'Unset lists both standing and withdrawn entries.' })
  status?: DisclosureStatus;

  @Field(() => ID, { nullable: true, description: 'Only disclosures concerning this department.' })
  departmentId?: string;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;
}

@Resolver(() => Disclosure)
export class DisclosureResolver {
  @Query(() => DisclosureConnection, { description: 'Disclosures your token may see, most recently published first.' })
  async disclosures(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => DisclosureFilter, { nullable: true }) filter: DisclosureFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    if (filter?.fiscalYear != null) add('r.fiscal_year = ?', filter.fiscalYear);
    if (filter?.docType) add('r.doc_type = ?', filter.docType);
    if (filter?.channel) add('r.channel = ?', filter.channel);
    if (filter?.subjectKind) add('r.subject_kind = ?', filter.subjectKind);
    if (filter?.status) add('r.status = ?', filter.status);
    if (filter?.departmentId) add('r.department_id = ?::uuid', filter.departmentId);
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, Disclosure, {
      from: 'disclosure r',
      conditions,
      params,
      // Newest first with ascending keyset paging: days before 9999-12-31, zero-padded.
      sortExpression: `lpad((date '9999-12-31' - r.published_on)::text, 7, '0')`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @Query(() => Disclosure, { nullable: true, description: 'One disclosure by id; null if outside your scope.' })
  disclosure(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.disclosure.disclosureById.load(id);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() disclosure: Disclosure, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(disclosure.tenantId);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department concerned (null: the region as a whole).' })
  department(@Root() disclosure: Disclosure, @Ctx() ctx: Context) {
    return disclosure.departmentId ? ctx.loaders.org.departmentById.load(disclosure.departmentId) : null;
  }

  @FieldResolver(() => PerformanceGoal, { nullable: true, description: 'The goal disclosed (GOAL subjects).' })
  goal(@Root() disclosure: Disclosure, @Ctx() ctx: Context) {
    return disclosure.goalId ? ctx.loaders.goals.goalById.load(disclosure.goalId) : null;
  }

  @FieldResolver(() => ProjectYear, { nullable: true, description: 'The project year disclosed (PROJECT_YEAR subjects).' })
  projectYear(@Root() disclosure: Disclosure, @Ctx() ctx: Context) {
    return disclosure.projectYearId ? ctx.loaders.projects.projectYearById.load(disclosure.projectYearId) : null;
  }

  @Mutation(() => Disclosure, { description: 'Records a disclosure (COUNTY_ADMIN; DEPARTMENT_USER for its own department).' })
  recordDisclosure(@Arg('input', () => RecordDisclosureInput) input: RecordDisclosureInput, @Ctx() ctx: Context) {
    return recordDisclosure(ctx, input);
  }

  @Mutation(() => Disclosure, { description: 'Corrects channel, date, address or note of a standing disclosure.' })
  updateDisclosure(@Arg('input', () => UpdateDisclosureInput) input: UpdateDisclosureInput, @Ctx() ctx: Context) {
    return updateDisclosure(ctx, input);
  }

  @Mutation(() => Disclosure, { description: 'PUBLISHED → WITHDRAWN; the entry stays listed.' })
  withdrawDisclosure(@Arg('input', () => WithdrawDisclosureInput) input: WithdrawDisclosureInput, @Ctx() ctx: Context) {
    return withdrawDisclosure(ctx, input);
  }
}
