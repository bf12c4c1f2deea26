import { DomainException, ErrorCode, ErrorDetails } from '@prepstack/platform';

/** Errors the progress library raises; mapped to GraphQL errors by the platform's one mapping. */
export class ProgressException extends DomainException {
  /** Bad input the schema could not catch (from after to, a window too long…); names the argument. */
  static badInput(field: string, message: string, details: ErrorDetails = {}): ProgressException {
    return new ProgressException(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { ...details, field });
  }

  /** No role profile for this stack and level (content/roles is missing it or it is invalid). */
  static noRoleProfile(stack: string, level: string): ProgressException {
    return new ProgressException(ErrorCode.NOT_FOUND, `no role profile for ${stack} ${level}`, { field: 'level' });
  }
}
