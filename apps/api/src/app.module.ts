import { DynamicModule, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, ClockModule, ConfigModule, PubSubModule, runMigrations } from '@prepstack/platform';
import { CatalogModule } from '@prepstack/catalog';
import { IdentityModule, WsAuthenticator } from '@prepstack/identity';
import { PracticeModule } from '@prepstack/practice';
import { InterviewsModule } from '@prepstack/interviews';
import { ProgressModule } from '@prepstack/progress';
import { ContentBootstrapService } from './content-bootstrap.service';
import { databaseOptions } from './database/database.config';
import { graphqlOptions } from './graphql.options';
import { HealthController } from './health/health.controller';
import { WebClientModule } from './web/web-client.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database to use: DATABASE_URL, or the embedded server main.ts started. */
  databaseUrl: string;
  /** The app's time source; the system clock unless a test passes its own. */
  clock?: Clock;
}

/** Composes the feature libraries into the API. */
@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        PubSubModule.forRoot(config.REDIS_URL),
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
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [GraphQLSchemaHost, WsAuthenticator],
          useFactory: (schemaHost: GraphQLSchemaHost, wsAuth: WsAuthenticator) => graphqlOptions(config, { schemaHost, wsAuth }),
        }),
        CatalogModule,
        IdentityModule,
        PracticeModule,
        InterviewsModule,
        ProgressModule,
        // Last: the web client's index.html fallback answers only what nothing else does.
        WebClientModule.forRoot(config.WEB_DIST_DIR),
      ],
      controllers: [HealthController],
      providers: [ContentBootstrapService],
    };
  }
}
