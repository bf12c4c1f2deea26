import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web client, generated from the committed schema (never from server
 * classes): every `graphql(\`...\`)` document under src/ is validated against apps/api/schema.gql
 * and typed in src/gql/. A field removed or renamed in the schema fails this step; a changed type
 * fails the type check that follows it in `npm run web:build`.
 *
 * Paths are relative to the repository root, where the npm scripts run.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents travel as strings: no GraphQL parser or printer in the bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { JSON: 'unknown', DateTime: 'string' },
      },
    },
  },
};

export default config;
