import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/client.ts'],
  // ESM only: SvelteKit is ESM only, and `$app/navigation` exists only inside a SvelteKit build.
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
  external: [/^@auth-state\//, /^@sveltejs\/kit/, /^\$app\//, 'svelte'],
})
