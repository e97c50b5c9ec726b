import { defineConfig } from 'tsup'

// ESM only, as Nuxt is. The module is bundled; the runtime files are transpiled one by one and
// not bundled, because Nuxt adds them to the app by path and resolves `#app`/`#imports` itself.
export default defineConfig([
  {
    entry: ['src/module.ts'],
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    external: ['@nuxt/kit', 'nuxt'],
  },
  {
    entry: ['src/runtime/**/*.ts', '!src/runtime/**/*.test.ts'],
    outDir: 'dist/runtime',
    format: ['esm'],
    dts: true,
    bundle: false,
    target: 'es2022',
  },
])
