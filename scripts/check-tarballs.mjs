#!/usr/bin/env node
// What a user would install, checked before anyone can: packs every public workspace package,
// checks what each tarball holds, installs the tarballs into a fresh app outside the monorepo
// (with the frameworks they expect as peers), and there imports and requires every export and
// typechecks a file importing every export under `node16` and `bundler` resolution. Finally
// `pnpm publish -r --dry-run`. Run after `pnpm build`:
//
//   node scripts/check-tarballs.mjs [--keep]
//
// The tarballs stay in `.tarballs/` (the example apps install them from there); `--keep` keeps
// the fresh app too and prints where it is.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, '.tarballs')
const keep = process.argv.includes('--keep')
const problems = []
const started = Date.now()

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })
const step = (message) => console.log(`\n-- ${message} (${((Date.now() - started) / 1000) | 0}s)`)

// ---- pack ----------------------------------------------------------------------------------
step('pack')
const packages = JSON.parse(run('pnpm', ['ls', '-r', '--depth', '-1', '--json'], { cwd: root }))
  .filter((p) => p.name && !p.private)
  .map((p) => ({ name: p.name, dir: p.path }))
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
for (const pkg of packages) {
  const packed = JSON.parse(
    run('pnpm', ['pack', '--json', '--pack-destination', out], { cwd: pkg.dir }),
  )
  pkg.tarball = packed.filename
  // What the tarball really holds, read from the tarball itself.
  pkg.files = run('tar', ['-tzf', pkg.tarball])
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''))
  pkg.manifest = JSON.parse(read(pkg, 'package.json'))
  console.log(`${pkg.name}: ${pkg.files.length} files, ${posix.basename(pkg.tarball)}`)
}

function read(pkg, file) {
  return run('tar', ['-xOzf', pkg.tarball, `package/${file}`])
}

// ---- contents ------------------------------------------------------------------------------
step('contents: dist, README.md, LICENSE, CHANGELOG.md and package.json only')
const TOP_LEVEL = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']
const TEST_FILE =
  /(^|\/)(__tests__|__fixtures__|fixtures?|tests?|e2e)\/|\.(test|spec|test-d)\.[cm]?[jt]sx?$/
// pnpm pack puts the root LICENSE into every tarball whose package has none of its own.
const license = existsSync(join(root, 'LICENSE'))
  ? readFileSync(join(root, 'LICENSE'), 'utf8')
  : null
if (license === null) problems.push('there is no LICENSE at the repository root')
const noChangelog = []
for (const pkg of packages) {
  const problem = (message) => problems.push(`${pkg.name}: ${message}`)
  const has = (file) => pkg.files.includes(file)
  if (!has('LICENSE')) problem('the tarball has no LICENSE')
  else if (license !== null && read(pkg, 'LICENSE') !== license)
    problem(`its LICENSE differs from the root LICENSE (${rel(pkg.dir)}/LICENSE)`)
  if (!has('README.md')) problem('the tarball has no README.md')
  if (!has('CHANGELOG.md')) noChangelog.push(pkg.name)
  for (const file of pkg.files) {
    if (TEST_FILE.test(file)) problem(`ships a test file or fixture: ${file}`)
    else if (!TOP_LEVEL.includes(file) && !file.startsWith('dist/'))
      problem(`ships ${file}, which is not dist/, README.md, LICENSE, CHANGELOG.md or package.json`)
    if (file.endsWith('.map')) checkSourceMap(pkg, file, problem)
  }
  for (const target of manifestTargets(pkg.manifest))
    if (!target.includes('*') && !has(posix.normalize(target)))
      problem(`package.json points at ${target}, which the tarball does not hold`)
}

if (noChangelog.length)
  problems.push(
    `no CHANGELOG.md in ${noChangelog.join(', ')}. \`pnpm changeset version\` writes them from ` +
      '.changeset/*.md; the release PR (release.yml) runs it. Until the first version is cut ' +
      'this is expected; to check the rest, version a throwaway clone (README, Contributing)',
  )

/** A source map is only useful if the sources it names ship too, or are inlined. */
function checkSourceMap(pkg, file, problem) {
  const map = JSON.parse(read(pkg, file))
  map.sources?.forEach((source, i) => {
    const shipped = pkg.files.includes(posix.normalize(posix.join(posix.dirname(file), source)))
    if (!shipped && map.sourcesContent?.[i] == null)
      problem(`${file} names ${source}, which is neither shipped nor inlined`)
  })
}

/** Every file package.json sends a user to: main, module, types, bin and every export target. */
function manifestTargets(manifest) {
  const targets = [manifest.main, manifest.module, manifest.types, manifest.typings]
  const bin = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {})
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(manifest.exports)
  return [...targets, ...bin].filter(Boolean)
}

// ---- a fresh app ---------------------------------------------------------------------------
step('install the tarballs into a fresh app outside the monorepo')
const app = mkdtempSync(join(tmpdir(), 'auth-state-tarballs-'))
const packed = new Set(packages.map((p) => p.name))
const peers = new Map()
for (const pkg of packages)
  for (const [name, range] of Object.entries(pkg.manifest.peerDependencies ?? {}))
    if (!packed.has(name)) peers.set(name, range)
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify({ name: 'tarball-app', private: true, type: 'module' }, null, 2),
)
const npmInstall = (specs) =>
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs], { cwd: app })
try {
  npmInstall([
    ...packages.map((p) => p.tarball),
    ...[...peers].map(([name, range]) => `${name}@${range}`),
    // The libraries run on Node >= 20.19; their types may name Node's.
    '@types/node@^20.19.0',
  ])
  // A peer without its own types (React) gets its DefinitelyTyped package, in the same range.
  const untyped = [...peers].filter(([name]) => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json')))
    return (
      !manifest.types &&
      !manifest.typings &&
      !JSON.stringify(manifest.exports ?? '').includes('"types"')
    )
  })
  if (untyped.length) npmInstall(untyped.map(([name, range]) => `@types/${name}@${range}`))
  // Our packages must come from the tarballs, never from the registry.
  for (const pkg of packages) {
    const installed = join(app, 'node_modules', pkg.name, 'package.json')
    if (!existsSync(installed)) problems.push(`${pkg.name}: not installed from its tarball`)
  }
} catch (error) {
  fail(`npm install of the tarballs failed:\n${error.stderr || error.message}`)
}
console.log(`app: ${app}`)
console.log(`peers: ${[...peers].map(([n, r]) => `${n}@${r}`).join(', ') || 'none'}`)

// ---- every export: import and require ------------------------------------------------------
step('import and require every export')
const specifiers = packages.flatMap((pkg) =>
  exportSubpaths(pkg).map((subpath) => ({
    pkg: pkg.name,
    specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
  })),
)

/** The subpaths of `exports`; a pattern (`./*`) stands for every shipped file it matches. */
function exportSubpaths(pkg) {
  const exports = pkg.manifest.exports
  if (exports == null) return ['.']
  if (typeof exports === 'string' || Object.keys(exports).every((key) => !key.startsWith('.')))
    return ['.']
  return Object.entries(exports).flatMap(([key, value]) => {
    if (!key.includes('*')) return [key]
    const target = firstTarget(value)
    if (!target) return []
    const [before, after] = posix.normalize(target).split('*')
    return pkg.files
      .filter((f) => f.startsWith(before) && f.endsWith(after))
      .map((f) => key.replace('*', f.slice(before.length, f.length - after.length)))
  })
}

function firstTarget(value) {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(firstTarget).find(Boolean)
  if (value && typeof value === 'object')
    return firstTarget(value.default ?? value.import ?? value.require ?? Object.values(value)[0])
}

const probe = (kind) => `
const specifiers = ${JSON.stringify(specifiers.map((s) => s.specifier))}
const results = {}
for (const specifier of specifiers) {
  try {
    const json = specifier.endsWith('.json')
    const mod = ${
      kind === 'import'
        ? 'await import(specifier, json ? { with: { type: "json" } } : undefined)'
        : 'require(specifier)'
    }
    let names = Object.keys(mod).filter((n) => n !== 'default' && n !== '__esModule' && n !== 'module.exports')
    // A module whose one export is its default (a Nuxt module) exports that.
    if (names.length === 0 && mod.default !== undefined) names = ['default']
    results[specifier] = { names: json ? ['(json)'] : names.sort() }
  } catch (error) {
    results[specifier] = { error: String(error && error.message || error).split('\\n')[0] }
  }
}
console.log(JSON.stringify(results))
`
writeFileSync(join(app, 'probe-import.mjs'), probe('import'))
writeFileSync(join(app, 'probe-require.cjs'), probe('require'))
const loaded = {}
for (const [kind, file] of [
  ['import', 'probe-import.mjs'],
  ['require', 'probe-require.cjs'],
]) {
  try {
    loaded[kind] = JSON.parse(run(process.execPath, [file], { cwd: app }).trim().split('\n').pop())
  } catch (error) {
    fail(`${file} crashed:\n${error.stderr || error.message}`)
  }
}
// Entries that import a framework's virtual modules (`$app/navigation`): only that framework's
// build resolves them, so they are typechecked below but not loaded in plain Node.
// Next.js's package has no exports map, so `next/headers` and friends resolve only inside a
// Next.js build (its bundler, `moduleResolution: bundler`), never in plain Node or under node16.
const NEXT_ONLY = ['@auth-state/next', '@auth-state/next/client']
const FRAMEWORK_ONLY = new Set(['@auth-state/sveltekit/client', ...NEXT_ONLY])
// ESM-only packages (SvelteKit is ESM only): no `require` condition, so no require probe.
const esmOnly = (name) =>
  !JSON.stringify(packages.find((p) => p.name === name)?.manifest.exports ?? {}).includes(
    '"require"',
  )
for (const { pkg, specifier } of specifiers) {
  if (FRAMEWORK_ONLY.has(specifier)) {
    console.log(`${specifier}: not loaded in plain Node (a framework build resolves its imports)`)
    continue
  }
  const esm = loaded.import[specifier]
  const cjs = esmOnly(pkg) ? esm : loaded.require[specifier]
  if (esm.error) problems.push(`${pkg}: import('${specifier}') fails: ${esm.error}`)
  if (cjs.error) problems.push(`${pkg}: require('${specifier}') fails: ${cjs.error}`)
  if (esm.error || cjs.error) continue
  if (esm.names.length === 0) problems.push(`${pkg}: import('${specifier}') exports nothing`)
  if (esm.names.join() !== cjs.names.join())
    problems.push(
      `${pkg}: '${specifier}' exports [${esm.names}] to import but [${cjs.names}] to require`,
    )
  console.log(`${specifier}: import ✓ require ✓ (${esm.names.length} names)`)
}

// ---- every export: types under node16 and bundler ------------------------------------------
step('typecheck every export under node16 (ESM and CJS) and bundler')
const typed = specifiers.filter((s) => !s.specifier.endsWith('.json'))
const importAll = (list) =>
  list
    .map((s, i) => `import * as m${i} from '${s.specifier}'`)
    .concat(`export type All = [${list.map((_, i) => `typeof m${i}`).join(', ')}]`)
    .join('\n')
const node16Typed = typed.filter((s) => !NEXT_ONLY.includes(s.specifier))
for (const file of ['check.mts', 'check.cts'])
  writeFileSync(join(app, file), `${importAll(node16Typed)}\n`)
writeFileSync(join(app, 'check.ts'), `${importAll(typed)}\n`)
const compilerOptions = {
  strict: true,
  noEmit: true,
  // Our own .d.ts files are what is checked here, so declarations are not skipped; errors inside
  // other libraries' declarations are theirs and only reported (see `ours` below).
  skipLibCheck: false,
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: ['node'],
}
const tsconfigs = {
  // node16 resolution as Node >= 20.19 (our engines) runs it: `module: node20` resolves like
  // node16 and lets CommonJS require ES modules, as Node 20.19 does.
  node16: { module: 'node20', moduleResolution: 'node16', files: ['check.mts', 'check.cts'] },
  bundler: { module: 'esnext', moduleResolution: 'bundler', files: ['check.ts'] },
}
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const ours = (file) => file.startsWith('check.') || file.startsWith('node_modules/@auth-state/')
for (const [name, { files, ...resolution }] of Object.entries(tsconfigs)) {
  const config = `tsconfig.${name}.json`
  writeFileSync(
    join(app, config),
    JSON.stringify({ compilerOptions: { ...compilerOptions, ...resolution }, files }, null, 2),
  )
  let output = ''
  try {
    run(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: app })
  } catch (error) {
    output = error.stdout || error.message
  }
  // One diagnostic per line that starts with its file; continuation lines are indented.
  const diagnostics = output.split(/\n(?=\S)/).filter((d) => d.trim())
  const mine = diagnostics.filter((d) => ours(d))
  const theirs = diagnostics.filter((d) => !ours(d))
  if (mine.length) problems.push(`types under ${name} resolution fail:\n${mine.join('\n')}`)
  else console.log(`${name}: ${typed.length} exports typecheck ✓`)
  for (const d of theirs) console.log(`  note, in a dependency's declarations: ${d.trim()}`)
}

// ---- publish, dry run ----------------------------------------------------------------------
step('pnpm publish -r --dry-run')
try {
  // Git checks (branch, clean tree) are the release workflow's business, not this check's.
  run('pnpm', ['publish', '-r', '--dry-run', '--no-git-checks'], { cwd: root })
  console.log('pnpm publish -r --dry-run ✓')
} catch (error) {
  problems.push(
    `pnpm publish -r --dry-run fails:\n${error.stderr || error.stdout || error.message}`,
  )
}

finish()

function finish() {
  if (keep) console.log(`\nkept the fresh app: ${app}`)
  else rmSync(app, { recursive: true, force: true })
  if (problems.length) {
    console.error(`\ncheck-tarballs: ${problems.length} problem(s):`)
    for (const problem of problems) console.error(`  ✗ ${problem}`)
    process.exit(1)
  }
  const sizes = packages.map(
    (p) => `${p.name} ${(readFileSync(p.tarball).length / 1024).toFixed(1)} KB`,
  )
  console.log(`\ncheck-tarballs: ${packages.length} tarballs ok (${sizes.join(', ')})`)
}

function fail(message) {
  problems.push(message)
  finish()
}

function rel(dir) {
  return posix.relative(root, dir) || '.'
}
