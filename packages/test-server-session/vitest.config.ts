import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // core's secret-leak guard: any token, refresh token or code the dev server issued that shows
    // up in console output, errors, events, cross-tab messages or storage fails the test.
    setupFiles: ['../core/test/leak-guard.ts'],
    testTimeout: 30_000,
  },
})
