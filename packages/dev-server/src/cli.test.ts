import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const cliPath = join(packageDir, 'dist', 'cli.js')
const srcDir = join(packageDir, 'src')

// The test runs the built artifact; build it when it is missing or older than the sources,
// so a plain `vitest run` cannot silently test stale code.
function cliIsStale(): boolean {
  if (!existsSync(cliPath)) return true
  const builtAt = statSync(cliPath).mtimeMs
  return readdirSync(srcDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .some((file) => statSync(join(srcDir, file)).mtimeMs > builtAt)
}

beforeAll(() => {
  if (cliIsStale()) execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'ignore' })
}, 60_000)

const children: ChildProcess[] = []
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

interface Cli {
  child: ChildProcess
  output: () => string
  waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>
  exited: Promise<number | null>
}

function runCli(args: string[]): Cli {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let output = ''
  const listeners = new Set<() => void>()
  const append = (chunk: Buffer) => {
    output += chunk.toString()
    for (const listener of listeners) listener()
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${pattern}:\n${output}`)),
        5000,
      )
      const check = () => {
        const match = output.match(pattern)
        if (!match) return
        clearTimeout(timer)
        listeners.delete(check)
        resolve(match)
      }
      listeners.add(check)
      check()
    })
  return { child, output: () => output, waitFor, exited }
}

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('auth-state-dev-server CLI', () => {
  it('has a node shebang', async () => {
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(cliPath, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('starts, prints URL and users, logs requests, prints inbox codes, stops on SIGTERM', async () => {
    const cli = runCli(['--port', '0'])
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)\nusers:/)
    expect(cli.output()).toContain('demo@example.com')
    expect(cli.output()).toContain('second@example.com')

    const sent = await postJson(`${url}/identity/user/otp/email`, { email: 'demo@example.com' })
    expect(sent.status).toBe(200)
    const [, code] = await cli.waitFor(/\[dev inbox\] code for demo@example\.com: (\d{6})/)
    const login = await postJson(`${url}/identity/user/login`, {
      email: 'demo@example.com',
      password: code,
      isOTP: true,
    })
    const { data } = await login.json()
    await cli.waitFor(/POST \/identity\/user\/login 200/)

    const requestLog = cli
      .output()
      .split('\n')
      .filter((line) => !line.startsWith('[dev inbox]'))
      .join('\n')
    expect(requestLog).toContain('POST /identity/user/otp/email 200')
    for (const secret of [code, data.token, data.refreshToken]) {
      expect(requestLog).not.toContain(secret)
    }

    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
    await expect(fetch(`${url}/__dev/stats`)).rejects.toThrow()
  })

  it('honours --no-dev-routes, --users and --quiet', async () => {
    const cli = runCli(['--port', '0', '--no-dev-routes', '--users', 'ann@x.io', '--quiet'])
    const [, url] = await cli.waitFor(/listening on (http:\/\/\S+)\nusers:/)
    expect(cli.output()).toContain('ann@x.io')
    expect(cli.output()).not.toContain('demo@example.com')
    expect((await fetch(`${url}/__dev/inbox`)).status).toBe(404)
    cli.child.kill('SIGINT')
    expect(await cli.exited).toBe(0)
    expect(cli.output()).not.toContain('GET /__dev/inbox')
  })

  it('exits 2 with a clear message on a bad flag', async () => {
    const cli = runCli(['--port', 'eighty'])
    expect(await cli.exited).toBe(2)
    expect(cli.output()).toMatch(/--port must be an integer/)
    expect(cli.output()).toMatch(/Usage: auth-state-dev-server/)
  })

  it('exits 1 when the port is taken', async () => {
    const first = runCli(['--port', '0', '--quiet'])
    const [, port] = await first.waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/)
    const second = runCli(['--port', String(port)])
    expect(await second.exited).toBe(1)
    expect(second.output()).toMatch(/could not start.*EADDRINUSE/)
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
  })
})
