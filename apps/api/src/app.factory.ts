import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig, createValidationPipe } from '@prepstack/platform';
import { AppModule } from './app.module';

/**
 * Builds the API application (not yet listening). main.ts and the end-to-end tests both use it,
 * so the tests run the same wiring as production.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  return app;
}
