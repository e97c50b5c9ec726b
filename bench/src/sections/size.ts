import { readFileSync } from 'node:fs'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { emit, kb, type Table, verdict } from '../lib/report'
import { ADAPTERS, adapterEntry, benchDir, root, version } from '../lib/workspace'

// Every entry is bundled the same way: ESM, browser platform, minified, everything bundled but
// the UI framework, production mode, no legal comments. Sizes are of that one file.
const FRAMEWORKS = ['react', 'react/*', 'react-dom', 'react-dom/*', 'vue', 'svelte', 'svelte/*']

async function bundle(contents: string, external: string[] = FRAMEWORKS) {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    write: false,
    logLevel: 'silent',
  })
  return Buffer.from(result.outputFiles[0]!.contents)
}

async function measure(contents: string, external: string[] = FRAMEWORKS) {
  const code = await bundle(contents, external)
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
      },
    }).length,
  }
}

/**
 * A size-limit entry of a workspace package (a brotli limit), as text: the first one, or the one
 * whose name contains `named` (packages with several entry points have several).
 */
function sizeLimit(pkg: string, named?: string): string | undefined {
  const json = JSON.parse(readFileSync(`${root}packages/${pkg}/package.json`, 'utf8'))
  const entries: Array<{ name?: string; limit?: string; gzip?: boolean }> = json['size-limit'] ?? []
  const entry = named ? entries.find((e) => e.name?.includes(named)) : entries[0]
  // An entry with `gzip: true` is checked against min + gzip, as size-limit does.
  return entry?.limit && (entry.gzip ? `${entry.limit} gzip` : entry.limit)
}
const limitBytes = (limit: string) => {
  const [, n, unit] = /^([\d.]+)\s*(B|KB|kB)$/.exec(limit.trim()) ?? []
  return n ? Number(n) * (unit === 'B' ? 1 : 1000) : Number.NaN
}

const rows: string[][] = []
async function row(
  name: string,
  imports: string,
  contents: string,
  limit?: string,
  external?: string[],
) {
  try {
    const size = await measure(contents, external)
    const gzip = limit?.endsWith(' gzip')
    const check = limit
      ? `${limit} (${verdict(gzip ? size.gzip : size.brotli, limitBytes(limit.replace(/ gzip$/, '')))})`
      : '—'
    rows.push([name, imports, kb(size.min), kb(size.gzip), kb(size.brotli), check])
  } catch (error) {
    rows.push([name, imports, 'failed', '—', '—', String((error as Error).message).split('\n')[0]!])
  }
}

await row(
  '@auth-state/core, all dependencies',
  '`{ createAuthClient }`',
  "export { createAuthClient } from '@auth-state/core'",
  sizeLimit('core'),
)
await row(
  '@auth-state/core/server-session, all dependencies',
  '`{ createServerSessionClient }` from @auth-state/core/server-session',
  "export { createServerSessionClient } from '@auth-state/core/server-session'",
  sizeLimit('core', 'createServerSessionClient'),
)
await row(
  '@auth-state/core/testing + core, all dependencies',
  '`{ createTestAuth }` from @auth-state/core/testing',
  "export { createTestAuth } from '@auth-state/core/testing'",
  sizeLimit('core', 'createTestAuth'),
)
// The kit's own code: the chunk it shares with the main entry (the client) and the client's
// dependencies are left out.
await row(
  '@auth-state/core/testing, own code',
  '`{ createTestAuth }` from @auth-state/core/testing',
  "export { createTestAuth } from '@auth-state/core/testing'",
  undefined,
  [...FRAMEWORKS, './chunk-*', 'nanostores', 'ofetch', 'zod', 'zod/*'],
)
// Issue 22: what session health costs. The health store is part of every client (its own code
// here, from core's source, nanostores left out); the idle timer is its own entry, so only an
// app that imports it pays for it (see the tree-shaking table below).
await row(
  'health store ($health: core/src/health.ts), own code',
  '`{ createHealth, healthOf }`',
  `export { createHealth, healthOf } from '${root}packages/core/src/health.ts'`,
  undefined,
  [...FRAMEWORKS, 'nanostores'],
)
await row(
  '@auth-state/core/idle, own code',
  '`{ idleTimeout }` from @auth-state/core/idle',
  "export { idleTimeout } from '@auth-state/core/idle'",
  undefined,
  [...FRAMEWORKS, './chunk-*', 'nanostores', 'ofetch', 'zod', 'zod/*'],
)
await row(
  '@auth-state/core + /idle, all dependencies',
  '`{ createAuthClient }` + `{ idleTimeout }` from @auth-state/core/idle',
  "export { createAuthClient } from '@auth-state/core'\nexport { idleTimeout } from '@auth-state/core/idle'",
)
for (const name of ADAPTERS) {
  const entry = adapterEntry(name)
  if ('missing' in entry) {
    rows.push([`@auth-state/${name} + core`, '—', 'missing', '—', '—', entry.missing])
    rows.push([`@auth-state/${name}, own code`, '—', 'missing', '—', '—', entry.missing])
    continue
  }
  await row(
    `@auth-state/${name} + core`,
    `every export of the adapter + \`{ createAuthClient }\``,
    `export { createAuthClient } from '@auth-state/core'\nexport * from '@auth-state/${name}'`,
  )
  // As its size-limit entry counts it: core, nanostores (and esm-env) not included.
  await row(
    `@auth-state/${name}, own code`,
    'every export of the adapter',
    `export * from '@auth-state/${name}'`,
    sizeLimit(name),
    [...FRAMEWORKS, '@auth-state/core', 'nanostores', 'esm-env'],
  )
}
await row(
  'better-auth client + emailOTP plugin',
  '`{ createAuthClient }` from better-auth/client, `{ emailOTPClient }` from better-auth/client/plugins',
  "export { createAuthClient } from 'better-auth/client'\nexport { emailOTPClient } from 'better-auth/client/plugins'",
)
await row(
  '@supabase/auth-js',
  '`{ GoTrueClient }`',
  "export { GoTrueClient } from '@supabase/auth-js'",
)
await row(
  '@stytch/vanilla-js/headless',
  '`{ StytchHeadlessClient }`',
  "export { StytchHeadlessClient } from '@stytch/vanilla-js/headless'",
)

// An app that does not import the testing kit must not carry any of it. Its strings survive
// minification, so their absence from the app's bundle is the proof.
const KIT_MARKERS = ['createTestAuth', 'Scripted answer', 'identity.test']
const treeShaking: string[][] = []
for (const [name, contents] of [
  ['`{ createAuthClient }`', "export { createAuthClient } from '@auth-state/core'"],
  ['every export of @auth-state/core', "export * from '@auth-state/core'"],
] as const) {
  const text = (await bundle(contents)).toString('utf8')
  const found = KIT_MARKERS.filter((marker) => text.includes(marker))
  treeShaking.push([
    name,
    found.length ? `found: ${found.join(', ')}` : 'none',
    `none (${verdict(found.length, 0)})`,
  ])
}
// The control: the same search finds the kit where it is imported.
{
  const text = (await bundle("export { createTestAuth } from '@auth-state/core/testing'")).toString(
    'utf8',
  )
  const found = KIT_MARKERS.filter((marker) => text.includes(marker))
  treeShaking.push([
    'control: `{ createTestAuth }` from @auth-state/core/testing',
    `found: ${found.join(', ') || 'nothing'}`,
    `all (${found.length === KIT_MARKERS.length ? 'ok' : 'OVER'})`,
  ])
}

// Issue 22: the idle timer is opt-in. Its strings (the shared activity key's suffix, its events,
// its option check) survive minification, so their absence proves an app without it ships none.
const IDLE_MARKERS = [':active', 'pointermove', 'warnSeconds']
const idleShaking: string[][] = []
for (const [name, contents, want] of [
  ['`{ createAuthClient }`', "export { createAuthClient } from '@auth-state/core'", false],
  [
    '`{ createServerSessionClient }`',
    "export { createServerSessionClient } from '@auth-state/core/server-session'",
    false,
  ],
  ['every export of @auth-state/core', "export * from '@auth-state/core'", false],
  [
    'control: + `{ idleTimeout }` from @auth-state/core/idle',
    "export { createAuthClient } from '@auth-state/core'\nexport { idleTimeout } from '@auth-state/core/idle'",
    true,
  ],
] as const) {
  const text = (await bundle(contents)).toString('utf8')
  const found = IDLE_MARKERS.filter((marker) => text.includes(marker))
  idleShaking.push([
    name,
    found.length ? `found: ${found.join(', ')}` : 'none',
    want
      ? `all (${found.length === IDLE_MARKERS.length ? 'ok' : 'OVER'})`
      : `none (${verdict(found.length, 0)})`,
  ])
}

// The browser bundle of an app in each mode, as its page ships it: the client, and the same with
// the React adapter's hooks (React itself external). Server-session leaves the token machinery
// (JWT parsing, refresh timers, the cross-tab lock, ofetch, zod) to the server.
const modes: string[][] = []
// With React, each mode imports the provider from its own entry: `@auth-state/react` (whose
// `AuthProvider` also takes `options` and makes the direct client) and
// `@auth-state/react/server-session` (`AuthProvider` takes a `client` only).
const HOOKS = 'export { AuthProvider, useSession, useOtp } from'
for (const [app, directExtra, sessionExtra] of [
  ['the client alone', '', ''],
  [
    '+ React adapter (AuthProvider, useSession, useOtp)',
    `\n${HOOKS} '@auth-state/react'`,
    `\n${HOOKS} '@auth-state/react/server-session'`,
  ],
] as const) {
  const direct = await measure(`export { createAuthClient } from '@auth-state/core'${directExtra}`)
  const session = await measure(
    `export { createServerSessionClient } from '@auth-state/core/server-session'${sessionExtra}`,
  )
  modes.push([
    app,
    kb(direct.gzip),
    kb(session.gzip),
    `${((session.gzip / direct.gzip) * 100).toFixed(0)} %`,
    kb(direct.brotli),
    kb(session.brotli),
  ])
}

// Issue 23's goals, in bytes of min + gzip: the client with every dependency and its own code
// (dependencies left out), each adapter's cost over the client it binds (every export of the
// adapter bundled with `{ createAuthClient }`, minus `{ createAuthClient }` alone: core code the
// adapter pulls in counts), and the server-session client. The goals are fixed: a build over one
// says OVER here and fails its size-limit entry in `.ci/run`.
const DEPENDENCIES = ['nanostores', 'ofetch', 'ufo', 'destr', 'zod', 'zod/*']
const goals: string[][] = []
const goal = (name: string, bytes: number, limit: number) =>
  goals.push([
    name,
    `${bytes.toLocaleString('en-US')} B`,
    `${limit.toLocaleString('en-US')} B`,
    verdict(bytes, limit),
  ])
{
  const client = await measure("export { createAuthClient } from '@auth-state/core'")
  goal('`createAuthClient`, every dependency', client.gzip, 16_000)
  const own = await measure("export { createAuthClient } from '@auth-state/core'", [
    ...FRAMEWORKS,
    ...DEPENDENCIES,
  ])
  goal('`createAuthClient`, own code (dependencies left out)', own.gzip, 6_500)
  for (const name of ADAPTERS) {
    if ('missing' in adapterEntry(name)) continue
    const both = await measure(
      `export { createAuthClient } from '@auth-state/core'\nexport * from '@auth-state/${name}'`,
    )
    goal(`@auth-state/${name} over the client (every export)`, both.gzip - client.gzip, 1_024)
  }
  const session = await measure(
    "export { createServerSessionClient } from '@auth-state/core/server-session'",
  )
  goal('`createServerSessionClient`, every dependency', session.gzip, 10_000)
}

const tables: Table[] = [
  {
    title: 'Bundle size',
    columns: ['bundle', 'entry imports', 'min', 'min + gzip', 'min + brotli', 'limit (brotli)'],
    rows,
    note: `esbuild ${version('esbuild')}, one entry per row: ESM, platform browser, minify, bundle everything except the UI framework (react, react-dom, vue, svelte are external), NODE_ENV=production. gzip level 9 and brotli quality 11 from node:zlib; 1 kB = 1000 B, as size-limit counts. Limits are the packages' size-limit entries, which size-limit checks against min + brotli (its own esbuild settings differ slightly, so its figure can differ by a few tens of bytes). Versions: better-auth ${version('better-auth')}, @supabase/auth-js ${version('@supabase/auth-js')} (the newest whose engines allow Node 20), @stytch/vanilla-js ${version('@stytch/vanilla-js')}.`,
  },
  {
    title: 'Size goals (issue 23), min + gzip',
    columns: ['bundle', 'min + gzip', 'goal', 'verdict'],
    rows: goals,
    note: 'Bundled as in the size table (NODE_ENV=production, UI frameworks external), gzip level 9, in bytes. Own code leaves out nanostores, ofetch (with ufo and destr) and zod.',
  },
  {
    title: 'Browser bundle: server-session app next to direct mode',
    columns: [
      'app bundle',
      'direct, min + gzip',
      'server-session, min + gzip',
      'server-session / direct',
      'direct, min + brotli',
      'server-session, min + brotli',
    ],
    rows: modes,
    note: "Bundled as above, every dependency included (React external). Direct: `createAuthClient` from @auth-state/core. Server-session: `createServerSessionClient` from @auth-state/core/server-session, whose budget is 10 kB min + gzip (size-limit). The handler (@auth-state/server) runs on the app's server and is not in the page. With React, the direct app imports from `@auth-state/react` and the server-session app from `@auth-state/react/server-session` (as @auth-state/next and @auth-state/react-router do): the main entry's `AuthProvider` also takes `options`, which makes a direct client, so an app on server sessions importing it would ship the direct client too.",
  },
  {
    title: 'Tree-shaking of the idle timer (@auth-state/core/idle)',
    columns: ['app bundle imports', 'idle-timer code in the bundle', 'limit'],
    rows: idleShaking,
    note: `Bundled as above. The idle timer's code is looked for by strings only it contains (${IDLE_MARKERS.map((m) => `\`${m}\``).join(', ')}). The health store itself (\`$health\`) is in every client: its own code is the "health store" row of the size table.`,
  },
  {
    title: 'Tree-shaking of @auth-state/core/testing',
    columns: ['app bundle imports', 'testing-kit code in the bundle', 'limit'],
    rows: treeShaking,
    note: `Bundled as above. The kit's code is looked for by strings that only it contains (${KIT_MARKERS.map((m) => `\`${m}\``).join(', ')}), which minification keeps.`,
  },
]
emit(tables)
