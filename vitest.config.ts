import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One real Neo4j for the whole run, started and stopped by the global setup.
    globalSetup: ['test/support/globalSetup.ts'],
    include: ['test/**/*.test.ts'],
    // Test files share that Neo4j and some reset it: run them one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
