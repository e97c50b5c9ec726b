import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
  // esm-env stays external: the app's bundler must pick its browser or server build.
  external: ['svelte', '@auth-state/core', 'nanostores', 'esm-env'],
})
