// Astro configuration: a static site with MDX lessons; everything runs in the browser.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// monaco-editor's package exports hide `esm/vs/…`; the playground imports only the parts it uses from there.
const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

export default defineConfig({
  site: 'https://layerlab.dev',
  output: 'static',
  integrations: [mdx()],
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    resolve: { alias: [{ find: /^monaco-editor\/esm\/vs\//, replacement: monacoEsm }] },
    worker: { format: 'es' },
    build: { chunkSizeWarningLimit: 4000 },
  },
});
