import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // Emit no decorator metadata, as tsx (which runs `npm start`) does not: a decorator that relies
  // on inferred types then fails in the tests too, instead of only when the server starts.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: false } },
  resolve: {
    // One graphql copy: project code and type-graphql must share the same module instance.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Each test file gets its own database copied from a migrated template, so files run in parallel.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
