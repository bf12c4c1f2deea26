import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServerResponse } from 'node:http';

/**
 * Paths the client never answers: the API's own routes, and the hashed assets (a missing one is
 * a 404, not index.html served as JavaScript). path-to-regexp 8 syntax; `{/*rest}` is anything below.
 */
export const WEB_CLIENT_EXCLUDE = ['/graphql{/*rest}', '/healthz', '/readyz', '/export{/*rest}', '/assets{/*rest}'];

/** Cache headers: hashed assets forever, index.html revalidated so a new build shows at once. */
function setHeaders(res: ServerResponse, path: string): void {
  res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * Serves the built web client (apps/web, WEB_DIST_DIR) at `/`: its files as they are, and
 * index.html for every other GET that is not an API route, so deep links such as
 * /prompts/two-sum load the app. Nothing is served when the client has not been built.
 */
@Module({})
export class WebClientModule {
  static forRoot(webDistDir: string): DynamicModule {
    const rootPath = resolve(webDistDir);
    if (!existsSync(join(rootPath, 'index.html'))) {
      return {
        module: WebClientModule,
        providers: [
          {
            provide: 'WEB_CLIENT_ABSENT',
            useFactory: () => new Logger('WebClient').warn(`no web client at ${rootPath} (npm run web:build): / is not served`),
          },
        ],
      };
    }
    return {
      module: WebClientModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath,
          exclude: WEB_CLIENT_EXCLUDE,
          serveStaticOptions: { setHeaders, fallthrough: true },
        }),
      ],
    };
  }
}
