import { HttpException, Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { ASTNode, DocumentNode, GraphQLError, GraphQLFormattedError, parse, visit } from 'graphql';
import { DomainException, ErrorCode } from './domain.exception';

const logger = new Logger('GraphQLError');

/** Apollo's own request-level codes; to a client each is a bad input. */
const INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * The dotted path of the argument or input field (`filter.stack`) whose value contains `offset`
 * in the document, or undefined when the offset is outside every argument.
 */
export function argumentAt(document: DocumentNode, offset: number): string | undefined {
  const stack: string[] = [];
  let found: string | undefined;
  const contains = (node: ASTNode) => node.loc !== undefined && node.loc.start <= offset && offset < node.loc.end;
  // Arguments and input-object fields nest alike: track the names of those that contain the offset.
  const named = {
    enter(node: ASTNode & { name: { value: string } }) {
      if (!contains(node)) return false;
      stack.push(node.name.value);
      found = stack.join('.');
      return undefined;
    },
    leave(node: ASTNode) {
      if (contains(node)) stack.pop();
    },
  };
  visit(document, { Argument: named, ObjectField: named });
  return found;
}

function locatedField(error: GraphQLError): string | undefined {
  const variable = /Variable "\$([A-Za-z0-9_]+)"/.exec(error.message);
  if (variable) return variable[1];
  const offset = error.nodes?.[0]?.loc?.start ?? error.positions?.[0];
  if (offset === undefined || !error.source) return undefined;
  try {
    return argumentAt(parse(error.source), offset);
  } catch {
    return undefined;
  }
}

function fieldOf(error: GraphQLError): string | undefined {
  const at = locatedField(error);
  // A required input field or argument left out is named in the message only.
  const missingField = /Field "(?:[A-Za-z0-9_]+\.)?([A-Za-z0-9_]+)" of required type "[^"]+" was not provided/.exec(error.message);
  if (missingField) return at ? `${at}.${missingField[1]}` : missingField[1];
  const missingArgument = /argument "([A-Za-z0-9_]+)" of type "[^"]+" is required, but it was not provided/.exec(error.message);
  if (missingArgument && !at) return missingArgument[1];
  return at;
}

/**
 * The one mapping from anything thrown to what a client sees: `extensions.code` from the fixed
 * set, `extensions.field` where a field is at fault, never a stack trace or SQL. Unknown errors
 * are logged in full and returned as INTERNAL_SERVER_ERROR with a generic message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainException) {
    return { ...base, message: original.message, extensions: { ...original.details, code: original.code } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()] ?? ErrorCode.INTERNAL_SERVER_ERROR;
    if (code !== ErrorCode.INTERNAL_SERVER_ERROR) return { ...base, message: original.message, extensions: { code } };
  }
  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && INPUT_CODES.has(apolloCode)) {
    const field = error instanceof GraphQLError ? fieldOf(error) : undefined;
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}), reason: apolloCode } };
  }
  if (typeof apolloCode === 'string' && (Object.values(ErrorCode) as string[]).includes(apolloCode) && apolloCode !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...base, extensions: { code: apolloCode } };
  }
  logger.error({ err: original, path: formatted.path }, 'unhandled error in a GraphQL operation');
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
