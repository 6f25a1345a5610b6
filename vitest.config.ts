import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: pure tests in parallel; *.int.test.ts against the real Neo4j, one file at a
// time, each starting from an empty graph (see tests/setup/).
export default defineConfig({
  // Node loads graphql's CommonJS build for the libraries (type-graphql, Apollo, graphql-query-complexity);
  // Vite would give our sources its ES build, and graphql refuses types from "another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts'],
          setupFiles: ['reflect-metadata'],
        },
      },
      {
        extends: true,
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
