export * from './config/app-config';
export * from './config/config.module';
export * from './database/data-source-options';
export * from './database/embedded-postgres';
export * from './errors/domain.exception';
export * from './errors/format-error';
export * from './errors/validation';
export * from './graphql/pagination';
