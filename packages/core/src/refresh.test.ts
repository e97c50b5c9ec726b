import { setTimeout as sleep } from 'node:timers/promises'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { clientHarness } from '../test/harness'
import { signedOutRecord } from '../test/helpers'
import { no } from '../test/identity-server'
import { AuthError } from './index'

// The refresher's promises across every caller: one backoff, one flight per session, and no
// rotation kept once storage shows the session gone.

const REFRESH = 'POST /identity/user/refresh-token'

const t = clientHarness()
const { make, signedIn } = t

const settle = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: AuthError) => ({ ok: false as const, error }),
  )

describe('one backoff for every path that refreshes', () => {
  it('after a 429 with Retry-After: 60, getToken, fetch, wake-ups and refresh() send nothing before it', async () => {
    const win = Object.assign(new EventTarget(), { document: { visibilityState: 'visible' } })
    vi.stubGlobal('window', win)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      const { client } = await signedIn({ refreshLeewaySeconds: 60, crossTab: false })
      const token = await client.getToken()
      const errors: AuthError[] = []
      client.on('error', ({ error }) => errors.push(error))
      t.server.next(REFRESH, () => ({ ...no(429, 'Slow down'), headers: { 'retry-after': '60' } }))
      // The timer refreshes 60 s before exp (300 s tokens) and is told to come back in 60 s.
      await vi.advanceTimersByTimeAsync(240_000)
      await vi.waitFor(() => expect(errors).toHaveLength(1))
      expect(t.server.count(REFRESH)).toBe(1)

      await vi.advanceTimersByTimeAsync(1_000)
      const calls = [
        ...Array.from({ length: 5 }, () => client.getToken()),
        ...Array.from({ length: 5 }, () => client.fetch('/me')),
      ]
      for (const name of ['focus', 'online', 'visibilitychange']) win.dispatchEvent(new Event(name))
      const refreshed = await settle(client.refresh())
      // The token is due but still valid: it serves, and the calls go out with it.
      expect(await Promise.all(calls)).toEqual([
        ...Array(5).fill(token),
        ...Array(5).fill({ org: 'org_1', account: 'acc_1' }),
      ])
      // refresh() shares the failure: the same code, with the time that is left.
      expect(refreshed).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
      const { error } = refreshed as { error: AuthError }
      expect(error).toBeInstanceOf(AuthError)
      expect(error.retryAfterSeconds).toBeGreaterThan(50)
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(59)
      expect(t.server.count(REFRESH)).toBe(1)

      await vi.advanceTimersByTimeAsync(57_000)
      expect(t.server.count(REFRESH)).toBe(1)
      // Then the backoff's own retry, once.
      await vi.advanceTimersByTimeAsync(3_000)
      await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(2))
      await vi.waitFor(async () => expect(await client.getToken()).not.toBe(token))
      expect(t.server.count(REFRESH)).toBe(2)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('during an outage, twenty calls one after another send one refresh, not twenty', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { client } = await signedIn({ refreshLeewaySeconds: 60 })
    t.server.routes[REFRESH] = () => no(503, 'Down for maintenance')
    vi.setSystemTime(Date.now() + 250_000) // due, as after a sleep: the timer has not fired
    for (let i = 0; i < 20; i++) expect(await client.fetch('/me')).toMatchObject({ org: 'org_1' })
    expect(t.server.count(REFRESH)).toBe(1)
    expect(t.server.count('GET /me')).toBe(20)
  })

  it('once the token has expired inside the backoff, callers get the failure, typed, without a request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { client } = await signedIn({ refreshLeewaySeconds: 60 })
    t.server.next(REFRESH, () => ({ ...no(429), headers: { 'retry-after': '600' } }))
    vi.setSystemTime(Date.now() + 250_000)
    await expect(client.refresh()).rejects.toMatchObject({ code: 'rate_limited' })
    vi.setSystemTime(Date.now() + 100_000) // past exp, inside the 600 s
    const results = await Promise.all([
      settle(client.getToken()),
      settle(client.fetch('/me')),
      settle(client.refresh()),
    ])
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited', status: 429 } })
      const { error } = result as { error: AuthError }
      expect(error.retryAfterSeconds).toBeGreaterThan(400)
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(500)
    }
    expect(t.server.count(REFRESH)).toBe(1)
    expect(t.server.count('GET /me')).toBe(0)
    expect(client.$session.get().status).toBe('authenticated')
  })
})

describe('a refresh belongs to the session that started it', () => {
  it('one still out when the user signs out and another signs in is not handed to the new session', async () => {
    // 1 s tokens: the new session's timer comes due while the old refresh is still out.
    await t.restart({ ttlSeconds: 1 })
    const { client, storage } = await signedIn()
    t.server.next(REFRESH, async (request) => ({
      ...(await t.server.routes[REFRESH]!(request)),
      delayMs: 1_500,
    }))
    const stale = settle(client.refresh())
    await sleep(30)
    await client.logout()
    await client.login({ email: 'bob@example.com', otp: '123456' })
    const bob = JSON.parse(storage.map.get('auth-state')!).refreshToken
    // The new session's own refresh goes out, and rotates.
    expect(await settle(client.refresh())).toEqual({ ok: true, value: undefined })
    expect(t.server.requests.filter((r) => r.route === REFRESH)[1]?.body).toEqual({
      refreshToken: bob,
    })
    // Its schedule too: the next proactive refresh comes while the old one is still out.
    const refreshed = new Promise((resolve) => client.on('refresh', resolve))
    expect(await Promise.race([refreshed, sleep(1_200).then(() => 'none')])).not.toBe('none')
    expect(await stale).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect(client.$session.get()).toMatchObject({
      status: 'authenticated',
      email: 'bob@example.com',
    })
  })
})

describe('a rotation is kept only while storage still shows its session', () => {
  it('drops a rotated token that lands just after another tab signed out, before its message', async () => {
    const { client, storage } = await signedIn({ crossTab: true })
    // The other tab: same storage, and its message has not arrived (it sends none at all).
    const other = t.track(make({ crossTab: false }, storage).client)
    expect(other.$session.get().status).toBe('authenticated')
    t.server.next(REFRESH, async (request) => ({
      ...(await t.server.routes[REFRESH]!(request)),
      delayMs: 200,
    }))
    const refreshing = settle(client.refresh())
    // The request is out (the lock taken, storage looked at) when the other tab signs out.
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(1), { interval: 5 })
    await other.logout()
    expect(await refreshing).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    // Neither tab is signed back in: storage holds only why the session ended.
    expect(storage.map.get('auth-state')).toBe(signedOutRecord('signed-out'))
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'other-tab' })
    expect(other.$session.get().status).toBe('unauthenticated')
    expect(await client.getToken()).toBeNull()
  })

  it('drops it too when storage shows another person signed in meanwhile', async () => {
    const { client, storage } = await signedIn({ crossTab: true })
    const other = t.track(make({ crossTab: false }, storage).client)
    t.server.next(REFRESH, async (request) => ({
      ...(await t.server.routes[REFRESH]!(request)),
      delayMs: 200,
    }))
    const refreshing = settle(client.refresh())
    // The request is out (the lock taken, storage looked at) when the other tab signs out.
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(1), { interval: 5 })
    await other.logout()
    await other.login({ email: 'bob@example.com', otp: '123456' })
    const bob = storage.map.get('auth-state')
    expect(await refreshing).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect(storage.map.get('auth-state')).toBe(bob)
    expect(client.$session.get()).toMatchObject({
      status: 'authenticated',
      email: 'bob@example.com',
    })
  })
})

describe('Retry-After as an HTTP date', () => {
  it('is read against the response Date header, not the device clock', async () => {
    const { client } = await signedIn()
    // The server's clock is 10 minutes ahead of this device's: it asks for 30 s.
    const serverNow = Date.now() + 600_000
    t.server.next(REFRESH, () => ({
      ...no(429),
      headers: {
        date: new Date(serverNow).toUTCString(),
        'retry-after': new Date(serverNow + 30_000).toUTCString(),
      },
    }))
    const result = await settle(client.refresh())
    expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
    const { error } = result as { error: AuthError }
    // HTTP dates have whole seconds: 29 to 31 s, never 630.
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(29)
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(31)
  })

  it('falls back to the device clock without a Date header', async () => {
    const { client } = await signedIn()
    t.server.next(REFRESH, () => ({
      ...no(429),
      respond: (res) => {
        res.sendDate = false
        res.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': new Date(Date.now() + 45_000).toUTCString(),
        })
        res.end(JSON.stringify({ status: false, data: {}, message: 'Slow down' }))
      },
    }))
    const { error } = (await settle(client.refresh())) as { error: AuthError }
    expect(error.code).toBe('rate_limited')
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(44)
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(46)
  })
})

describe('random sequences of refreshes, sign-outs (here and in a silent tab) and sign-ins', () => {
  type Step =
    | { kind: 'refresh'; delayMs: number }
    | { kind: 'fail' }
    | { kind: 'login'; email: 'ada@example.com' | 'bob@example.com' }
    | { kind: 'logout' }
    | { kind: 'other-logout' }
    | { kind: 'wait'; ms: number }

  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('refresh' as const),
        delayMs: fc.constantFrom(0, 30, 120),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('fail' as const) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('login' as const),
        email: fc.constantFrom('ada@example.com' as const, 'bob@example.com' as const),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.record({ kind: fc.constant('logout' as const) }),
        fc.record({ kind: fc.constant('other-logout' as const) }),
      ),
    },
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.constantFrom(0, 10, 60) }),
    },
  )

  // A refresh started in a session is that session's: it never fails with "the session ended"
  // unless that session ended after it started (a sign-out, or a sign-in replacing it), and a rotation that lands after a sign-out (here,
  // or in another tab whose message has not arrived) never signs anyone back in.
  it('keeps every refresh in its own session and every sign-out signed out', {
    timeout: 120_000,
  }, async () => {
    const runs = Number(
      process.env.MODEL_RUNS ? Math.ceil(Number(process.env.MODEL_RUNS) / 100) : 30,
    )
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { client, storage } = make({ crossTab: true })
        const delays: number[] = []
        const rotate = t.server.routes[REFRESH]!
        t.server.routes[REFRESH] = async (request) => ({
          ...(await rotate(request)),
          delayMs: delays.shift() ?? 0,
        })
        let expected: string | null = null
        let ends = 0
        const broken: string[] = []
        const pending: Promise<unknown>[] = []
        try {
          for (const s of steps) {
            if (s.kind === 'refresh') {
              delays.push(s.delayMs)
              const before = ends
              pending.push(
                client.refresh().catch((error: AuthError) => {
                  if (error.message.includes('ended while refreshing') && ends === before)
                    broken.push('a refresh failed for a session that had not ended')
                }),
              )
            } else if (s.kind === 'fail') t.server.next(REFRESH, () => no(503))
            else if (s.kind === 'login') {
              ends++
              await client.login({ email: s.email, otp: '123456' })
              expected = s.email
            } else if (s.kind === 'logout') {
              ends++
              expected = null
              await client.logout()
            } else if (s.kind === 'other-logout') {
              // Another tab signs out; its message never arrives, only storage shows it.
              ends++
              expected = null
              storage.removeItem('auth-state')
            } else await sleep(s.ms)
          }
          await Promise.all(pending)
          // A look at storage (as any call makes) brings this tab in line with it.
          await client.getToken().catch(() => {})
          const stored = JSON.parse(storage.map.get('auth-state') ?? 'null')
          expect(broken).toEqual([])
          expect(stored?.email ?? null).toBe(expected)
          const session = client.$session.get()
          if (expected === null) expect(session.status).toBe('unauthenticated')
          else expect(session).toMatchObject({ status: 'authenticated', email: expected })
        } finally {
          client.destroy()
          t.server.routes[REFRESH] = rotate
        }
      }),
      { numRuns: runs },
    )
  })
})
