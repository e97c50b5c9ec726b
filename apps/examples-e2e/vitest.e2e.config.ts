import { defineConfig } from 'vitest/config'

// The example apps' browser suite, run from an app's folder (its `test:e2e` script points
// here): Chromium against the app's production build, then its dev server. One file and one test at a time: they
// share the app's server and a real browser, on a 2-core machine.
export default defineConfig({
  test: {
    root: process.cwd(),
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
