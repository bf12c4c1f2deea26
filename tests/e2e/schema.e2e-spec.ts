import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../harness/test-app';

describe('schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  // Fails when the code-first schema changes without apps/api/schema.gql being updated
  // (npm run schema:update rewrites it).
  it('matches the schema the code builds', async () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    await expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toMatchFileSnapshot('../../apps/api/schema.gql');
  });
});
