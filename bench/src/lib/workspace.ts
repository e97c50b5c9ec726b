import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The monorepo root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url))
export const benchDir = fileURLToPath(new URL('../../', import.meta.url))

export const ADAPTERS = ['react', 'vue', 'svelte'] as const
export type Adapter = (typeof ADAPTERS)[number]

/**
 * The built entry of an adapter, which another engineer may still be writing. turbo builds the
 * adapters before `pnpm bench` (they are devDependencies of the bench); run on its own, the bench
 * tries one build of an adapter that has no dist yet, and reports it missing when that fails.
 */
export function adapterEntry(name: Adapter): { path: string } | { missing: string } {
  const dir = `${root}packages/${name}`
  const path = `${dir}/dist/index.js`
  if (!existsSync(`${dir}/package.json`)) return { missing: `packages/${name} does not exist` }
  if (existsSync(path)) return { path }
  try {
    execFileSync('pnpm', ['--filter', `@auth-state/${name}`, 'build'], {
      cwd: root,
      stdio: 'ignore',
      timeout: 180_000,
    })
  } catch {
    return { missing: `no dist, and \`pnpm --filter @auth-state/${name} build\` failed` }
  }
  return existsSync(path) ? { path } : { missing: 'the build wrote no dist/index.js' }
}

/** The installed version of one of the bench's dependencies. */
export function version(name: string): string {
  return JSON.parse(readFileSync(`${benchDir}node_modules/${name}/package.json`, 'utf8')).version
}
