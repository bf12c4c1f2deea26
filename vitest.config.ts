import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// vitest 5 reports failures with Map.groupBy/Object.groupBy, which Node 20 lacks (added in 21).
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value: <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => {
      const groups = new Map<K, V[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}
if (!('groupBy' in Object)) {
  Object.defineProperty(Object, 'groupBy', {
    value: <V>(items: Iterable<V>, key: (item: V, index: number) => PropertyKey) =>
      Object.fromEntries((Map as unknown as { groupBy: (i: Iterable<V>, k: typeof key) => Map<PropertyKey, V[]> }).groupBy(items, key)),
  });
}

const alias = [
  ...['platform', 'catalog', 'identity', 'practice', 'progress', 'interviews'].map((lib) => ({
    find: `@prepstack/${lib}`,
    replacement: resolve(__dirname, `libs/${lib}/src`),
  })),
  // One graphql for everybody: Vite would pick graphql's .mjs build for our code while Nest,
  // loaded by Node, gets the CommonJS one, and graphql refuses types from "another realm".
  { find: /^graphql$/, replacement: require.resolve('graphql') },
];

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
          include: ['libs/**/*.spec.ts', 'apps/api/**/*.spec.ts', 'apps/web/src/**/*.spec.ts'],
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
      {
        plugins,
        resolve: { alias },
        test: {
          // The built web client (apps/web/dist, from `npm run build`) in Debian's Chromium,
          // driven by playwright-core against the real app on the same shared Postgres.
          name: 'browser',
          include: ['tests/browser/**/*.browser-spec.ts'],
          environment: 'node',
          globalSetup: ['tests/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          // UI assertions wait for the screen to catch up (expect.poll's default is 1 s).
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
