import { defineConfig } from 'tsup'

export default defineConfig({
  // Each entry is its own subpath export; shared code lands in shared chunks, so an app that
  // imports two of them gets one copy of the client (and one AuthError class).
  entry: {
    index: 'src/index.ts',
    server: 'src/server/index.ts',
    'server-session': 'src/server-session/index.ts',
    testing: 'src/testing/index.ts',
    idle: 'src/idle/index.ts',
    cookie: 'src/cookie/index.ts',
    // Not a subpath: its own file, so the main entry only re-exports it. A bundler that keeps
    // whole modules (Turbopack) then skips it, and the direct client it makes, when unused.
    'tab-client': 'src/tab-client.ts',
  },
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
