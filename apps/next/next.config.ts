import { fileURLToPath } from 'node:url'
import type { NextConfig } from 'next'

const config: NextConfig = {
  // As create-next-app sets them up.
  cacheComponents: true,
  partialPrefetching: true,
  // The monorepo's root, where pnpm keeps the dependencies (Turbopack asks for it).
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
}

export default config
