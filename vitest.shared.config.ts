import { defineConfig } from 'vitest/config';

/**
 * Tests that read ../shared (real Management API answers, real exports): not part of `npm test`, run with
 * `npm run test:shared` (CI lays ../shared beside the clone). Each fails with a clear message when it is absent.
 */
export default defineConfig({
  test: {
    include: ['test/shared/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
