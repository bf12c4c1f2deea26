import { ApolloDriverConfig } from '@nestjs/apollo';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { AppConfig, formatGraphQLError } from '@prepstack/platform';

/** Highest query cost accepted (graphql-armor's cost model: objects 2, scalars 1, depth factor 1.5). */
export const MAX_QUERY_COST = 5_000;

/**
 * Validation rules applied to every operation: depth and cost limits, on HTTP by Apollo and on
 * WebSocket subscriptions by the same list.
 */
export function operationRules(config: AppConfig) {
  return [
    maxDepthRule({ n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, exposeLimits: true }),
    costLimitRule({ maxCost: MAX_QUERY_COST, exposeLimits: true }),
  ];
}

/** Apollo Server 5 options for the code-first schema. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    // Built in memory; the committed schema.gql is checked against it by a test.
    autoSchemaFile: true,
    sortSchema: true,
    // No landing page: GraphiQL would load its assets from a CDN.
    graphiql: false,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    validationRules: operationRules(config),
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
