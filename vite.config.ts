import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/vite-precompress.ts';

/**
 * The web UI: sources in src/web, built into dist/web (served by `dxship serve`).
 * In development, `vite` proxies /api to the API server on port 3000. The proxy keeps the browser's
 * Host header (no changeOrigin) so the server's same-origin check for writes still passes.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react(), tailwindcss(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      // Only API calls: src/web/api/*.ts are source modules the dev server must serve itself.
      '^/api/(?!.*\\.tsx?$)': { target: 'http://localhost:3000' },
    },
  },
});
