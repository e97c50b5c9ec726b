import { defineConfig } from 'tsup'

export default defineConfig({
  // `redis` is its own entry, so an app on the memory store never loads the Redis code; `testing`
  // too, so no app bundles the test kit.
  entry: { index: 'src/index.ts', redis: 'src/redis.ts', testing: 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
  splitting: true,
  // Private and consumed from source: bundled, so published dependencies stay public.
  noExternal: ['@auth-state/wire'],
})
