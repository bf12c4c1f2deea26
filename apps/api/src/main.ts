import 'reflect-metadata';
import { ConfigError, EmbeddedPostgresHandle, loadConfig, startEmbeddedPostgres } from '@prepstack/platform';
import pino from 'pino';
import { createApp } from './app.factory';

/**
 * Starts Prepstack: validates the configuration, starts the embedded Postgres when no
 * DATABASE_URL is set, boots the API (migrations, content import) and serves it. SIGINT/SIGTERM
 * drain in-flight requests, close the database and stop the embedded server, in that order.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = pino({ level: config.LOG_LEVEL, base: { context: 'main' } });

  let embedded: EmbeddedPostgresHandle | undefined;
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.EMBEDDED_PG_DIR,
      port: config.EMBEDDED_PG_PORT,
      logger: { info: (m) => log.info(m), warn: (m) => log.warn(m), debug: (m) => log.debug(m) },
    });
  }
  const app = await createApp(config, config.DATABASE_URL ?? embedded!.url).catch(async (error) => {
    await embedded?.stop();
    throw error;
  });
  await app.listen(config.PORT, config.HOST);
  log.info(`Prepstack listening on http://localhost:${config.PORT} (GraphQL at /graphql)`);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info(`${signal}: draining requests`);
    const timer = setTimeout(() => {
      log.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS + 5_000);
    try {
      await Promise.race([app.close(), new Promise((r) => setTimeout(r, config.SHUTDOWN_TIMEOUT_MS))]);
      await embedded?.stop();
      log.info('stopped');
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`Prepstack failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
