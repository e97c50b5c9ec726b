import { defineConfig } from 'tsup'

// Two builds: the library (ESM + CJS + types) and the CLI (ESM only, no types).
// tsup runs them in parallel, so each one's clean step must spare the other's output.
// @auth-state/wire is private and consumed from source: bundled, so published dependencies
// stay public.
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['!cli.js'],
    sourcemap: false,
    target: 'es2022',
    treeshake: true,
    noExternal: ['@auth-state/wire'],
  },
  {
    entry: ['src/cli.ts'],
    format: ['esm'],
    dts: false,
    clean: ['!index.*'],
    sourcemap: false,
    target: 'es2022',
    platform: 'node',
    treeshake: true,
    noExternal: ['@auth-state/wire'],
  },
])
