import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Fails any test in which a token, refresh token or code a dev server issued shows up in
    // console output, errors, events, cross-tab messages or storage after sign-out.
    setupFiles: ['test/leak-guard.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
})
