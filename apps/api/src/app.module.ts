import { DynamicModule, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, runMigrations } from '@prepstack/platform';
import { CatalogModule } from '@prepstack/catalog';
import { ContentBootstrapService } from './content-bootstrap.service';
import { databaseOptions } from './database/database.config';
import { graphqlOptions } from './graphql.options';
import { HealthController } from './health/health.controller';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database to use: DATABASE_URL, or the embedded server main.ts started. */
  databaseUrl: string;
}

/** Composes the feature libraries into the API. */
@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req, res) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => databaseOptions(databaseUrl, config.DATABASE_POOL_SIZE),
          // Migrations run before anything else touches the database.
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await runMigrations(dataSource);
            return dataSource;
          },
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        CatalogModule,
      ],
      controllers: [HealthController],
      providers: [ContentBootstrapService],
    };
  }
}
