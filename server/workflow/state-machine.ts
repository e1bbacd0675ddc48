import { appError } from '../graphql/errors.js';

/**
 * A workflow: named actions, each allowed from some states and leading to one state. Services
 * call `next` before writing; an action that is not allowed in the current state fails with
 * INVALID_TRANSITION naming both states, and nothing is written.
 */
export interface Workflow<S extends string, A extends string> {
  /** What the thing is, for messages: "goal", "monitoring record". */
  subject: string;
  actions: Record<A, { from: readonly S[]; to: S }>;
}

export function defineWorkflow<S extends string, A extends string>(workflow: Workflow<S, A>): Workflow<S, A> {
  return workflow;
}

/** The state `action` leads to from `current`, or INVALID_TRANSITION. */
export function next<S extends string, A extends string>(workflow: Workflow<S, A>, current: S, action: A): S {
  const step = workflow.actions[action];
  if (!step.from.includes(current)) {
    throw appError(
      'INVALID_TRANSITION',
      `Cannot ${action} a ${workflow.subject} that is ${current}: ${action} leads to ${step.to} and is allowed only from ${step.from.join(', ')}.`,
      { currentState: current, requestedState: step.to, action },
    );
  }
  return step.to;
}

/** The actions allowed in `current`, for clients that show only the buttons that work. */
export function allowedActions<S extends string, A extends string>(workflow: Workflow<S, A>, current: S): A[] {
  return (Object.keys(workflow.actions) as A[]).filter((action) => workflow.actions[action].from.includes(current));
}

/** Refuses an edit outside the states that allow it, with INVALID_TRANSITION naming them. */
export function requireState<S extends string>(subject: string, current: S, allowed: readonly S[], what: string): void {
  if (!allowed.includes(current)) {
    throw appError('INVALID_TRANSITION', `Cannot ${what} a ${subject} that is ${current}; allowed while ${allowed.join(' or ')}.`, {
      currentState: current,
    });
  }
}

/**
 * Optimistic concurrency, checked before the record's state or anything else: the version the
 * client read must still be the record's, or someone changed it since (CONFLICT, reload). The
 * UPDATE … WHERE version = ? at flush closes the race between this check and the write.
 */
export function requireVersion(subject: string, record: { version: number }, version: number): void {
  if (record.version !== version) {
    throw appError(
      'CONFLICT',
      `This ${subject} was changed by someone else since you read it (you read version ${version}, it is at version ${record.version} now); reload it and apply your change again.`,
      { currentVersion: record.version },
    );
  }
}
