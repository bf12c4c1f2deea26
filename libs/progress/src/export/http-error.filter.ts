import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainException, ErrorCode } from '@prepstack/platform';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  INTERNAL_SERVER_ERROR: HttpStatus.INTERNAL_SERVER_ERROR,
};
const CODE_OF_STATUS = new Map(Object.entries(STATUS).map(([code, status]) => [status, code as ErrorCode]));

/**
 * The HTTP side of the error mapping, for the export routes: a domain exception becomes its
 * status with `{ error: { code, message, …details } }` (the same codes as GraphQL's
 * `extensions.code`), a 401 carries `WWW-Authenticate: Bearer` (RFC 6750), anything else is a
 * 500 without internals. An error after the body has started cannot change the status: the
 * connection is cut, so a client never takes a truncated file for a whole one.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      this.logger.error({ err: error }, 'export failed after the response started; closing the connection');
      res.destroy();
      return;
    }
    let status = HttpStatus.INTERNAL_SERVER_ERROR;
    let body: Record<string, unknown> = { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
    if (error instanceof DomainException) {
      status = STATUS[error.code];
      body = { ...error.details, code: error.code, message: error.message };
    } else if (error instanceof HttpException && CODE_OF_STATUS.has(error.getStatus())) {
      status = error.getStatus();
      body = { code: CODE_OF_STATUS.get(status), message: error.message };
    } else {
      this.logger.error({ err: error }, 'unhandled error on an HTTP route');
    }
    if (status === HttpStatus.UNAUTHORIZED) {
      res.setHeader('WWW-Authenticate', body.reason === 'MISSING' ? 'Bearer realm="prepstack"' : 'Bearer realm="prepstack", error="invalid_token"');
    }
    res.status(status).setHeader('Cache-Control', 'no-store');
    res.json({ error: body });
  }
}
