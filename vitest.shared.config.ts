import { defineConfig } from 'vitest/config';

/**
 * `npm run test:shared`: the tests that read the project's shared facts (../shared/real-world, ../shared/real-api)
 * from outside the repository. They are not part of `npm test`; .ci/run runs them as a step of their own, and the
 * run fails with the reason when a folder is missing.
 */
export default defineConfig({
  test: {
    include: ['test/shared/**/*.test.ts'],
    globalSetup: ['test/shared/require-shared.ts', 'test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
