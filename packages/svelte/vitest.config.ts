import { svelte } from '@sveltejs/vite-plugin-svelte'
import { svelteTesting } from '@testing-library/svelte/vite'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Compiles the test fixtures; the package itself ships no .svelte files.
  plugins: [svelte({ configFile: false }), svelteTesting({ resolveBrowser: false })],
  // Browser builds of svelte and esm-env for DOM tests only: the SSR test needs the server ones.
  environments: {
    client: { resolve: { conditions: ['browser', 'module', 'development|production'] } },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['vitest.setup.ts'],
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
})
