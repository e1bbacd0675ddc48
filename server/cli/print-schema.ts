import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../graphql/schema.js';

/** Writes schema/schema.graphql from the code-first schema (sorted, so diffs stay readable). */
const target = process.argv[2] ?? new URL('../../schema/schema.graphql', import.meta.url);
const schema = await buildAppSchema();
const header = '# Printed from the code-first schema by `npm run schema:print`. Do not edit by hand.\n\n';
await writeFile(target, header + printSchema(lexicographicSortSchema(schema)) + '\n');
