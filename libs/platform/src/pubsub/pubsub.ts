import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';

/**
 * Injection token of the app's one {@link PubSubEngine}: in-process, or Redis when REDIS_URL is
 * set, without callers changing. Publish after the write is committed, and publish resolved
 * values, never promises.
 */
export const PUB_SUB = Symbol('PUB_SUB');

/** `constructor(@InjectPubSub() pubSub: PubSubEngine)` */
export const InjectPubSub = (): ParameterDecorator => Inject(PUB_SUB);

export type { PubSubEngine };

/**
 * The one way to name a channel: a feature's scope and the id it is scoped to
 * (`account:<userId>`, `session:<sessionId>`), so a subscriber only ever hears its own stream.
 *
 * @throws Error when scope or id is empty or contains `:` (it would collide with another channel)
 */
export function channelName(scope: string, id: string): string {
  if (!scope || !id || scope.includes(':') || id.includes(':')) throw new Error(`bad channel part: '${scope}', '${id}'`);
  return `${scope}:${id}`;
}

/** Closes the Redis connections of a Redis-backed PubSub when the app shuts down. */
class PubSubCloser implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubSub instanceof RedisPubSub) await this.pubSub.close();
  }
}

/**
 * Provides {@link PUB_SUB} to the whole app: in-process by default; Redis pub/sub
 * (graphql-redis-subscriptions over ioredis) when `redisUrl` is given, so every API process
 * hears what any of them publishes. Redis carries JSON: publish plain data (ISO strings for
 * times), which is what subscribers get back.
 */
@Global()
@Module({})
export class PubSubModule {
  static forRoot(redisUrl?: string): DynamicModule {
    const factory = (): PubSubEngine => {
      if (!redisUrl) return new PubSub();
      // Subscribing puts a Redis connection in subscriber mode, so publishing needs its own.
      const options = { maxRetriesPerRequest: null, lazyConnect: false };
      return new RedisPubSub({ publisher: new Redis(redisUrl, options), subscriber: new Redis(redisUrl, options) });
    };
    return {
      module: PubSubModule,
      providers: [{ provide: PUB_SUB, useFactory: factory }, PubSubCloser],
      exports: [PUB_SUB],
    };
  }
}
