import { defineConfig } from 'vitest/config';

// Two projects: pure tests in parallel; *.int.test.ts against the real Neo4j, one file at a
// time, each starting from an empty graph (see tests/setup/).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts'],
          setupFiles: ['reflect-metadata'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          setupFiles: ['reflect-metadata'],
          globalSetup: ['tests/setup/global-neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
