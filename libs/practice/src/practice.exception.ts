import { DomainException, ErrorCode, ErrorDetails } from '@prepstack/platform';

/** Errors the practice library raises; mapped to GraphQL errors by the platform's one mapping. */
export class PracticeException extends DomainException {
  /**
   * Not there, or not the caller's: another user's attempt or practice set is reported exactly
   * like a missing one, so an id never tells that something exists.
   */
  static notFound(what: 'attempt' | 'practice set' | 'prompt', field: string, id: string): PracticeException {
    return new PracticeException(ErrorCode.NOT_FOUND, `no ${what} with id '${id}'`, { field });
  }

  static badInput(field: string, message: string, details: ErrorDetails = {}): PracticeException {
    return new PracticeException(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { ...details, field });
  }

  /** The thing is in a state that does not allow the change (submitted, abandoned, finished…). */
  static conflict(message: string, reason: string, details: ErrorDetails = {}): PracticeException {
    return new PracticeException(ErrorCode.CONFLICT, message, { ...details, reason });
  }
}
