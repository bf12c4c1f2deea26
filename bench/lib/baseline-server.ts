/**
 * Child process of the bench runner (forked by baseline.ts, run through `node --import tsx`):
 * a bare `@apollo/server` standalone server, defaults only, whose Query fields return fixed data
 * held in memory. It is what a GraphQL server with no framework, no database and no per-request
 * work of its own costs, the yardstick the app is measured against.
 *
 * Protocol (IPC): the parent sends one {@link BaselineRequest}; the child answers with
 * {@link BaselineReady} (or {@link BaselineFailed}). SIGTERM, SIGINT or the parent going away
 * stops it.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

export interface BaselineRequest {
  /** SDL of the schema. */
  typeDefs: string;
  /** Query field name → the value its resolver returns, as is. */
  data: Record<string, unknown>;
}
export interface BaselineReady {
  url: string;
}
export interface BaselineFailed {
  error: string;
}

let server: ApolloServer | undefined;

async function start({ typeDefs, data }: BaselineRequest): Promise<string> {
  const Query = Object.fromEntries(Object.entries(data).map(([field, value]) => [field, () => value]));
  server = new ApolloServer({ typeDefs, resolvers: { Query } });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return url;
}

async function stop(): Promise<never> {
  try {
    await server?.stop();
  } finally {
    process.exit(0);
  }
}

process.once('message', (message: BaselineRequest) => {
  start(message).then(
    (url) => process.send!({ url } satisfies BaselineReady),
    (error: unknown) => process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies BaselineFailed),
  );
});
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
// The runner died without stopping us: do not linger.
process.once('disconnect', () => void stop());
