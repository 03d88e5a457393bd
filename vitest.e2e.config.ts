import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium (playwright-core) against the BUILT site; one file at a time on 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
