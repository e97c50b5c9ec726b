import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Core's published types must stand alone: an app compiles them with `skipLibCheck: false` and
// only our runtime dependencies installed. The .d.ts files are built fresh (to a temp folder, not
// dist/, so this test never races a build) and used from a tiny consumer project.

const run = promisify(execFile)
const core = resolve(dirname(fileURLToPath(import.meta.url)), '..')
let dir: string

const consumer = `
import * as z from 'zod/mini'
import { AuthError, createAuthClient, type AuthFetchOptions } from '@auth-state/core'

const Account = z.object({ email: z.string(), organizationId: z.string() })
const auth = createAuthClient({ baseURL: 'https://api.example.com/api/outer-bridge' })

export async function load(signal: AbortSignal): Promise<string> {
  const options: AuthFetchOptions<{ email: string; organizationId: string }> = {
    schema: Account,
    signal,
    timeoutMs: 5000,
    query: { page: 1 },
  }
  try {
    const account = await auth.fetch('/network/v1/account', options)
    const raw = await auth.fetchRaw<string>('/health', { responseType: 'text' })
    return account.email + raw
  } catch (error) {
    if (error instanceof AuthError && error.code === 'invalid_response') return error.message
    throw error
  }
}
`

const compilerOptions = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  exactOptionalPropertyTypes: true,
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'auth-state-consumer-'))
  const pkg = join(dir, 'node_modules', '@auth-state', 'core')
  await mkdir(pkg, { recursive: true })
  await run('pnpm', ['exec', 'tsup', '--dts-only', '--out-dir', join(pkg, 'dist')], { cwd: core })
  const manifest = { name: '@auth-state/core', type: 'module', types: './dist/index.d.ts' }
  await writeFile(join(pkg, 'package.json'), JSON.stringify(manifest))
  // Only the runtime dependencies, as an app installing core would have them.
  const { dependencies } = JSON.parse(await readFile(join(core, 'package.json'), 'utf8'))
  for (const dep of Object.keys(dependencies))
    await symlink(join(core, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir')
  await mkdir(join(dir, 'node_modules', '@types'))
  await symlink(
    join(core, 'node_modules', '@types', 'node'),
    join(dir, 'node_modules', '@types', 'node'),
    'dir',
  )
  await writeFile(join(dir, 'index.ts'), consumer)
}, 120_000)
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('published types', () => {
  it.each([
    ['a browser app (lib DOM, no @types/node)', { lib: ['ES2022', 'DOM'], types: [] }],
    ['a Node app (@types/node, no DOM)', { lib: ['ES2022'], types: ['node'] }],
  ])(
    'compile in %s with skipLibCheck: false',
    async (_, extra) => {
      const tsconfig = { compilerOptions: { ...compilerOptions, ...extra }, files: ['index.ts'] }
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
      const result = await run('pnpm', ['exec', 'tsc', '-p', dir], { cwd: core }).then(
        () => '',
        (error: { stdout?: string }) => error.stdout ?? String(error),
      )
      expect(result).toBe('')
    },
    60_000,
  )
})
