import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainException, ErrorCode } from './domain.exception';

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Names fields by their GraphQL argument path: an input passed as `@Args('input')` reports
 * `input.email`, as a client wrote it; `@Args()` argument classes report the argument itself.
 */
class ArgumentValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof DomainException) || typeof metadata.data !== 'string' || !metadata.data) throw error;
      const arg = metadata.data;
      const problems = (error.details.problems as { field: string; message: string }[]).map((p) => ({ ...p, field: `${arg}.${p.field}` }));
      const first = problems[0];
      throw new DomainException(ErrorCode.BAD_USER_INPUT, `${first.field}: ${first.message}`, { field: first.field, problems });
    }
  }
}

/**
 * The global ValidationPipe: class-validator rules on `@InputType`/`@ArgsType` fields. A failure
 * becomes BAD_USER_INPUT naming the first field at fault (`filter.search`, `input.password`),
 * with every problem in `extensions.problems`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
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
