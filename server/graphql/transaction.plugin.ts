import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { canWrite } from '../auth/scope.js';
import { isConnectionError } from '../db/connection-errors.js';
import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_S } from './errors.js';
import { ScopeRejectedError } from '../db/request-db.js';
import type { StatementCounter } from '../db/orm.js';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import { plannerOffFor, statementTimeoutFor } from './limits.js';

/**
 * One transaction per GraphQL request. It begins once the operation is known (READ ONLY unless
 * it is a mutation by a role that may write), carries the caller's scope in transaction-local
 * settings, and ends before the response is sent: committed if the response has no error,
 * rolled back otherwise.
 */
export function transactionPlugin(options: { counter: StatementCounter; exposeStatementCount: boolean; logger: Logger }): ApolloServerPlugin<Context> {
  const { counter, exposeStatementCount, logger } = options;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const { db, scope } = contextValue;
          counter.open(db.requestId);
          try {
            // The root fields name what the request does, e.g. "approveBudget", for the audit log.
            const fields = operation?.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])) ?? [];
            const request = { kind: operation?.operation ?? 'query', rootFields: fields };
            await db.begin({
              readOnly: operation?.operation !== 'mutation' || !canWrite(scope),
              scope,
              operation: fields.join(','),
              statementTimeout: statementTimeoutFor(contextValue.config, request),
              plannerOff: plannerOffFor(request),
            });
          } catch (error) {
            if (error instanceof ScopeRejectedError) {
              throw new GraphQLError(`Your token's scope is not valid here: ${error.message}.`, {
                extensions: { code: 'FORBIDDEN', http: { status: 403 } },
              });
            }
            throw error;
          }
        },

        async willSendResponse({ contextValue, response, operation }) {
          const { db } = contextValue;
          if (db.inTransaction) {
            const body = response.body;
            const failed = body.kind !== 'single' || (body.singleResult.errors?.length ?? 0) > 0;
            if (failed) {
              // On a dead connection the rollback fails too; PostgreSQL has discarded the transaction anyway.
              await db.rollback().catch((error) => logger.warn({ err: error }, 'rollback failed'));
            } else {
              try {
                await db.commit();
              } catch (error) {
                await db.rollback().catch(() => undefined);
                const reference = crypto.randomUUID();
                logger.error({ err: error, reference }, 'commit failed');
                const message = !isConnectionError(error)
                  ? `Your change could not be saved (reference ${reference}); nothing was written. Retry.`
                  : operation?.operation !== 'mutation'
                    ? DATABASE_UNAVAILABLE_MESSAGE
                    : // A connection lost during COMMIT leaves the outcome unknown: say so rather than "nothing was written".
                      `The database connection was lost while saving (reference ${reference}); the change may or may not be saved. Reload, check, and retry if it is missing.`;
                body.singleResult.data = null;
                body.singleResult.errors = [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', reference } }];
              }
            }
          }
          // The database is unreachable (or the statement timed out): HTTP 503, so load balancers and clients back off and retry.
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (errors.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_S));
          }
          // A statement timeout is 503 as well, without Retry-After: the same request would time out again.
          if (errors.some((error) => error.extensions?.code === 'TIMEOUT')) response.http.status = 503;
          const statements = counter.close(db.requestId);
          if (exposeStatementCount) response.http.headers.set('x-sql-statements', String(statements));
        },
      };
    },
  };
}
