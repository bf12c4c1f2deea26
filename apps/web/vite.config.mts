import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.PREPSTACK_API ?? 'http://localhost:3000';

/**
 * The web client: built to apps/web/dist, which the API serves at `/`. Every asset (scripts,
 * styles, CodeMirror's language modes) is bundled; nothing loads from another host.
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  // Preact's automatic JSX runtime (Vite 8 compiles TypeScript and JSX with Oxc).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // CodeMirror and its language modes are split out and loaded when an editor first shows.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        // Lazy chunks named after the package they load (codemirror-lang-python-…), not "dist-…";
        // a shared chunk after its first package.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? chunk.moduleIds.find((m) => m.includes('node_modules')) ?? '';
          const pkg = /node_modules\/(?:@([^/]+)\/)?([^/]+)/.exec(id);
          return `assets/${pkg ? [pkg[1], pkg[2]].filter(Boolean).join('-') : chunk.name}-[hash].js`;
        },
      },
    },
  },
  // `npm run web:dev`: the client on Vite's dev server; GraphQL (HTTP and WebSocket) and the downloads on the API.
  server: {
    port: 5173,
    proxy: { '/graphql': { target: api, ws: true }, '/healthz': api, '/readyz': api, '/export/': api },
  },
});
