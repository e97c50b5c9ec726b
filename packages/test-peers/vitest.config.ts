import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// The adapters' own suites, run from their folders, with the framework swapped for the oldest
// version the peer range claims. The adapters' folders resolve `react` and `vue` to the newest
// versions, so each framework package is aliased to this package's copy by absolute path. The
// testing libraries (and Vue Router, which the guard's tests use; 4.6 needs Vue 3.5) are aliased too: pnpm links this package's copies to the old peers, so what
// they load (react-dom, @vue/test-utils) is the old framework as well, never a second copy.
const local = createRequire(import.meta.url)
const dir = (name: string) => dirname(local.resolve(`${name}/package.json`))
const alias = (...names: string[]) =>
  names.map((name) => ({
    find: new RegExp(`^${name.replace('/', '\\/')}(\\/.*)?$`),
    replacement: `${dir(name)}$1`,
  }))
const adapter = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url))
const setup = (name: string) => fileURLToPath(new URL(`src/${name}.setup.ts`, import.meta.url))

export default defineConfig({
  test: {
    // A second run of suites that also run in their own packages: one file at a time is enough.
    fileParallelism: false,
    projects: [
      {
        root: adapter('react'),
        resolve: { alias: alias('react', 'react-dom', '@testing-library/react') },
        test: {
          name: 'react@18.0',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: [setup('react'), `${adapter('react')}/vitest.setup.ts`],
        },
      },
      {
        root: adapter('vue'),
        // The fixtures' `<script setup>` compiled by Vue 3.3's own compiler, for its runtime.
        plugins: [vue({ compiler: local('vue/compiler-sfc') })],
        resolve: { alias: alias('vue', 'vue-router', '@testing-library/vue') },
        test: {
          name: 'vue@3.3.0',
          environment: 'happy-dom',
          include: ['src/**/*.test.ts'],
          setupFiles: [setup('vue'), `${adapter('vue')}/vitest.setup.ts`],
        },
      },
    ],
  },
})
