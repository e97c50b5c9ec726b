import { defineConfig } from 'vitest/config'

// Browser tests: Debian's Chromium against the built playground (dist/) and a dev server each
// test starts on a free port. One file at a time: each drives a real browser.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
