import { Field, ID, InputType, Int } from 'type-graphql';
import { IsDay, IsId, IsText, IsVersion } from '../../graphql/validation.js';
import { ProblemCategory, ProblemSource } from './problem.entity.js';

@InputType({ description: 'Registers a problem found (COUNTY_ADMIN). Name exactly the source id that matches `source`.' })
export class CreateProblemInput {
  @Field(() => ProblemSource, { defaultValue: ProblemSource.KEY_EVALUATION })
  source!: ProblemSource;

  @Field(() => ID, { nullable: true, description: 'For source KEY_EVALUATION: a FINAL or FEEDBACK_ISSUED key evaluation.' })
  @IsId('a key evaluation')
  keyEvaluationId?: string;

  @Field(() => ID, { nullable: true, description: 'For source MONITORING.' })
  @IsId('a monitoring record')
  monitoringRecordId?: string;

  @Field(() => ID, { nullable: true, description: 'For source SELF_EVALUATION.' })
  @IsId('a self-evaluation')
  selfEvaluationId?: string;

  @Field(() => ProblemCategory)
  category!: ProblemCategory;

  @Field(() => String)
  @IsText(4000)
  description!: string;

  @Field(() => String, { nullable: true, description: '整改建议.' })
  @IsText(4000)
  suggestion?: string;

  @Field(() => ID, { nullable: true, description: 'The department responsible; defaults to the key evaluation’s department or township.' })
  @IsId('a department')
  departmentId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the department was told (YYYY-MM-DD). Key evaluations: their feedback date. Other sources: default today (China time).',
  })
  @IsDay()
  notifiedOn?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default the notification date plus the region’s rectificationDays rule.' })
  @IsDay()
  deadline?: string;
}

@InputType({ description: 'The department’s rectification report (整改报告): IN_PROGRESS → REPORTED.' })
export class ReportRectificationInput {
  @Field(() => ID)
  @IsId('a problem')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { description: 'What was done to rectify the problem.' })
  @IsText(8000)
  report!: string;
}

@InputType({ description: 'Finance verifies a reported rectification: REPORTED → VERIFIED.' })
export class VerifyRectificationInput {
  @Field(() => ID)
  @IsId('a problem')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsText(2000)
  opinion?: string;
}

@InputType({ description: 'Finance sends a rectification report back: REPORTED → IN_PROGRESS.' })
export class RejectRectificationInput {
  @Field(() => ID)
  @IsId('a problem')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { description: 'What is missing, so the department can complete it.' })
  @IsText(2000)
  reason!: string;
}
