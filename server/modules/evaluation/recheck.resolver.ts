import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { Department } from '../org/department.entity.js';
import { Tenant } from '../regions/region.entities.js';
import { SelfEvaluationRecheck } from './recheck.entity.js';
import { RecheckSelfEvaluationInput } from './recheck.inputs.js';
import { recheckCoverage, recheckSelfEvaluation } from './recheck.service.js';
import { SelfEvaluation } from './self-evaluation.entity.js';

@ObjectType()
abstract class CoverageFields {
  @Field(() => Int, { description: 'Self-evaluations of the year that the finance bureau reviewed (FINANCE_REVIEWED).' })
  reviewed!: number;

  @Field(() => Int, { description: 'Of those, rechecked (抽查复核).' })
  rechecked!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'rechecked / reviewed, four decimals; null when nothing was reviewed.' })
  ratio!: string | null;

  @Field(() => Boolean, { description: 'The ratio reaches the region’s recheck.minRatio (true when nothing was reviewed).' })
  meetsMinimum!: boolean;

  @Field(() => Int, { description: 'Rechecks with a large discrepancy (差异较大).' })
  largeDiscrepancies!: number;

  @Field(() => Int, { description: 'Rechecks that are 通报 candidates.' })
  notifications!: number;
}

@ObjectType({ description: 'Recheck coverage of one department.' })
export class DepartmentRecheckCoverage extends CoverageFields {
  departmentId!: string;
}

@ObjectType({ description: '抽查复核 coverage of a tenant for a fiscal year, against its recheck.minRatio rule (上犹县: ≥ 20%).' })
export class RecheckCoverage extends CoverageFields {
  @Field(() => Tenant)
  tenant!: Tenant;

  @Field(() => Int, { description: 'The fiscal year evaluated.' })
  fiscalYear!: number;

  @Field(() => DecimalScalar, { description: 'The region’s minimum recheck ratio, four decimals.' })
  minRatio!: string;

  @Field(() => [DepartmentRecheckCoverage], { description: 'Per department with reviewed self-evaluations, by department code.' })
  departments!: DepartmentRecheckCoverage[];
}

@Resolver(() => SelfEvaluationRecheck)
export class RecheckResolver {
  @Query(() => [RecheckCoverage], { description: '抽查复核 coverage per visible tenant (and department) for a fiscal year.' })
  recheckCoverage(
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('tenantCode', () => String, { nullable: true }) tenantCode: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return recheckCoverage(ctx, fiscalYear, tenantCode);
  }

  @FieldResolver(() => SelfEvaluation)
  selfEvaluation(@Root() recheck: SelfEvaluationRecheck, @Ctx() ctx: Context) {
    return ctx.loaders.selfEvaluation.selfEvaluationById.load(recheck.selfEvaluationId);
  }

  @Mutation(() => SelfEvaluationRecheck, {
    description: '抽查复核 (finance): records the recheck score of a FINANCE_REVIEWED self-evaluation and flags large discrepancies and 通报 candidates.',
  })
  recheckSelfEvaluation(@Arg('input', () => RecheckSelfEvaluationInput) input: RecheckSelfEvaluationInput, @Ctx() ctx: Context) {
    return recheckSelfEvaluation(ctx, input);
  }
}

@Resolver(() => DepartmentRecheckCoverage)
export class DepartmentRecheckCoverageResolver {
  @FieldResolver(() => Department)
  department(@Root() coverage: DepartmentRecheckCoverage, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(coverage.departmentId);
  }
}
