import { chinaToday } from '../../calendar.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, forbidden, notFound } from '../../graphql/errors.js';
import { next, requireVersion } from '../../workflow/state-machine.js';
import { GoalSubject } from '../goals/goal.entities.js';
import { tenantForWrite } from '../regions/tenant.service.js';
import type { Tenant } from '../regions/region.entities.js';
import {
  DISCLOSURE_CHANNEL_LABELS,
  DISCLOSURE_DOC_TYPE_LABELS,
  DISCLOSURE_WORKFLOW,
  Disclosure,
  DisclosureChannel,
  DisclosureStatus,
  DisclosureSubjectKind,
  SUBJECTS_OF,
  WEBSITE_CHANNELS,
} from './disclosure.entity.js';
import type { RecordDisclosureInput, UpdateDisclosureInput, WithdrawDisclosureInput } from './disclosure.inputs.js';

/** A real calendar day, not in the future, and not long before the year it is about. */
function checkPublishedOn(day: string, fiscalYear: number): void {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw badUserInput('publishedOn', `${day} is not a calendar date; write it YYYY-MM-DD.`);
  }
  const today = chinaToday();
  if (day > today) throw badUserInput('publishedOn', `${day} is in the future (today is ${today}); record a disclosure once it has happened.`);
  // Goals of year Y go out with the budget draft in Y−1 at the earliest.
  if (Number(day.slice(0, 4)) < fiscalYear - 1) {
    throw badUserInput('publishedOn', `${day} is before ${fiscalYear - 1}-01-01; documents about fiscal year ${fiscalYear} are published from the year before on.`);
  }
}

function checkUrl(channel: DisclosureChannel, url: string | null | undefined): void {
  if (WEBSITE_CHANNELS.includes(channel) && !url) {
    throw badUserInput('url', `is required for ${channel} (${DISCLOSURE_CHANNEL_LABELS[channel]}): give the address of the published page.`);
  }
}

/** The columns that name the subject, and the department it belongs to. */
interface Subject {
  departmentId: string | null;
  goalId: string | null;
  projectYearId: string | null;
  evaluationId: string | null;
}

/**
 * Resolves the subject within the caller's scope: goals, project years and departments must exist
 * and be visible (row-level security hides other tenants' and, for department users, other
 * departments'); evaluations are checked by requireEvaluation. Goals and project years must be of
 * the fiscal year.
 */
async function resolveSubject(ctx: Context, tenant: Tenant, input: RecordDisclosureInput): Promise<Subject> {
  const allowed = SUBJECTS_OF[input.docType];
  if (!allowed.includes(input.subjectKind)) {
    throw badUserInput(
      'subjectKind',
      `a ${input.docType} (${DISCLOSURE_DOC_TYPE_LABELS[input.docType]}) is about ${allowed.join(' or ')}, not ${input.subjectKind}.`,
    );
  }
  if (input.subjectKind === DisclosureSubjectKind.REGION) {
    if (input.subjectId || input.departmentId) throw badUserInput('subjectId', 'must be empty for a REGION-wide document.');
    return { departmentId: null, goalId: null, projectYearId: null, evaluationId: null };
  }
  if (!input.subjectId) throw badUserInput('subjectId', `is required for a ${input.subjectKind} subject.`);
  if (input.departmentId && input.subjectKind !== DisclosureSubjectKind.EVALUATION) {
    throw badUserInput('departmentId', `is only given for EVALUATION subjects; a ${input.subjectKind} subject brings its own department.`);
  }
  switch (input.subjectKind) {
    case DisclosureSubjectKind.GOAL: {
      const goal = await ctx.loaders.goals.goalById.load(input.subjectId);
      if (!goal || goal.tenantId !== tenant.id) throw badUserInput('subjectId', 'no such performance goal in your scope.');
      const expected = input.docType === 'DEPARTMENT_GOAL_TABLE' ? GoalSubject.DEPARTMENT : GoalSubject.PROJECT;
      if (goal.subject !== expected) {
        throw badUserInput('subjectId', `this is a ${goal.subject} goal; disclose it as ${goal.subject === GoalSubject.DEPARTMENT ? 'DEPARTMENT_GOAL_TABLE' : 'GOAL_TABLE'}.`);
      }
      if (goal.fiscalYear !== input.fiscalYear) throw badUserInput('fiscalYear', `the goal is for fiscal year ${goal.fiscalYear}, not ${input.fiscalYear}.`);
      return { departmentId: goal.departmentId, goalId: goal.id, projectYearId: null, evaluationId: null };
    }
    case DisclosureSubjectKind.PROJECT_YEAR: {
      const year = await ctx.loaders.projects.projectYearById.load(input.subjectId);
      if (!year || year.tenantId !== tenant.id) throw badUserInput('subjectId', 'no such project year in your scope.');
      if (year.fiscalYear !== input.fiscalYear) throw badUserInput('fiscalYear', `the project year is ${year.fiscalYear}, not ${input.fiscalYear}.`);
      return { departmentId: year.departmentId, goalId: null, projectYearId: year.id, evaluationId: null };
    }
    case DisclosureSubjectKind.DEPARTMENT: {
      const department = await ctx.loaders.org.departmentById.load(input.subjectId);
      if (!department || department.tenantId !== tenant.id) throw badUserInput('subjectId', 'no such department in your region.');
      return { departmentId: department.id, goalId: null, projectYearId: null, evaluationId: null };
    }
    default: {
      let departmentId: string | null = null;
      if (input.departmentId) {
        const department = await ctx.loaders.org.departmentById.load(input.departmentId);
        if (!department || department.tenantId !== tenant.id) throw badUserInput('departmentId', 'no such department in your region.');
        departmentId = department.id;
      }
      return { departmentId, goalId: null, projectYearId: null, evaluationId: input.subjectId };
    }
  }
}

/**
 * The evaluation a document is about: a key evaluation or a self-evaluation of the tenant. Checked
 * after the department, so a department user naming another department's evaluation hears why.
 */
async function requireEvaluation(ctx: Context, tenant: Tenant, id: string): Promise<void> {
  const [keyEvaluation, selfEvaluation] = await Promise.all([ctx.loaders.keyEvaluation.keyEvaluationById.load(id), ctx.loaders.selfEvaluation.selfEvaluationById.load(id)]);
  if (![keyEvaluation, selfEvaluation].some((evaluation) => evaluation?.tenantId === tenant.id)) {
    throw badUserInput('subjectId', 'no such key evaluation or self-evaluation in your scope.');
  }
}

/** Department users disclose their own department's documents; region-wide ones are the bureau's. */
async function checkDepartmentUser(ctx: Context, departmentId: string | null): Promise<void> {
  if (ctx.scope.role !== 'DEPARTMENT_USER') return;
  const department = departmentId ? await ctx.loaders.org.departmentById.load(departmentId) : null;
  if (!department || department.code !== ctx.scope.department) {
    throw forbidden(`A department user records disclosures of its own department (${ctx.scope.department}) only; region-wide and other departments’ ones are the finance bureau’s.`);
  }
}

/** One entry in force per document, subject and channel. */
async function checkNotDisclosedYet(ctx: Context, fields: Subject & { tenantId: string; fiscalYear: number; docType: string; subjectKind: string; channel: DisclosureChannel }, exceptId?: string): Promise<void> {
  const existing = await ctx.db.serial((em) =>
    em.findOne(Disclosure, {
      tenantId: fields.tenantId,
      fiscalYear: fields.fiscalYear,
      docType: fields.docType as Disclosure['docType'],
      subjectKind: fields.subjectKind as Disclosure['subjectKind'],
      channel: fields.channel,
      goalId: fields.goalId,
      projectYearId: fields.projectYearId,
      evaluationId: fields.evaluationId,
      departmentId: fields.departmentId,
      status: DisclosureStatus.PUBLISHED,
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    }),
  );
  if (existing) {
    throw badUserInput('channel', `this document is already disclosed on ${fields.channel} (${DISCLOSURE_CHANNEL_LABELS[fields.channel]}) as ${existing.id}; update or withdraw that entry.`);
  }
}

async function visibleDisclosure(ctx: Context, id: string): Promise<Disclosure> {
  const disclosure = await ctx.loaders.disclosure.disclosureById.load(id);
  if (!disclosure) throw notFound(`Disclosure ${id}`);
  return disclosure;
}

export async function recordDisclosure(ctx: Context, input: RecordDisclosureInput): Promise<Disclosure> {
  const tenant = await tenantForWrite(ctx);
  checkPublishedOn(input.publishedOn, input.fiscalYear);
  checkUrl(input.channel, input.url);
  const subject = await resolveSubject(ctx, tenant, input);
  await checkDepartmentUser(ctx, subject.departmentId);
  if (subject.evaluationId) await requireEvaluation(ctx, tenant, subject.evaluationId);
  const key = { ...subject, tenantId: tenant.id, fiscalYear: input.fiscalYear, docType: input.docType, subjectKind: input.subjectKind, channel: input.channel };
  await checkNotDisclosedYet(ctx, key);
  return ctx.db.serial(async (em) => {
    const disclosure = em.create(Disclosure, {
      ...key,
      id: crypto.randomUUID(),
      docType: input.docType,
      subjectKind: input.subjectKind,
      publishedOn: input.publishedOn,
      url: input.url ?? null,
      note: input.note?.trim() ?? null,
      status: DisclosureStatus.PUBLISHED,
      withdrawnAt: null,
      withdrawReason: null,
      version: 1,
    });
    await em.flush();
    return disclosure;
  });
}

export async function updateDisclosure(ctx: Context, input: UpdateDisclosureInput): Promise<Disclosure> {
  await tenantForWrite(ctx);
  const disclosure = await visibleDisclosure(ctx, input.id);
  requireVersion('disclosure', disclosure, input.version);
  next(DISCLOSURE_WORKFLOW, disclosure.status, 'update');
  const channel = input.channel ?? disclosure.channel;
  const publishedOn = input.publishedOn ?? disclosure.publishedOn;
  const url = input.url ?? disclosure.url;
  if (input.publishedOn != null) checkPublishedOn(publishedOn, disclosure.fiscalYear);
  checkUrl(channel, url);
  if (channel !== disclosure.channel) await checkNotDisclosedYet(ctx, { ...disclosure, channel }, disclosure.id);
  return ctx.db.serial(async (em) => {
    disclosure.channel = channel;
    disclosure.publishedOn = publishedOn;
    disclosure.url = url;
    if (input.note != null) disclosure.note = input.note.trim();
    disclosure.updatedAt = new Date();
    await em.flush();
    return disclosure;
  });
}

/** Withdrawn entries stay, so what was once public remains on record. */
export async function withdrawDisclosure(ctx: Context, input: WithdrawDisclosureInput): Promise<Disclosure> {
  await tenantForWrite(ctx);
  const disclosure = await visibleDisclosure(ctx, input.id);
  requireVersion('disclosure', disclosure, input.version);
  const status = next(DISCLOSURE_WORKFLOW, disclosure.status, 'withdraw');
  return ctx.db.serial(async (em) => {
    disclosure.status = status;
    disclosure.withdrawnAt = new Date();
    disclosure.withdrawReason = input.reason.trim();
    await em.flush();
    return disclosure;
  });
}
