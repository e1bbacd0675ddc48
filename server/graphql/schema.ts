import 'reflect-metadata';
import { validate } from 'class-validator';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RESOLVERS } from '../modules/index.js';
import { badUserInput } from './errors.js';

/**
 * Input validation for every argument: class-validator rules on the input classes. The first
 * failure becomes BAD_USER_INPUT naming the field, before any SQL runs.
 */
async function validateArgument(argument: unknown): Promise<void> {
  if (argument === null || typeof argument !== 'object') return;
  const failures = await validate(argument, { skipMissingProperties: true, forbidUnknownValues: false });
  const first = failures[0];
  if (first) {
    const message = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    throw badUserInput(first.property, message);
  }
}

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validateFn: validateArgument,
    // The printed schema in schema/schema.graphql is produced by `npm run schema:print`.
    emitSchemaFile: false,
  });
}
