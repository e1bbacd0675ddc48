import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { PerformanceGoal, PerformanceIndicator } from '../goals/goal.entities.js';
import { Department } from '../org/department.entity.js';
import { ProjectYear } from '../projects/project-year.entity.js';
import { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { Tenant } from '../regions/region.entities.js';
import {
  MonitoringIndicatorValue,
  MonitoringRecord,
  MonitoringRecordStatus,
  MonitoringRound,
  MonitoringSubject,
  WarningLevel,
} from './monitoring.entities.js';
import {
  AuditMonitoringRecordInput,
  CreateMonitoringRecordInput,
  CreateMonitoringRoundInput,
  ReturnMonitoringRecordInput,
  UpdateMonitoringRecordInput,
} from './monitoring.inputs.js';
import {
  auditMonitoringRecord,
  closeMonitoringRound,
  createMonitoringRecord,
  createMonitoringRound,
  monitoringRounds,
  openMonitoringRounds,
  reopenMonitoringRound,
  returnMonitoringRecord,
  submitMonitoringRecord,
  updateMonitoringRecord,
} from './monitoring.service.js';

@ObjectType()
export class MonitoringRecordConnection extends ConnectionType(MonitoringRecord, 'MonitoringRecord') {}

@InputType({ description: 'Narrows the monitoring-record list; every condition must hold.' })
export class MonitoringRecordFilter {
  @Field(() => ID, { nullable: true })
  roundId?: string;

  @Field(() => Int, { nullable: true, description: 'Fiscal year of the round.' })
  fiscalYear?: number;

  @Field(() => WarningLevel, { nullable: true })
  warningLevel?: WarningLevel;

  @Field(() => MonitoringRecordStatus, { nullable: true })
  status?: MonitoringRecordStatus;

  @Field(() => MonitoringSubject, { nullable: true })
  subject?: MonitoringSubject;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => ID, { nullable: true })
  projectYearId?: string;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;
}

@Resolver(() => MonitoringRound)
export class MonitoringRoundResolver {
  @Query(() => [MonitoringRound], { description: 'Monitoring rounds of a fiscal year your token may see, by period end.' })
  monitoringRounds(
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('tenantCode', () => String, { nullable: true, description: 'Only this tenant (region code).' }) tenantCode: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return monitoringRounds(ctx, fiscalYear, tenantCode);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() round: MonitoringRound, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(round.tenantId);
  }

  @Mutation(() => [MonitoringRound], {
    description:
      'Opens the rounds of your region’s monitoring cadence (monitoringCadence rule) for a fiscal year that do not exist yet, and returns those it created (finance).',
  })
  openMonitoringRounds(@Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() ctx: Context) {
    return openMonitoringRounds(ctx, fiscalYear);
  }

  @Mutation(() => MonitoringRound, { description: 'Opens one ad hoc round: 日常, 定期 or 重点监控 (finance).' })
  createMonitoringRound(@Arg('input', () => CreateMonitoringRoundInput) input: CreateMonitoringRoundInput, @Ctx() ctx: Context) {
    return createMonitoringRound(ctx, input);
  }

  @Mutation(() => MonitoringRound, { description: 'OPEN → CLOSED: no more records are added, changed or submitted (finance).' })
  closeMonitoringRound(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return closeMonitoringRound(ctx, input);
  }

  @Mutation(() => MonitoringRound, { description: 'CLOSED → OPEN (finance).' })
  reopenMonitoringRound(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return reopenMonitoringRound(ctx, input);
  }
}

@Resolver(() => MonitoringRecord)
export class MonitoringRecordResolver {
  @Query(() => MonitoringRecordConnection, { description: 'Monitoring records your token may see, by round period end and project or department code.' })
  async monitoringRecords(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => MonitoringRecordFilter, { nullable: true }) filter: MonitoringRecordFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    if (filter?.roundId) add('r.round_id = ?::uuid', filter.roundId);
    if (filter?.fiscalYear != null) add('m.fiscal_year = ?', filter.fiscalYear);
    if (filter?.warningLevel) add('r.warning_level = ?', filter.warningLevel);
    if (filter?.status) add('r.status = ?', filter.status);
    if (filter?.subject) add('r.subject = ?', filter.subject);
    if (filter?.departmentId) add('r.department_id = ?::uuid', filter.departmentId);
    if (filter?.projectYearId) add('r.project_year_id = ?::uuid', filter.projectYearId);
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, MonitoringRecord, {
      from: `monitoring_record r
             join monitoring_round m on m.tenant_id = r.tenant_id and m.id = r.round_id
             join department d on d.tenant_id = r.tenant_id and d.id = r.department_id
             left join project_year y on y.tenant_id = r.tenant_id and y.id = r.project_year_id`,
      // A record is visible exactly when its round and department are (same tenant, and neither is
      // department-scoped), so the count reads the records alone: the largest county has 25,000.
      countFrom: filter?.fiscalYear != null ? 'monitoring_record r join monitoring_round m on m.tenant_id = r.tenant_id and m.id = r.round_id' : 'monitoring_record r',
      conditions,
      params,
      // The project year carries its project's code (migration 0015).
      sortExpression: `to_char(m.period_end, 'YYYY-MM-DD') || '/' || coalesce(y.project_code, d.code)`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @Query(() => MonitoringRecord, { nullable: true, description: 'One monitoring record by id; null if outside your scope.' })
  monitoringRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.monitoring.recordById.load(id);
  }

  @FieldResolver(() => MonitoringRound)
  round(@Root() record: MonitoringRecord, @Ctx() ctx: Context) {
    return ctx.loaders.monitoring.roundById.load(record.roundId);
  }

  @FieldResolver(() => ProjectYear, { nullable: true, description: 'The project year monitored (PROJECT records).' })
  projectYear(@Root() record: MonitoringRecord, @Ctx() ctx: Context) {
    return record.projectYearId ? ctx.loaders.projects.projectYearById.load(record.projectYearId) : null;
  }

  @FieldResolver(() => Department)
  department(@Root() record: MonitoringRecord, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(record.departmentId);
  }

  @FieldResolver(() => PerformanceGoal, { nullable: true, description: 'The goal version the record monitors (in force when it was created).' })
  goal(@Root() record: MonitoringRecord, @Ctx() ctx: Context) {
    return ctx.loaders.goals.goalById.load(record.goalId);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() record: MonitoringRecord, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(record.tenantId);
  }

  @FieldResolver(() => [MonitoringIndicatorValue], { description: 'Indicator values, in the order of the goal’s indicators; empty when only payment progress is monitored.' })
  indicatorValues(@Root() record: MonitoringRecord, @Ctx() ctx: Context) {
    return ctx.loaders.monitoring.indicatorValuesByRecord.load(record.id);
  }

  @Mutation(() => MonitoringRecord, { description: 'Creates a DRAFT record of an open round for an APPROVED project year with an ISSUED goal, or for a department with a department goal in force.' })
  createMonitoringRecord(@Arg('input', () => CreateMonitoringRecordInput) input: CreateMonitoringRecordInput, @Ctx() ctx: Context) {
    return createMonitoringRecord(ctx, input);
  }

  @Mutation(() => MonitoringRecord, { description: 'Changes a DRAFT or RETURNED record; the warning is computed again.' })
  updateMonitoringRecord(@Arg('input', () => UpdateMonitoringRecordInput) input: UpdateMonitoringRecordInput, @Ctx() ctx: Context) {
    return updateMonitoringRecord(ctx, input);
  }

  @Mutation(() => MonitoringRecord, { description: 'DRAFT/RETURNED → SUBMITTED, storing the warning. Deviation reasons are required unless the warning is GREEN.' })
  submitMonitoringRecord(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return submitMonitoringRecord(ctx, input);
  }

  @Mutation(() => MonitoringRecord, { description: '终审 (finance): SUBMITTED → AUDITED, computing and storing the warning again.' })
  auditMonitoringRecord(@Arg('input', () => AuditMonitoringRecordInput) input: AuditMonitoringRecordInput, @Ctx() ctx: Context) {
    return auditMonitoringRecord(ctx, input);
  }

  @Mutation(() => MonitoringRecord, { description: 'SUBMITTED → RETURNED to the department with an opinion (finance).' })
  returnMonitoringRecord(@Arg('input', () => ReturnMonitoringRecordInput) input: ReturnMonitoringRecordInput, @Ctx() ctx: Context) {
    return returnMonitoringRecord(ctx, input);
  }
}

@Resolver(() => MonitoringIndicatorValue)
export class MonitoringIndicatorValueResolver {
  @FieldResolver(() => PerformanceIndicator, { description: 'The goal indicator the value reports on, with its target.' })
  indicator(@Root() value: MonitoringIndicatorValue, @Ctx() ctx: Context) {
    return ctx.loaders.monitoring.indicatorById.load(value.indicatorId);
  }
}

@Resolver(() => ProjectYear)
export class ProjectYearMonitoringResolver {
  @FieldResolver(() => [MonitoringRecord], { description: '绩效运行监控 records of this project year, by round period end.' })
  monitoringRecords(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return ctx.loaders.monitoring.recordsByProjectYear.load(year.id);
  }
}
