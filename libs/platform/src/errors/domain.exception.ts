/**
 * The fixed set of `extensions.code` values a client can receive (DESIGN.md, Errors).
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Extra fields copied into `extensions`; `field` names the argument or input field at fault. */
export interface ErrorDetails {
  field?: string;
  [key: string]: unknown;
}

/**
 * Base of every feature's exception (`CatalogException`, …). Resolvers and services throw these;
 * one mapping (formatGraphQLError) turns them into GraphQL errors with `extensions.code`.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  static badInput(field: string, message: string, details: ErrorDetails = {}): DomainException {
    return new DomainException(ErrorCode.BAD_USER_INPUT, message, { ...details, field });
  }
}
