// scripts/with-node24.sh: the machine's Node when it is 22.19 or newer (no download), else Node 24
// from the registry with a few tries and a clear message when it cannot.
// Run: node --test scripts/ (pnpm test:scripts). The registry is a server on loopback that
// counts what it is asked and refuses it, so a request shows and cannot succeed.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'

const script = fileURLToPath(new URL('./with-node24.sh', import.meta.url))
const requests = []
const registry = createServer((req, res) => {
  requests.push(req.url)
  res.writeHead(503).end()
})
let registryURL
const temp = []
before(async () => {
  await new Promise((resolve) => registry.listen(0, '127.0.0.1', resolve))
  registryURL = `http://127.0.0.1:${registry.address().port}/`
})
after(() => {
  registry.close()
  for (const dir of temp) rmSync(dir, { recursive: true, force: true })
})

/** Runs the script with an empty cache, `PATH` starting at `pathFirst`, against the fake registry. */
function run(args, { pathFirst, env = {} } = {}) {
  const cache = mkdtempSync(join(tmpdir(), 'with-node24-'))
  temp.push(cache)
  return new Promise((resolve) => {
    execFile(
      'bash',
      [script, ...args],
      {
        env: {
          ...process.env,
          PATH: pathFirst ? `${pathFirst}:${process.env.PATH}` : process.env.PATH,
          AUTH_STATE_NODE24_CACHE: cache,
          TURBO_CACHE_DIR: '',
          npm_config_registry: registryURL,
          npm_config_fetch_retries: '0',
          npm_config_cache: join(cache, 'npm-cache'),
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    )
  })
}

// A Node 24 to put first on PATH: the machine's if it is one, else the script's own download
// (from the real registry, cached, once).
async function node24() {
  const { code, stdout, stderr } = await new Promise((resolve) =>
    execFile(
      'bash',
      [script],
      { env: { ...process.env, AUTH_STATE_NODE24_ONLY: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    ),
  )
  assert.equal(code, 0, stderr)
  return stdout.trim()
}

test('uses the machine’s node when it is 22.19 or newer, with no request to the registry', async () => {
  const node = await node24()
  requests.length = 0
  const printed = await run([], { pathFirst: dirname(node) })
  assert.equal(printed.code, 0, printed.stderr)
  assert.equal(printed.stdout.trim(), node)
  const ran = await run(['node', '-p', 'process.versions.node'], { pathFirst: dirname(node) })
  assert.equal(ran.code, 0, ran.stderr)
  assert.match(ran.stdout, /^24\./)
  assert.deepEqual(requests, [])
})

test('on an older node it downloads, tries again, and says clearly when it cannot', async () => {
  // The machine's node, first on PATH, claiming to be Node 20 when the script asks (npm still
  // runs on it).
  const dir = mkdtempSync(join(tmpdir(), 'old-node-'))
  temp.push(dir)
  const fake = join(dir, 'node')
  writeFileSync(
    fake,
    `#!/bin/sh\ncase "$2" in *'a > 22'*) echo 0 ;; *process.versions.node*) echo 20 ;; *) exec ${process.execPath} "$@" ;; esac\n`,
  )
  chmodSync(fake, 0o755)
  requests.length = 0
  const result = await run(['true'], { pathFirst: dir })
  assert.notEqual(result.code, 0)
  assert.match(result.stderr, /failed 3 times/)
  assert.match(result.stderr, /install Node 22\.19 or newer/)
  assert.ok(requests.length >= 3, `asked the registry ${requests.length} times`)
})
