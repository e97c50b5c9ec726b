import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import { findSecret, mapStorage, signedOutRecord } from '../test/helpers'
import { guardClient, guardServer, recordError } from '../test/leak-guard'
import {
  type AuthClient,
  type AuthClientOptions,
  AuthError,
  createAuthClient,
  otpMessage,
} from './index'

// The core against @auth-state/dev-server over loopback: real JWTs, real rotation and revocation.
const REFRESH = 'POST /identity/user/refresh-token'
const EMAIL = 'demo@example.com'
const Account = z.object({ organizationId: z.string() })

let server: DevServer
let serverNow = 0
const clients: AuthClient[] = []
const seen: unknown[] = []

async function start(options: Parameters<typeof startDevServer>[0] = {}) {
  serverNow = 0
  server = guardServer(
    await startDevServer({ port: 0, now: () => Date.now() + serverNow, ...options }),
  )
}
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  vi.useRealTimers()
  // The leak guard: nothing the server issued may show in any event or error the tests saw.
  expect(findSecret(seen.splice(0), server.secrets())).toBeUndefined()
  await server.close()
})

function client(options: Partial<AuthClientOptions> = {}) {
  const storage = options.storage ?? mapStorage()
  const c = guardClient(createAuthClient({ baseURL: server.url, ...options, storage }), {
    storage: typeof storage === 'object' ? storage : undefined,
  })
  for (const name of ['login', 'logout', 'refresh', 'expired', 'error'] as const)
    c.on(name, (payload) => seen.push(payload))
  clients.push(c)
  return c
}

async function signIn(c: AuthClient) {
  await c.sendOtp(EMAIL)
  await c.verifyOtp(server.inbox.latest(EMAIL)!)
}

const attempt = <T>(promise: Promise<T>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      recordError(error)
      seen.push(error instanceof AuthError ? error.toJSON() : String(error))
      return error as AuthError
    },
  )

describe('core against the dev server', () => {
  it('signs in with the code from the dev inbox and calls a protected route', async () => {
    await start()
    const auth = client()
    await signIn(auth)
    expect(auth.$session.get()).toEqual({
      status: 'authenticated',
      email: EMAIL,
      organizationId: 'org_demo',
      accountId: 'acc_demo',
    })
    const account = await auth.fetch('/network/v1/account', { schema: Account })
    expect(account.organizationId).toBe('org_demo')
    auth.setOrganization('org_demo_labs')
    const labs = await auth.fetch('/network/v1/account', { schema: Account })
    expect(labs.organizationId).toBe('org_demo_labs')
    auth.setOrganization('org_not_mine')
    expect(await attempt(auth.fetch('/network/v1/account'))).toMatchObject({
      code: 'server',
      status: 403,
    })
  })

  it('turns twenty concurrent 401s after expiry into one refresh, and every call succeeds', async () => {
    await start({ tokenTtlSeconds: 300 })
    const auth = client()
    await signIn(auth)
    serverNow = 301_000 // the server's clock passes the token's expiry; the client's does not
    const results = await Promise.all(
      Array.from({ length: 20 }, () => auth.fetch('/network/v1/account')),
    )
    expect(results).toHaveLength(20)
    expect(server.stats.count(REFRESH)).toBe(1)
  })

  it('a logout during a slow refresh wins, and the server revokes the session', async () => {
    await start()
    const auth = client()
    await signIn(auth)
    const token = await auth.getToken()
    server.faults.add({ route: '/identity/user/refresh-token', delayMs: 200 })
    const refreshing = attempt(auth.refresh())
    await new Promise((resolve) => setTimeout(resolve, 50))
    await auth.logout()
    expect(await refreshing).toMatchObject({ code: 'unauthenticated' })
    expect(auth.$session.get().status).toBe('unauthenticated')
    expect(await auth.getToken()).toBeNull()
    const stale = await fetch(`${server.url}/network/v1/account`, {
      headers: { 'auth-token': token!, 'organization-id': 'org_demo' },
    })
    expect(stale.status).toBe(401)
  })

  it('with no reuse grace, tabs sharing storage still make one refresh and lose nothing', async () => {
    await start({ refreshGraceSeconds: 0 })
    const storage = mapStorage()
    const tabs = [0, 1, 2].map(() => client({ storage, crossTab: true }))
    await signIn(tabs[0]!)
    for (let round = 0; round < 3; round++) await Promise.all(tabs.map((t) => t.refresh()))
    expect(server.stats.count(REFRESH)).toBe(3)
    for (const t of tabs) {
      expect(t.$session.get().status).toBe('authenticated')
      await t.fetch('/network/v1/account')
    }
  })

  it.each([
    ['a 503', { status: 503 }, 'server'],
    ['a dropped connection', { drop: true }, 'network'],
    ['malformed JSON', { malformed: true }, 'invalid_response'],
    ['a 429 with Retry-After', { status: 429, retryAfter: 7 }, 'rate_limited'],
  ])('keeps session, tokens and storage on %s during a refresh', async (_name, fault, code) => {
    await start()
    const storage = mapStorage()
    const auth = client({ storage })
    await signIn(auth)
    const before = storage.map.get('auth-state')
    server.faults.add({ route: '/identity/user/refresh-token', ...fault })
    expect(await attempt(auth.refresh())).toMatchObject({ code })
    expect(auth.$session.get().status).toBe('authenticated')
    expect(storage.map.get('auth-state')).toBe(before)
    // Inside the backoff a refresh shares the failure; past it (at most 30 s, or the
    // Retry-After), it rotates.
    expect(await attempt(auth.refresh())).toMatchObject({ code })
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 })
    await auth.refresh()
    expect(storage.map.get('auth-state')).not.toBe(before)
  })

  it('ends the session on status:false from the refresh endpoint', async () => {
    await start()
    const storage = mapStorage()
    const auth = client({ storage })
    await signIn(auth)
    server.faults.add({ route: '/identity/user/refresh-token', statusFalse: true })
    expect(await attempt(auth.refresh())).toMatchObject({ code: 'session_expired' })
    expect(auth.$session.get().status).toBe('unauthenticated')
    // Only the OTP throttle and why the session ended remain: no session data.
    expect(storage.map.get('auth-state')).toBe(signedOutRecord('expired'))
  })
})

describe('the OTP flow across a reload, against the dev server', () => {
  it('returns to code entry with its attempts, and the code still signs in', async () => {
    await start()
    const storage = mapStorage()
    const first = client({ storage })
    await first.sendOtp(EMAIL)
    const code = server.inbox.latest(EMAIL)!
    const wrong = code === '000000' ? '111111' : '000000'
    expect(await attempt(first.verifyOtp(wrong))).toMatchObject({ code: 'otp_invalid' })
    first.destroy()
    const reloaded = client({ storage })
    expect(reloaded.$otp.get()).toMatchObject({ step: 'code-sent', email: EMAIL, attemptsLeft: 2 })
    expect(storage.map.get('auth-state:otp')).not.toContain(code)
    await reloaded.verifyOtp(code)
    expect(reloaded.$session.get()).toMatchObject({ status: 'authenticated', email: EMAIL })
    expect(reloaded.$otp.get()).toMatchObject({ step: 'idle', email: null })
  })
})

describe('enumeration: a registered and an unregistered email look alike', () => {
  const UNREGISTERED = 'nobody@example.com'

  /** A client whose requests are listed (method and path); they still go to the real server. */
  function recorded() {
    const calls: string[] = []
    const recording: typeof fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input)
      calls.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`)
      return fetch(input, init)
    }
    return { auth: client({ fetch: recording }), calls }
  }

  it('after a repeat send from a second fresh client: same state, message and requests', async () => {
    await start()
    const views = []
    for (const email of [EMAIL, UNREGISTERED]) {
      await client().sendOtp(email)
      const { auth, calls } = recorded()
      const error = await attempt(auth.sendOtp(email))
      const { step, sendsLeft, attemptsLeft, resendAvailableAt } = auth.$otp.get()
      views.push({
        error,
        step,
        sendsLeft,
        attemptsLeft,
        resendIn: Math.round((resendAvailableAt! - Date.now()) / 1000),
        message: otpMessage(auth.$otp.get()),
        calls,
      })
    }
    expect(views[1]).toEqual(views[0])
    expect(views[0]).toMatchObject({
      error: null,
      step: 'code-sent',
      resendIn: 30,
      message: 'If this email is registered, you will receive a code.',
      calls: ['POST /identity/user/email/check-availability', 'POST /identity/user/otp/email'],
    })
  })

  it('takes as long for both when the send is slower than the check', async () => {
    await start()
    server.faults.add({ route: '/identity/user/otp/email', delayMs: 400, times: 2 })
    const took: number[] = []
    for (const email of [EMAIL, UNREGISTERED]) {
      const started = performance.now()
      await client().sendOtp(email)
      took.push(performance.now() - started)
    }
    for (const ms of took) expect(ms).toBeGreaterThanOrEqual(390)
  })
})
