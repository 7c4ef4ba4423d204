import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration files start real processes (gateway, clamd); two cores, so keep parallelism modest.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
