import { DomainException, ErrorCode } from '@prepstack/platform';

/** Errors the catalog raises; mapped to GraphQL errors by the platform's one mapping. */
export class CatalogException extends DomainException {
  static promptNotFound(field: 'id' | 'slug', value: string): CatalogException {
    return new CatalogException(ErrorCode.NOT_FOUND, `no prompt with ${field} '${value}'`, { field });
  }

  static needsOneOf(fields: string[]): CatalogException {
    return new CatalogException(ErrorCode.BAD_USER_INPUT, `give exactly one of ${fields.join(', ')}`, { field: fields[0] });
  }
}
