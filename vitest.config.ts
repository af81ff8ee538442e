import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Builds and browsers are heavy on a 2-core machine: one test file at a time per core.
    maxWorkers: 2,
  },
});
