import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests run dist/ in child processes against the API double; give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
