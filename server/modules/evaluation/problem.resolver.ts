import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { Department } from '../org/department.entity.js';
import { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { Tenant } from '../regions/region.entities.js';
import { KeyEvaluation } from './key-evaluation.entity.js';
import { CHINA_TODAY_SQL } from '../../calendar.js';
import { EvaluationProblem, ProblemCategory, ProblemSource, ProblemStatus } from './problem.entity.js';
import { CreateProblemInput, RejectRectificationInput, ReportRectificationInput, VerifyRectificationInput } from './problem.inputs.js';
import { createProblem, rejectRectification, reportRectification, startRectification, verifyRectification } from './problem.service.js';

@ObjectType()
export class EvaluationProblemConnection extends ConnectionType(EvaluationProblem, 'EvaluationProblem') {}

/** The SQL twin of EvaluationProblem.isOverdue. */
const OVERDUE_SQL = `(r.deadline < ${CHINA_TODAY_SQL} and r.status <> 'VERIFIED')`;

@InputType({ description: 'Narrows the problem list; every condition must hold.' })
export class ProblemFilter {
  @Field(() => ProblemStatus, { nullable: true })
  status?: ProblemStatus;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue problems (deadline before today in China, not verified); false: only the others.' })
  overdue?: boolean;

  @Field(() => ProblemCategory, { nullable: true })
  category?: ProblemCategory;

  @Field(() => ProblemSource, { nullable: true })
  source?: ProblemSource;

  @Field(() => ID, { nullable: true, description: 'Only problems found by this key evaluation.' })
  evaluationId?: string;

  @Field(() => ID, { nullable: true, description: 'Only problems this department is responsible for.' })
  departmentId?: string;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;
}

@Resolver(() => EvaluationProblem)
export class ProblemResolver {
  @Query(() => EvaluationProblemConnection, { description: '问题与整改: problems your token may see (department users: their own), earliest deadline first.' })
  async problems(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ProblemFilter, { nullable: true }) filter: ProblemFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    if (filter?.status) add('r.status = ?', filter.status);
    if (filter?.category) add('r.category = ?', filter.category);
    if (filter?.source) add('r.source = ?', filter.source);
    if (filter?.evaluationId) add('r.key_evaluation_id = ?::uuid', filter.evaluationId);
    if (filter?.departmentId) add('r.department_id = ?::uuid', filter.departmentId);
    if (filter?.overdue === true) conditions.push(OVERDUE_SQL);
    if (filter?.overdue === false) conditions.push(`not coalesce(${OVERDUE_SQL}, false)`);
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, EvaluationProblem, {
      from: 'evaluation_problem r',
      conditions,
      params,
      sortExpression: `coalesce(r.deadline::text, '9999-12-31')`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @Query(() => EvaluationProblem, { nullable: true, description: 'One problem by id; null if outside your scope.' })
  problem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.keyEvaluation.problemById.load(id);
  }

  @FieldResolver(() => KeyEvaluation, { nullable: true, description: 'The key evaluation that found it, if you may see it.' })
  keyEvaluation(@Root() problem: EvaluationProblem, @Ctx() ctx: Context) {
    return problem.keyEvaluationId ? ctx.loaders.keyEvaluation.keyEvaluationById.load(problem.keyEvaluationId) : null;
  }

  @FieldResolver(() => Department, { description: 'The department responsible for rectifying it.' })
  department(@Root() problem: EvaluationProblem, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(problem.departmentId);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() problem: EvaluationProblem, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(problem.tenantId);
  }

  @Mutation(() => EvaluationProblem, { description: 'Registers a problem found (COUNTY_ADMIN), by a FINAL or FEEDBACK_ISSUED key evaluation, by monitoring or by a self-evaluation.' })
  createProblem(@Arg('input', () => CreateProblemInput) input: CreateProblemInput, @Ctx() ctx: Context) {
    return createProblem(ctx, input);
  }

  @Mutation(() => EvaluationProblem, { description: 'OPEN → IN_PROGRESS: the department starts rectifying.' })
  startRectification(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return startRectification(ctx, input);
  }

  @Mutation(() => EvaluationProblem, { description: 'IN_PROGRESS → REPORTED with the rectification report (the department).' })
  reportRectification(@Arg('input', () => ReportRectificationInput) input: ReportRectificationInput, @Ctx() ctx: Context) {
    return reportRectification(ctx, input);
  }

  @Mutation(() => EvaluationProblem, { description: 'REPORTED → VERIFIED (finance).' })
  verifyRectification(@Arg('input', () => VerifyRectificationInput) input: VerifyRectificationInput, @Ctx() ctx: Context) {
    return verifyRectification(ctx, input);
  }

  @Mutation(() => EvaluationProblem, { description: 'REPORTED → IN_PROGRESS: finance sends the report back with a reason.' })
  rejectRectification(@Arg('input', () => RejectRectificationInput) input: RejectRectificationInput, @Ctx() ctx: Context) {
    return rejectRectification(ctx, input);
  }
}
