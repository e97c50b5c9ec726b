import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DevServer } from '@auth-state/dev-server'
import { atom } from 'nanostores'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AuthClient, createAuthClient, type SessionState } from '../src/index'
import { mapStorage } from './helpers'
import {
  captureLeaks,
  describeLeaks,
  guardClient,
  kindOf,
  learnSecret,
  recordError,
  startGuardedServer,
} from './leak-guard'

// The guard must be able to fail: each leak below happens inside `captureLeaks`, which reports
// instead of failing, and a sub-run shows that the same leaks fail real tests.
const EMAIL = 'demo@example.com'
let server: DevServer
let token = ''
let refreshToken = ''
let code = ''

beforeAll(async () => {
  server = await startGuardedServer({ port: 0 })
  const storage = mapStorage()
  const auth = createAuthClient({ baseURL: server.url, storage })
  await auth.sendOtp(EMAIL)
  code = server.inbox.latest(EMAIL)!
  await auth.verifyOtp(code)
  token = (await auth.getToken())!
  refreshToken = JSON.parse(storage.map.get('auth-state')!).refreshToken
  auth.destroy()
})
afterAll(() => server.close())

/** A stand-in client whose events a test fires by hand. */
function fakeClient() {
  const handlers = new Map<string, (payload: unknown) => void>()
  const client = {
    $session: atom<SessionState>({ status: 'unauthenticated' }),
    on: (name: string, handler: (payload: unknown) => void) => {
      handlers.set(name, handler)
      return () => handlers.delete(name)
    },
  } as unknown as AuthClient
  return { client, fire: (name: string, payload: unknown) => handlers.get(name)?.(payload) }
}

describe('the leak guard', () => {
  it('tells the kinds of secret apart by shape', () => {
    expect([kindOf(token), kindOf(refreshToken), kindOf(code)]).toEqual([
      'access token',
      'refresh token',
      'one-time code',
    ])
  })

  it.each([
    ['console.log', 'access token', 'console.log output', () => console.log('token:', token)],
    [
      'console.error with an object',
      'refresh token',
      'console.error output',
      () => console.error('refresh failed:', { refreshToken }),
    ],
    [
      'a recorded error, in its cause',
      'one-time code',
      'a thrown error',
      () => recordError(new Error('sign-in failed', { cause: new Error(`code ${code}`) })),
    ],
    [
      'a recorded error, in its JSON',
      'refresh token',
      'a thrown error',
      () => recordError(Object.assign(new Error('x'), { toJSON: () => ({ refreshToken }) })),
    ],
    [
      'console.warn, a secret learned by hand',
      'refresh token',
      'console.warn output',
      () => {
        const secret = `rt_${'x'.repeat(40)}`
        learnSecret(secret)
        console.warn(`cached ${secret}`)
      },
    ],
    [
      'an event payload',
      'access token',
      "the 'refresh' event",
      () => {
        const fake = fakeClient()
        guardClient(fake.client)
        fake.fire('refresh', { token })
      },
    ],
    [
      'a cross-tab post',
      'refresh token',
      "a post on BroadcastChannel 'auth-state:self-check'",
      async () => {
        const channel = new BroadcastChannel('auth-state:self-check')
        const heard = new BroadcastChannel('auth-state:self-check')
        const delivered = new Promise((resolve) => heard.addEventListener('message', resolve))
        channel.postMessage({ refreshToken })
        await delivered
        channel.close()
        heard.close()
      },
    ],
    [
      'storage after sign-out',
      'refresh token',
      'storage after sign-out (end of test)',
      async () => {
        const storage = mapStorage()
        const auth = guardClient(createAuthClient({ baseURL: server.url, storage }), { storage })
        await auth.sendOtp('second@example.com')
        await auth.verifyOtp(server.inbox.latest('second@example.com')!)
        await auth.logout()
        storage.map.set('auth-state:backup', refreshToken) // as a buggy sign-out might leave it
        auth.destroy()
      },
    ],
  ])('reports a secret in %s, by kind and place', async (_name, kind, where, leak) => {
    const leaks = await captureLeaks(leak)
    expect(leaks).toContainEqual({ kind, where })
    const message = describeLeaks(leaks)
    expect(message).toContain(kind)
    for (const secret of server.secrets()) expect(message).not.toContain(secret)
  })

  it('reports nothing for clean output, and timestamps are not mistaken for codes', async () => {
    const leaks = await captureLeaks(() => {
      console.log('all quiet', Date.now(), { at: Date.now() * 1000 + 123 })
      recordError(new Error('[POST] /identity/user/login: 401'))
    })
    expect(leaks).toEqual([])
  })

  it('fails the real tests that leak, in a sub-run, without printing a secret', () => {
    const core = fileURLToPath(new URL('..', import.meta.url))
    const vitest = join(
      dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
      'vitest.mjs',
    )
    const dir = mkdtempSync(join(tmpdir(), 'leak-guard-'))
    try {
      const report = join(dir, 'report.json')
      const secretsFile = join(dir, 'secrets.json')
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')),
      )
      const run = spawnSync(
        process.execPath,
        [
          vitest,
          'run',
          '--config',
          'test/fixtures/leak-guard.config.ts',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${report}`,
        ],
        {
          cwd: core,
          encoding: 'utf8',
          env: { ...env, LEAK_GUARD_SECRETS_FILE: secretsFile, NO_COLOR: '1', CI: 'true' },
          timeout: 60_000,
        },
      )
      expect(run.status).toBe(1)
      const json = readFileSync(report, 'utf8')
      const results = JSON.parse(json).testResults[0].assertionResults as Array<{
        title: string
        status: string
        failureMessages: string[]
      }>
      const outcome = Object.fromEntries(
        results.map((r) => [
          r.title,
          r.status === 'passed' ? 'passed' : r.failureMessages.join('\n'),
        ]),
      )
      expect(outcome['leaks an access token to console.log']).toMatch(
        /an access token in console\.log output/,
      )
      expect(outcome['leaks a one-time code in the cause of a thrown error']).toMatch(
        /a one-time code in a thrown error/,
      )
      expect(outcome['leaks a refresh token on the cross-tab channel']).toMatch(
        /a refresh token in a post on BroadcastChannel 'auth-state:auth-state'/,
      )
      expect(outcome['leaves a refresh token in storage after sign-out']).toMatch(
        /a refresh token in storage after sign-out/,
      )
      expect(outcome['stays clean']).toBe('passed')
      // The log line printed, redacted; no secret anywhere in the output or the report.
      const output = `${run.stdout}\n${run.stderr}\n${json}`
      expect(output).toContain('the token is [leak-guard: access token]')
      const secrets = JSON.parse(readFileSync(secretsFile, 'utf8')) as string[]
      expect(secrets.length).toBeGreaterThanOrEqual(3)
      for (const secret of secrets) expect(output.includes(secret)).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
