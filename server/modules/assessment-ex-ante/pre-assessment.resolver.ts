import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ProjectYear } from '../projects/project-year.entity.js';
import { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { PreAssessment } from './pre-assessment.entity.js';
import { ConcludePreAssessmentInput, CreatePreAssessmentInput } from './pre-assessment.inputs.js';
import {
  concludePreAssessment,
  createPreAssessment,
  preAssessmentTriggers,
  returnPreAssessment,
  submitPreAssessment,
} from './pre-assessment.service.js';
import { PreAssessmentTrigger } from './pre-assessment.triggers.js';

@Resolver(() => PreAssessment)
export class PreAssessmentResolver {
  @Query(() => PreAssessment, { nullable: true, description: 'One ex-ante assessment by id; null if outside your scope.' })
  preAssessment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.assessment.preAssessmentById.load(id);
  }

  @FieldResolver(() => ProjectYear)
  projectYear(@Root() assessment: PreAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.projects.projectYearById.load(assessment.projectYearId);
  }

  @Mutation(() => PreAssessment, { description: 'Starts the ex-ante assessment of a project year (DRAFT).' })
  createPreAssessment(@Arg('input', () => CreatePreAssessmentInput) input: CreatePreAssessmentInput, @Ctx() ctx: Context) {
    return createPreAssessment(ctx, input);
  }

  @Mutation(() => PreAssessment, { description: 'DRAFT → SUBMITTED for the finance bureau’s conclusion.' })
  submitPreAssessment(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return submitPreAssessment(ctx, input);
  }

  @Mutation(() => PreAssessment, { description: 'SUBMITTED → DRAFT for rework (finance).' })
  returnPreAssessment(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return returnPreAssessment(ctx, input);
  }

  @Mutation(() => PreAssessment, { description: 'SUBMITTED → CONCLUDED with scores and conclusion (finance). NOT_SUPPORT keeps the project out of the budget.' })
  concludePreAssessment(@Arg('input', () => ConcludePreAssessmentInput) input: ConcludePreAssessmentInput, @Ctx() ctx: Context) {
    return concludePreAssessment(ctx, input);
  }
}

@Resolver(() => ProjectYear)
export class ProjectYearPreAssessmentResolver {
  @FieldResolver(() => [PreAssessmentTrigger], { description: 'Why this year needs an ex-ante assessment under its region’s rules (empty: not required).' })
  preAssessmentTriggers(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return preAssessmentTriggers(ctx, year);
  }

  @FieldResolver(() => Boolean, { description: 'Whether an ex-ante assessment is required before library entry and budget approval.' })
  async preAssessmentRequired(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return (await preAssessmentTriggers(ctx, year)).length > 0;
  }

  @FieldResolver(() => PreAssessment, { nullable: true })
  preAssessment(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return ctx.loaders.assessment.preAssessmentByProjectYear.load(year.id);
  }
}
