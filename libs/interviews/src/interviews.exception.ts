import { DomainException, ErrorCode } from '@prepstack/platform';
import { MockRole } from './domain';

/** Errors the interviews library raises; mapped to GraphQL errors by the platform's one mapping. */
export class InterviewsException extends DomainException {
  static sessionNotFound(field = 'sessionId'): InterviewsException {
    return new InterviewsException(ErrorCode.NOT_FOUND, 'no such mock session', { field });
  }

  static codeNotFound(): InterviewsException {
    return new InterviewsException(ErrorCode.NOT_FOUND, 'no live mock session has this join code', { field: 'code' });
  }

  /** Not a participant, or a participant whose role may not do this. */
  static forbidden(action: string, roles?: MockRole[]): InterviewsException {
    const who = roles ? `only the ${roles.map((r) => r.toLowerCase()).join(' or ')}` : 'only participants';
    return new InterviewsException(ErrorCode.FORBIDDEN, `${who} may ${action}`);
  }

  static ended(): InterviewsException {
    return new InterviewsException(ErrorCode.CONFLICT, 'the mock session has ended');
  }

  static conflict(message: string, field?: string): InterviewsException {
    return new InterviewsException(ErrorCode.CONFLICT, message, field ? { field } : {});
  }

  static badInput(field: string, message: string): InterviewsException {
    return new InterviewsException(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
  }
}
