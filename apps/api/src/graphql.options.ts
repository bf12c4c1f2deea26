import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { ArgumentNode, DocumentNode, ExecutionArgs, GraphQLError, GraphQLFormattedError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate, ValidationContext, ValidationRule, visit } from 'graphql';
import type { ServerOptions, SubscribePayload } from 'graphql-ws';
import { AppConfig, formatGraphQLError, MAX_PAGE_SIZE } from '@prepstack/platform';
import type { WsAuthenticator, WsConnectionContext } from '@prepstack/identity';

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

/** The same error with an Apollo-style code, so the one mapping classifies it as on HTTP. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/** What a WebSocket client sees of an error: the mapping HTTP errors get (formatGraphQLError). */
function formatWsError(error: GraphQLError): GraphQLFormattedError {
  // An error without a path came before execution (variables that do not coerce); Apollo
  // codes those BAD_USER_INPUT on HTTP, graphql-ws leaves them without a code.
  const tagged = !error.path && !error.extensions?.code ? withCode(error, 'BAD_USER_INPUT') : error;
  return formatGraphQLError(tagged.toJSON(), tagged);
}

/**
 * Parses and validates a graphql-ws operation with the rules Apollo applies on HTTP (graphql-ws
 * would otherwise run the standard rules only, without the depth and cost limits).
 *
 * Documents that passed are kept in `valid` (by query text, for the same schema and rules), so
 * thousands of clients subscribing with one query share one parsed document instead of a copy
 * each.
 *
 * @returns the execution arguments, or the errors to send back (coded, formatted by onError)
 */
export function checkWsOperation(
  schema: ExecutionArgs['schema'],
  payload: SubscribePayload,
  rules: readonly ValidationRule[],
  valid: Map<string, DocumentNode> = new Map(),
): ExecutionArgs | GraphQLError[] {
  let document = valid.get(payload.query);
  if (!document) {
    try {
      document = parse(payload.query);
    } catch (error) {
      return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
    }
    const errors = validate(schema, document, [...specifiedRules, ...rules]);
    if (errors.length) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
    if (valid.size >= MAX_CACHED_DOCUMENTS) valid.delete(valid.keys().next().value!);
    valid.set(payload.query, document);
  }
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}

/** Validated WebSocket documents kept per process (oldest dropped first). */
const MAX_CACHED_DOCUMENTS = 500;

/** Runtime collaborators of the GraphQL options (injected in AppModule). */
export interface GraphqlWiring {
  /** Holds the built schema, read when a WebSocket operation arrives. */
  schemaHost: GraphQLSchemaHost;
  wsAuth: WsAuthenticator;
}

// graphql-ws's `extra` is `unknown` to @nestjs/apollo; ours is { socket, request } from graphql-ws/use/ws plus WsAuthExtra.
type WsServerOptions = Partial<ServerOptions<Record<string, unknown> | undefined>>;

/**
 * graphql-ws (subscriptions) on the GraphQL path: token checked at connect (4401 otherwise),
 * the HTTP validation rules, and errors mapped as on HTTP.
 */
function graphqlWsOptions(config: AppConfig, { schemaHost, wsAuth }: GraphqlWiring): WsServerOptions {
  // Apollo turns introspection off on HTTP in production; graphql-ws needs the rule itself.
  const rules = [...operationRules(config), ...(config.NODE_ENV === 'production' ? [NoSchemaIntrospectionCustomRule] : [])];
  const validDocuments = new Map<string, DocumentNode>();
  return {
    onConnect: (ctx) => wsAuth.onConnect(ctx as WsConnectionContext),
    onClose: (ctx) => wsAuth.onClose(ctx as WsConnectionContext),
    onSubscribe: (_ctx, _id, payload) => checkWsOperation(schemaHost.schema, payload, rules, validDocuments),
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(formatWsError) } : undefined),
    onError: (_ctx, _id, _payload, errors) => errors.map(formatWsError),
  };
}

const isWsContext = (value: object): value is WsConnectionContext => 'connectionInitReceived' in value && 'extra' in value;

/** Apollo Server 5 options for the code-first schema, and graphql-ws for subscriptions. */
export function graphqlOptions(config: AppConfig, wiring: GraphqlWiring): ApolloDriverConfig {
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
    // Apollo's default cache-control plugin hooks every field of every response to compute
    // HTTP cache hints, which nothing here sets (personal data is never cached): off, it saves
    // a few ms on large responses (progress lists ~70 topics with their trends).
    plugins: [ApolloServerPluginCacheControlDisabled() as NonNullable<ApolloDriverConfig['plugins']>[number]],
    subscriptions: { 'graphql-ws': graphqlWsOptions(config, wiring) },
    // HTTP: Apollo's { req, res }. WebSocket: graphql-ws's connection context, per operation.
    context: (arg: { req?: unknown; res?: unknown }) => (isWsContext(arg) ? wiring.wsAuth.context(arg) : { req: arg.req, res: arg.res }),
  };
}
