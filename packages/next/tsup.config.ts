import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  target: 'es2022',
  external: [/^next(\/|$)/, 'react', /^@auth-state\//],
}

export default defineConfig([
  // Server only: the route handler, the proxy step, server-component helpers.
  { ...shared, entry: { index: 'src/index.ts' } },
  // The provider, a client component: Next must see the directive at the top of the file.
  { ...shared, entry: { client: 'src/client.tsx' }, banner: { js: "'use client'" } },
])
