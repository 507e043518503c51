import { defineConfig } from 'vitest/config';

// Projects, so that a pure unit run never waits for a database or a browser.
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['src/**/*.api.test.ts'],
          setupFiles: ['test/setup/clock.ts'],
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/**/*.api.test.ts', 'test/api/**/*.test.ts'],
          globalSetup: ['test/setup/postgres.ts'],
          setupFiles: ['test/setup/clock.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The test command itself: `npm test` on deliberately failing fixtures must exit non-zero.
        test: {
          name: 'meta',
          include: ['test/meta/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/browser.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
