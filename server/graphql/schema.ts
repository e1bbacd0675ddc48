import 'reflect-metadata';
import { validate, type ValidationError } from 'class-validator';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type ValidatorFn } from 'type-graphql';
import { RESOLVERS } from '../modules/index.js';
import { badUserInput } from './errors.js';
import { nulCharacterAt } from './validation.js';

/** The first failed rule, with the path of the field it failed on (e.g. indicators[2].weight). */
function firstFailure(errors: ValidationError[], path: string): { field: string; message: string } | null {
  for (const error of errors) {
    const field = /^\d+$/.test(error.property) ? `${path}[${error.property}]` : path ? `${path}.${error.property}` : error.property;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field, message };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * Input validation for every argument: class-validator rules on the input classes, and no NUL
 * character in any of their strings. The first failure becomes BAD_USER_INPUT naming the field,
 * before any SQL runs.
 */
async function validateArgument(argument: unknown, argumentType: Parameters<ValidatorFn>[1]): Promise<void> {
  if (argument === null || typeof argument !== 'object') return;
  const failure = firstFailure(await validate(argument, { skipMissingProperties: true, forbidUnknownValues: false }), '');
  if (failure) throw badUserInput(failure.field, failure.message);
  // Input classes only: a JSON argument is checked by its resolver, which knows the argument's name.
  const nul = typeof argumentType === 'function' ? nulCharacterAt(argument) : null;
  if (nul) throw badUserInput(nul, 'must not contain the NUL character (\\u0000).');
}

export function buildAppSchema(): Promise<GraphQLSchema> {
  // No field middleware or auth checker is used, so a plain field is read as graphql-js reads any
  // property. Without this, type-graphql wraps every such field in its (empty) middleware chain, a
  // cost paid for every value of a large answer. Fields with their own resolvers are unaffected.
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  return buildSchema({
    resolvers: RESOLVERS,
    validateFn: validateArgument,
    // The printed schema in schema/schema.graphql is produced by `npm run schema:print`.
    emitSchemaFile: false,
  });
}
