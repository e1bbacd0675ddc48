import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { TrainingEvent } from './training.entity.js';
import type { RecordTrainingInput } from './training.inputs.js';

/** Today in China (UTC+8), the calendar the bureaus keep. */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A real calendar day from 2000 on, not in the future. */
function checkHeldOn(day: string): void {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw badUserInput('heldOn', `${day} is not a calendar date; write it YYYY-MM-DD.`);
  }
  if (day < '2000-01-01') throw badUserInput('heldOn', `${day} is before 2000-01-01, the first fiscal year the platform keeps.`);
  const today = chinaToday();
  if (day > today) throw badUserInput('heldOn', `${day} is in the future (today is ${today}); record a training once it has been held.`);
}

/** Records a training held by the county finance bureau. */
export async function recordTraining(ctx: Context, input: RecordTrainingInput): Promise<TrainingEvent> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'records trainings');
  checkHeldOn(input.heldOn);
  return ctx.db.serial(async (em) => {
    const training = em.create(TrainingEvent, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      heldOn: input.heldOn,
      title: input.title.trim(),
      attendees: input.attendees,
      audience: input.audience?.trim() ?? null,
      provider: input.provider?.trim() ?? null,
      version: 1,
    });
    await em.flush();
    return training;
  });
}
