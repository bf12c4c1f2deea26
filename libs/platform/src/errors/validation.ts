import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainException, ErrorCode } from './domain.exception';

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * The global ValidationPipe: class-validator rules on `@InputType`/`@ArgsType` fields. A failure
 * becomes BAD_USER_INPUT naming the first field at fault (`filter.search`), with every problem in
 * `extensions.problems`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      const first = problems[0] ?? { field: '(input)', message: 'is invalid' };
      return new DomainException(ErrorCode.BAD_USER_INPUT, `${first.field}: ${first.message}`, {
        field: first.field,
        problems,
      });
    },
  });
}
