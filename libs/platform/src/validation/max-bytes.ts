import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * The string's UTF-8 size is at most `bytes` (class-validator's MaxLength counts UTF-16 code
 * units, which lets a 64 KB limit pass ~192 KB of non-Latin text).
 */
export function MaxBytes(bytes: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxBytes',
      constraints: [bytes],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || Buffer.byteLength(value, 'utf8') <= bytes,
        defaultMessage: (args) => `${args?.property} must be at most ${bytes} bytes (UTF-8)`,
      },
    },
    options,
  );
}
