import { readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

export default defineConfig({
  // `server-session` is its own entry: its provider takes a client only, so an app that imports
  // from it never bundles the direct client that `<AuthProvider options>` makes. Both entries
  // share one chunk (one React context), in ESM and CJS alike.
  entry: { index: 'src/index.ts', 'server-session': 'src/server-session.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  splitting: true,
  // Client components, for React Server Components: every file starts with the directive.
  banner: { js: "'use client';" },
  external: ['react', '@auth-state/core', 'nanostores'],
  // tsup's CJS code splitting rewrites the chunks after the banner, so the directive ends up
  // behind the CJS preamble, where it is no directive: put it back in front.
  async onSuccess() {
    for (const file of ['index.cjs', 'server-session.cjs']) {
      const path = new URL(`dist/${file}`, import.meta.url)
      const code = (await readFile(path, 'utf8')).replace("'use client';", '')
      await writeFile(path, `'use client';\n${code}`)
    }
  },
})
