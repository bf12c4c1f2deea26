import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const alias = Object.fromEntries(
  ['platform', 'catalog', 'identity', 'practice', 'progress', 'interviews'].map((lib) => [
    `@prepstack/${lib}`,
    resolve(__dirname, `libs/${lib}/src`),
  ]),
);

// SWC compiles the TypeScript so that decorators and their metadata behave as in the Nest build.
const plugins = [swc.vite({ module: { type: 'es6' } })];

export default defineConfig({
  plugins,
  resolve: { alias },
  test: {
    // Integration and end-to-end specs share one Postgres (embedded, or TEST_DATABASE_URL) started
    // by the global setup; each test file gets its own database cloned from a migrated template.
    projects: [
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['libs/**/*.spec.ts', 'apps/api/**/*.spec.ts'],
          exclude: ['**/*.int-spec.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['libs/**/*.int-spec.ts', 'tests/**/*.e2e-spec.ts'],
          environment: 'node',
          globalSetup: ['tests/harness/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
