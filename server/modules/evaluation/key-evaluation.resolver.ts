import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { Department } from '../org/department.entity.js';
import { BudgetType, ProjectYear } from '../projects/project-year.entity.js';
import { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { Tenant } from '../regions/region.entities.js';
import { Expert } from './expert.entity.js';
import { KeyEvaluation, KeyEvaluationObject, KeyEvaluationStatus } from './key-evaluation.entity.js';
import {
  CreateKeyEvaluationInput,
  FinalizeKeyEvaluationInput,
  IssueKeyEvaluationFeedbackInput,
  RecordKeyEvaluationReportingInput,
  UpdateKeyEvaluationInput,
} from './key-evaluation.inputs.js';
import {
  closeKeyEvaluation,
  createKeyEvaluation,
  finalizeKeyEvaluation,
  issueKeyEvaluationFeedback,
  recordKeyEvaluationReporting,
  startKeyEvaluation,
  updateKeyEvaluation,
} from './key-evaluation.service.js';
import { EvaluationProblem } from './problem.entity.js';

@ObjectType()
export class KeyEvaluationConnection extends ConnectionType(KeyEvaluation, 'KeyEvaluation') {}

@InputType({ description: 'Narrows the key-evaluation list; every condition must hold.' })
export class KeyEvaluationFilter {
  @Field(() => Int, { nullable: true, description: 'The fiscal year evaluated.' })
  fiscalYear?: number;

  @Field(() => KeyEvaluationObject, { nullable: true })
  object?: KeyEvaluationObject;

  @Field(() => KeyEvaluationStatus, { nullable: true })
  status?: KeyEvaluationStatus;

  @Field(() => BudgetType, { nullable: true })
  budgetType?: BudgetType;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;
}

@Resolver(() => KeyEvaluation)
export class KeyEvaluationResolver {
  @Query(() => KeyEvaluationConnection, { description: '财政重点评价 your token may see (department users: their own department’s), by fiscal year and title.' })
  async keyEvaluations(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => KeyEvaluationFilter, { nullable: true }) filter: KeyEvaluationFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    if (filter?.fiscalYear != null) add('r.fiscal_year = ?', filter.fiscalYear);
    if (filter?.object) add('r.object = ?', filter.object);
    if (filter?.status) add('r.status = ?', filter.status);
    if (filter?.budgetType) add('r.budget_type = ?', filter.budgetType);
    if (filter?.departmentId) add('r.department_id = ?::uuid', filter.departmentId);
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, KeyEvaluation, {
      from: 'key_evaluation r',
      conditions,
      params,
      sortExpression: `r.fiscal_year::text || '/' || r.title`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @Query(() => KeyEvaluation, { nullable: true, description: 'One key evaluation by id; null if outside your scope.' })
  keyEvaluation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.keyEvaluation.keyEvaluationById.load(id);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() evaluation: KeyEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(evaluation.tenantId);
  }

  @FieldResolver(() => ProjectYear, { nullable: true, description: 'The project year evaluated (PROJECT, COST_BENEFIT).' })
  projectYear(@Root() evaluation: KeyEvaluation, @Ctx() ctx: Context) {
    return evaluation.projectYearId ? ctx.loaders.projects.projectYearById.load(evaluation.projectYearId) : null;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department evaluated or in charge; its users may read the evaluation.' })
  department(@Root() evaluation: KeyEvaluation, @Ctx() ctx: Context) {
    return evaluation.departmentId ? ctx.loaders.org.departmentById.load(evaluation.departmentId) : null;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The township evaluated (FISCAL_OPERATION).' })
  township(@Root() evaluation: KeyEvaluation, @Ctx() ctx: Context) {
    return evaluation.townshipId ? ctx.loaders.org.departmentById.load(evaluation.townshipId) : null;
  }

  @FieldResolver(() => [Expert], { description: 'The expert panel, by name.' })
  experts(@Root() evaluation: KeyEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.keyEvaluation.expertsByKeyEvaluation.load(evaluation.id);
  }

  @FieldResolver(() => [EvaluationProblem], { description: 'Problems the evaluation found that you may see, in the order registered.' })
  problems(@Root() evaluation: KeyEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.keyEvaluation.problemsByKeyEvaluation.load(evaluation.id);
  }

  @Mutation(() => KeyEvaluation, { description: 'Plans a key evaluation (PLANNED) with its panel, methods and framework weights (COUNTY_ADMIN).' })
  createKeyEvaluation(@Arg('input', () => CreateKeyEvaluationInput) input: CreateKeyEvaluationInput, @Ctx() ctx: Context) {
    return createKeyEvaluation(ctx, input);
  }

  @Mutation(() => KeyEvaluation, { description: 'Changes the plan of a PLANNED or IN_PROGRESS key evaluation (COUNTY_ADMIN).' })
  updateKeyEvaluation(@Arg('input', () => UpdateKeyEvaluationInput) input: UpdateKeyEvaluationInput, @Ctx() ctx: Context) {
    return updateKeyEvaluation(ctx, input);
  }

  @Mutation(() => KeyEvaluation, { description: 'PLANNED → IN_PROGRESS (fieldwork starts).' })
  startKeyEvaluation(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return startKeyEvaluation(ctx, input);
  }

  @Mutation(() => KeyEvaluation, { description: 'IN_PROGRESS → FINAL with the four scores; the total and the grade (tenant’s grade scheme) follow.' })
  finalizeKeyEvaluation(@Arg('input', () => FinalizeKeyEvaluationInput) input: FinalizeKeyEvaluationInput, @Ctx() ctx: Context) {
    return finalizeKeyEvaluation(ctx, input);
  }

  @Mutation(() => KeyEvaluation, { description: 'FINAL → FEEDBACK_ISSUED: results fed back; its problems get their deadlines (feedback date + rectificationDays).' })
  issueKeyEvaluationFeedback(@Arg('input', () => IssueKeyEvaluationFeedbackInput) input: IssueKeyEvaluationFeedbackInput, @Ctx() ctx: Context) {
    return issueKeyEvaluationFeedback(ctx, input);
  }

  @Mutation(() => KeyEvaluation, { description: 'FEEDBACK_ISSUED → CLOSED, once every problem it found is VERIFIED.' })
  closeKeyEvaluation(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return closeKeyEvaluation(ctx, input);
  }

  @Mutation(() => KeyEvaluation, { description: 'Records reporting to the government and/or 人大 of a FINAL, FEEDBACK_ISSUED or CLOSED evaluation.' })
  recordKeyEvaluationReporting(@Arg('input', () => RecordKeyEvaluationReportingInput) input: RecordKeyEvaluationReportingInput, @Ctx() ctx: Context) {
    return recordKeyEvaluationReporting(ctx, input);
  }
}

@Resolver(() => ProjectYear)
export class ProjectYearKeyEvaluationsResolver {
  @FieldResolver(() => [KeyEvaluation], { description: 'Key evaluations of this project year (PROJECT, COST_BENEFIT).' })
  keyEvaluations(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return ctx.loaders.keyEvaluation.keyEvaluationsByProjectYear.load(year.id);
  }
}
