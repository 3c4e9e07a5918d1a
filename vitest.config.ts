import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Files that start servers, child processes or their own Neo4j, or stop one on purpose. */
const SYSTEM = ['test/system/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM builds; dependencies loaded by Node (Apollo,
    // graphql-armor) get the CommonJS one, so our code must too: one graphql instance.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Three tiers, each runnable alone (`npm run test:unit|test:int|test:system`); `vitest run`
    // runs them all, one group after the other, so int and system never share Neo4j at once.
    projects: [
      {
        extends: true,
        test: {
          // No Neo4j, no Java: plain functions, the Cypher text of every statement builder, the data files.
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/cypher/**/*.test.ts', 'test/data/**/*.test.ts', 'test/browser/buildIfStale.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // One real Neo4j for the whole tier, started and stopped by the global setup.
          name: 'int',
          include: ['test/**/*.int.test.ts'],
          exclude: SYSTEM,
          globalSetup: ['test/support/globalSetup.ts'],
          // Test files share that Neo4j and some reset it: run them one at a time.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // The process as deployed: the launcher, `npm start`, SIGTERM, Neo4j outages.
          name: 'system',
          include: SYSTEM,
          globalSetup: ['test/support/globalSetup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
