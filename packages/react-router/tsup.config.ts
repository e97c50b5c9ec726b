import { defineConfig } from 'tsup'

export default defineConfig({
  // `server` is its own entry: the browser bundle never loads @auth-state/server.
  entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  external: [
    'react',
    'react-router',
    '@auth-state/core',
    '@auth-state/react',
    '@auth-state/server',
  ],
})
