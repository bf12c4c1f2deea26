import { ApolloDriverConfig } from '@nestjs/apollo';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { ArgumentNode, GraphQLError, ValidationContext, ValidationRule, visit } from 'graphql';
import { AppConfig, formatGraphQLError, MAX_PAGE_SIZE } from '@prepstack/platform';

/**
 * Highest query cost accepted, in graphql-armor's cost model (object 2, scalar 1, ×1.5 per
 * level, ×`first` for lists): a full page of 100 prompts with their details costs about 3,000.
 */
export const MAX_QUERY_COST = 20_000;

/** The page-size argument that made a query too costly, reported by name. */
function oversizedPage(context: ValidationContext): GraphQLError | undefined {
  let worst: ArgumentNode | undefined;
  visit(context.getDocument(), {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === 'IntValue') {
        if (Number(node.value.value) > MAX_PAGE_SIZE) worst ??= node;
      }
    },
  });
  return worst && new GraphQLError(`${worst.name.value}: must not be greater than ${MAX_PAGE_SIZE}`, { nodes: [worst] });
}

/**
 * Validation rules applied to every operation: depth and cost limits, on HTTP by Apollo and on
 * WebSocket subscriptions by the same list. graphql-armor throws on rejection unless told
 * otherwise; reporting keeps it a validation error (BAD_USER_INPUT) rather than a 500.
 */
export function operationRules(config: AppConfig): ValidationRule[] {
  const report = (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error);
  return [
    maxDepthRule({ n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, exposeLimits: true, propagateOnRejection: false, onReject: [report] }),
    costLimitRule({
      maxCost: MAX_QUERY_COST,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [(context, error) => report(context, (context && oversizedPage(context)) ?? error)],
    }),
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
