import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { canWrite } from '../auth/scope.js';
import { ScopeRejectedError } from '../db/request-db.js';
import type { StatementCounter } from '../db/orm.js';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';

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
            await db.begin({ readOnly: operation?.operation !== 'mutation' || !canWrite(scope), scope, operation: fields.join(',') });
          } catch (error) {
            if (error instanceof ScopeRejectedError) {
              throw new GraphQLError(`Your token's scope is not valid here: ${error.message}.`, {
                extensions: { code: 'FORBIDDEN', http: { status: 403 } },
              });
            }
            throw error;
          }
        },

        async willSendResponse({ contextValue, response }) {
          const { db } = contextValue;
          if (db.inTransaction) {
            const body = response.body;
            const failed = body.kind !== 'single' || (body.singleResult.errors?.length ?? 0) > 0;
            if (failed) {
              await db.rollback();
            } else {
              try {
                await db.commit();
              } catch (error) {
                // Nothing was saved; tell the client instead of returning data that does not exist.
                await db.rollback().catch(() => undefined);
                const reference = crypto.randomUUID();
                logger.error({ err: error, reference }, 'commit failed');
                body.singleResult.data = null;
                body.singleResult.errors = [
                  { message: `Your change could not be saved (reference ${reference}); nothing was written. Retry.`, extensions: { code: 'SERVICE_UNAVAILABLE', reference } },
                ];
                response.http.status = 503;
              }
            }
          }
          const statements = counter.close(db.requestId);
          if (exposeStatementCount) response.http.headers.set('x-sql-statements', String(statements));
        },
      };
    },
  };
}
