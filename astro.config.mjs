// Astro configuration: a static site with MDX lessons; everything runs in the browser.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://layerlab.dev',
  output: 'static',
  integrations: [mdx()],
  server: { host: '127.0.0.1', port: 4321 },
});
