import { IsInt, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { applyDecorators } from '../../graphql/decorators.js';
import { IsText } from '../../graphql/validation.js';

/** Larger sessions are not trainings but broadcasts; a typo such as 20000 instead of 200 is caught. */
export const MAX_ATTENDEES = 10_000;

@InputType({ description: 'Records a training session the finance bureau held.' })
export class RecordTrainingInput {
  @Field(() => String, { description: 'Day held, YYYY-MM-DD; not in the future.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD, such as 2024-05-20' })
  heldOn!: string;

  @Field(() => String)
  @IsText(200)
  title!: string;

  @Field(() => Int, { description: 'People attending (人次), 0 or more.' })
  @applyDecorators(
    IsInt({ message: `must be a whole number of people between 0 and ${MAX_ATTENDEES}` }),
    Min(0, { message: `must be a whole number of people between 0 and ${MAX_ATTENDEES}` }),
    Max(MAX_ATTENDEES, { message: `must be a whole number of people between 0 and ${MAX_ATTENDEES}` }),
  )
  attendees!: number;

  @Field(() => String, { nullable: true, description: '培训对象.' })
  @IsText(500)
  audience?: string;

  @Field(() => String, { nullable: true, description: '授课单位或主讲人.' })
  @IsText(200)
  provider?: string;
}
