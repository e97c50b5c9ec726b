import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clientHarness } from '../test/harness'
import {
  asyncStorage,
  findSecret,
  holdsSession,
  mapStorage,
  signedOutRecord,
} from '../test/helpers'
import { jwt, no, ok } from '../test/identity-server'
import { type AuthClientOptions, AuthError, createAuthClient } from './index'

const REFRESH = 'POST /identity/user/refresh-token'
const LOGIN = 'POST /identity/user/login'
const LOGOUT = 'POST /identity/user/logout'

const t = clientHarness()
const { make, signedIn } = t

const stored = (storage: { map: Map<string, string> }, key = 'auth-state') =>
  JSON.parse(storage.map.get(key) ?? 'null')

function storedSession(extra: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000)
  return JSON.stringify({
    v: 1,
    email: 'ada@example.com',
    token: jwt({ iat: now, exp: now + 300 }),
    refreshToken: 'r'.repeat(32),
    organizationId: 'org_1',
    accountId: null,
    expiresAt: Date.now() + 300_000,
    lifetimeMs: 300_000,
    ...extra,
  })
}

describe('restore', () => {
  it('is authenticated the moment it is created from a synchronous storage, with no request', () => {
    const storage = mapStorage({ 'auth-state': storedSession() })
    const client = createAuthClient({ baseURL: t.server.url, storage })
    t.track(client)
    expect(client.$session.get()).toEqual({
      status: 'authenticated',
      email: 'ada@example.com',
      organizationId: 'org_1',
      accountId: null,
    })
    expect(t.server.requests).toHaveLength(0)
  })

  it('is loading until an async storage has been read', async () => {
    const storage = asyncStorage({ 'auth-state': storedSession() })
    const client = createAuthClient({ baseURL: t.server.url, storage })
    t.track(client)
    expect(client.$session.get()).toEqual({ status: 'loading' })
    await client.ready
    expect(client.$session.get().status).toBe('authenticated')
  })

  it.each([
    ['corrupt JSON', '{not json'],
    ['a foreign value', JSON.stringify({ user: 'x', jwt: 'y' })],
    ['an old format', storedSession({ v: 0 })],
    ['a wrong type', storedSession({ expiresAt: 'soon' })],
  ])('treats %s as signed out, removes it and never throws', (_name, value) => {
    const storage = mapStorage({ 'auth-state': value })
    const client = createAuthClient({ baseURL: t.server.url, storage })
    t.track(client)
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
    expect(storage.map.has('auth-state')).toBe(false)
  })

  it('treats a newer stored format as signed out, leaves it in place, and logout keeps it', async () => {
    const newer = storedSession({ v: 2, extra: 'a newer build keeps more' })
    const storage = mapStorage({ 'auth-state': newer })
    const client = createAuthClient({ baseURL: t.server.url, storage, crossTab: true })
    t.track(client)
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
    expect(await client.getToken()).toBeNull()
    await client.logout()
    expect(storage.map.get('auth-state')).toBe(newer)
    // Signing in here is the user's newest intent: one session per origin, so it replaces it.
    await client.login({ email: 'ada@example.com', otp: '123456' })
    expect(stored(storage)).toMatchObject({ v: 1, email: 'ada@example.com' })
  })

  it('treats stored times that are not finite numbers as invalid', () => {
    const storage = mapStorage({
      'auth-state': storedSession().replace(/"expiresAt":\d+/, '"expiresAt":1e400'),
    })
    const client = createAuthClient({ baseURL: t.server.url, storage })
    t.track(client)
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
  })

  it('stores a JWT whose exp is -1e400 as long expired, so a reload refreshes it', async () => {
    const token = `e30.${Buffer.from('{"exp":-1e400}').toString('base64url')}.c2ln`
    t.server.next(LOGIN, () => ok({ token, refreshToken: 'r'.repeat(32), organizationId: 'o' }))
    const { client, storage } = await signedIn()
    client.destroy()
    expect(stored(storage).expiresAt).toBeLessThan(0)
    expect(t.server.count(REFRESH)).toBe(0)
    const reloaded = createAuthClient({ baseURL: t.server.url, storage })
    t.track(reloaded)
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBeGreaterThan(0))
  })

  it('treats a storage that throws as empty', () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {},
      removeItem: () => {},
    }
    const client = createAuthClient({ baseURL: t.server.url, storage })
    t.track(client)
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
  })
})

describe('login', () => {
  it('posts the OTP as the password and persists the session', async () => {
    const { client, storage } = await signedIn()
    const request = t.server.requests.find((r) => r.route === LOGIN)
    expect(request?.body).toEqual({ email: 'ada@example.com', password: '123456', isOTP: true })
    expect(client.$session.get()).toEqual({
      status: 'authenticated',
      email: 'ada@example.com',
      organizationId: 'org_1',
      accountId: 'acc_1',
    })
    const saved = stored(storage)
    expect(saved).toMatchObject({ v: 1, organizationId: 'org_1', accountId: 'acc_1' })
    expect(t.server.issued).toContain(saved.token)
    expect(t.server.issued).toContain(saved.refreshToken)
  })

  it('turns a rejected code into otp_invalid', async () => {
    const { client } = make()
    const error = await client.login({ email: 'ada@example.com', otp: '000000' }).catch((e) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect(error.code).toBe('otp_invalid')
    expect(error.status).toBe(401)
    expect(client.$session.get().status).toBe('unauthenticated')
  })

  it.each([
    [{ email: 'not-an-email', otp: '123456' }],
    [{ email: 'ada@example.com', otp: '' }],
    [{ email: 'ada@example.com', otp: '12ab56' }],
    [{ email: 42, otp: null }],
  ])('rejects bad input %j as invalid_input before any request', async (input) => {
    const { client } = make()
    await expect(client.login(input as never)).rejects.toMatchObject({ code: 'invalid_input' })
    expect(t.server.requests).toHaveLength(0)
  })

  it('rejects a response of the wrong shape as invalid_response without echoing it', async () => {
    const { client, storage } = make()
    const secret = 'leaked-token-abcdefghijklmnopqrstuvwxyz'
    t.server.next(LOGIN, () => ok({ token: secret }))
    const error = await client.login({ email: 'ada@example.com', otp: '123456' }).catch((e) => e)
    expect(error.code).toBe('invalid_response')
    expect(findSecret(error, [secret])).toBeUndefined()
    expect(storage.map.size).toBe(0)
  })

  it('rejects a non-JSON 200 as invalid_response', async () => {
    const { client } = make()
    t.server.next(LOGIN, () => ({ status: 200, raw: '<html>proxy error</html>' }))
    await expect(client.login({ email: 'ada@example.com', otp: '123456' })).rejects.toMatchObject({
      code: 'invalid_response',
    })
  })
})

describe('logout', () => {
  it('clears the session and storage at once, then tells the server with the auth headers', async () => {
    const { client, storage } = await signedIn()
    const token = stored(storage).token
    const done = client.logout()
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'signed-out' })
    expect(storage.map.get('auth-state')).toBe(signedOutRecord('signed-out'))
    await done
    const request = t.server.requests.find((r) => r.route === LOGOUT)
    expect(request?.headers['auth-token']).toBe(token)
    expect(request?.headers['organization-id']).toBe('org_1')
  })

  it.each([
    ['a 500', { ...no(500) }],
    ['a dropped connection', { drop: true }],
  ])('resolves whatever the server does: %s', async (_name, reply) => {
    const { client } = await signedIn()
    t.server.next(LOGOUT, () => reply)
    await expect(client.logout()).resolves.toBeUndefined()
    expect(client.$session.get().status).toBe('unauthenticated')
  })

  it('is not undone by a refresh that was in flight', async () => {
    const { client, storage } = await signedIn()
    const refreshes: unknown[] = []
    client.on('refresh', (e) => refreshes.push(e))
    t.server.next(REFRESH, async (request) => ({
      ...(await t.server.routes[REFRESH]!(request)),
      delayMs: 100,
    }))
    const refreshing = client.refresh().catch((e) => e)
    await new Promise((r) => setTimeout(r, 20))
    await client.logout()
    const error = await refreshing
    expect(error).toMatchObject({ code: 'unauthenticated' })
    expect(client.$session.get().status).toBe('unauthenticated')
    expect(storage.map.get('auth-state')).toBe(signedOutRecord('signed-out'))
    expect(refreshes).toEqual([])
    expect(await client.getToken()).toBeNull()
  })
})

describe('refresh', () => {
  it('shares one request between concurrent callers and persists the rotated tokens', async () => {
    const { client, storage } = await signedIn()
    const before = stored(storage)
    await Promise.all(Array.from({ length: 5 }, () => client.refresh()))
    expect(t.server.count(REFRESH)).toBe(1)
    const after = stored(storage)
    expect(after.token).not.toBe(before.token)
    expect(after.refreshToken).not.toBe(before.refreshToken)
    expect(t.server.requests.find((r) => r.route === REFRESH)?.body).toEqual({
      refreshToken: before.refreshToken,
    })
  })

  it('keeps the refresh token when the response does not rotate it', async () => {
    const { client, storage } = await signedIn()
    const before = stored(storage)
    t.server.next(REFRESH, () => ok({ token: jwt({ exp: Math.floor(Date.now() / 1000) + 300 }) }))
    await client.refresh()
    expect(stored(storage).refreshToken).toBe(before.refreshToken)
    expect(stored(storage).token).not.toBe(before.token)
  })

  it('does not notify $session subscribers', async () => {
    const { client } = await signedIn()
    const listener = vi.fn()
    const unsubscribe = client.$session.listen(listener)
    await client.refresh()
    await client.refresh()
    unsubscribe()
    expect(listener).not.toHaveBeenCalled()
  })

  it.each([
    ['a 401', () => no(401)],
    ['a 403', () => no(403)],
    ['status:false on a 200', () => no(200, 'Token revoked')],
  ])('ends the session and emits expired on %s', async (_name, reply) => {
    const { client, storage } = await signedIn()
    const expired = vi.fn()
    client.on('expired', expired)
    t.server.next(REFRESH, reply)
    await expect(client.refresh()).rejects.toMatchObject({ code: 'session_expired' })
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
    expect(storage.map.get('auth-state')).toBe(signedOutRecord('expired'))
    expect(expired).toHaveBeenCalledWith({ reason: 'refresh_rejected' })
  })

  it.each([
    ['a 500', () => no(500), 'server'],
    ['a 503 without an envelope', () => ({ status: 503, raw: 'busy' }), 'server'],
    ['a dropped connection', () => ({ drop: true }), 'network'],
    ['a 429', () => ({ ...no(429), headers: { 'retry-after': '2' } }), 'rate_limited'],
  ])('keeps the session on %s and retries with backoff', async (_name, reply, code) => {
    const { client, storage } = await signedIn()
    const errors: AuthError[] = []
    client.on('error', ({ error }) => errors.push(error))
    const before = stored(storage)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    t.server.next(REFRESH, reply)
    await expect(client.refresh()).rejects.toMatchObject({ code })
    expect(client.$session.get().status).toBe('authenticated')
    expect(stored(storage)).toEqual(before)
    expect(errors.map((e) => e.code)).toEqual([code])
    // The retry comes by itself, after a backoff of about a second.
    await vi.advanceTimersByTimeAsync(1500)
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(2), { timeout: 2000 })
    await vi.waitFor(() => expect(stored(storage).refreshToken).not.toBe(before.refreshToken))
  })

  it('waits at least Retry-After before retrying a refresh the server rate-limited', async () => {
    const { client } = await signedIn()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    t.server.next(REFRESH, () => ({ ...no(429), headers: { 'retry-after': '7' } }))
    await expect(client.refresh()).rejects.toMatchObject({ retryAfterSeconds: 7 })
    await vi.advanceTimersByTimeAsync(6_500)
    expect(t.server.count(REFRESH)).toBe(1)
    await vi.advanceTimersByTimeAsync(1_000)
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(2))
  })

  it('retries a refresh within an hour whatever date Retry-After names', async () => {
    const { client } = await signedIn()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    t.server.next(REFRESH, () => ({
      ...no(429),
      headers: { 'retry-after': 'Fri, 31 Dec 9999 23:59:59 GMT' },
    }))
    await expect(client.refresh()).rejects.toMatchObject({ code: 'rate_limited' })
    await vi.advanceTimersByTimeAsync(3_600_000)
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(2))
  })

  it('times out a hanging refresh as a network error', async () => {
    const { client } = await signedIn({ timeoutMs: 50 })
    t.server.next(REFRESH, () => ({ ...ok({}), delayMs: 500 }))
    await expect(client.refresh()).rejects.toMatchObject({ code: 'network' })
    expect(client.$session.get().status).toBe('authenticated')
  })

  it('fails with unauthenticated when signed out', async () => {
    const { client } = make()
    await expect(client.refresh()).rejects.toMatchObject({ code: 'unauthenticated' })
    expect(t.server.requests).toHaveLength(0)
  })
})

describe('proactive refresh', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  })

  it('refreshes refreshLeewaySeconds before exp', async () => {
    const { client } = await signedIn({ refreshLeewaySeconds: 60 })
    await vi.advanceTimersByTimeAsync(239_000)
    expect(t.server.count(REFRESH)).toBe(0)
    await vi.advanceTimersByTimeAsync(1_000)
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(1))
    expect(client.$session.get().status).toBe('authenticated')
  })

  it('never uses a leeway over half the token lifetime', async () => {
    await t.restart({ ttlSeconds: 10 })
    await signedIn({ refreshLeewaySeconds: 60 })
    await vi.advanceTimersByTimeAsync(4_900)
    expect(t.server.count(REFRESH)).toBe(0)
    await vi.advanceTimersByTimeAsync(100)
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(1))
  })

  it('places expiry on the local clock when the server clock is skewed', async () => {
    const skewed = Math.floor(Date.now() / 1000) + 3600 // server an hour ahead
    t.server.next(LOGIN, () =>
      ok({
        token: jwt({ iat: skewed, exp: skewed + 300 }),
        refreshToken: 'a'.repeat(32),
        organizationId: 'org_1',
      }),
    )
    await signedIn({ refreshLeewaySeconds: 60 })
    await vi.advanceTimersByTimeAsync(200_000)
    expect(t.server.count(REFRESH)).toBe(0)
  })

  it('backs off after a refresh that yields an already-due token, instead of every 250 ms', async () => {
    const seconds = () => Math.floor(Date.now() / 1000)
    const due = () => [
      jwt({ iat: seconds(), exp: seconds() - 10 }), // exp in the past
      jwt({ iat: seconds(), exp: seconds() }), // exp = iat
      jwt({ exp: -5 }), // negative
    ]
    let n = 0
    t.server.routes[REFRESH] = () =>
      ok({ token: due()[n++ % 3]!, refreshToken: `r${n}`.repeat(16) })
    const { client } = await signedIn()
    const refreshed = vi.fn()
    client.on('refresh', refreshed)
    await client.refresh()
    const settle = () =>
      vi.waitFor(() => expect(refreshed).toHaveBeenCalledTimes(t.server.count(REFRESH)))
    for (let elapsed = 0; elapsed < 30_000; elapsed += 250) {
      await vi.advanceTimersByTimeAsync(250)
      await settle()
      // getToken hands out the token in hand while the refresh is held back.
      if (elapsed === 250) {
        const before = t.server.count(REFRESH)
        expect(await client.getToken()).toBeTruthy()
        expect(t.server.count(REFRESH)).toBe(before)
      }
    }
    // 1 s, 2 s, 4 s, 8 s, 16 s (±25 %): at most 6 after the first, where 250 ms gave 120.
    expect(t.server.count(REFRESH)).toBeLessThanOrEqual(7)
    expect(t.server.count(REFRESH)).toBeGreaterThanOrEqual(4)
    expect(client.$session.get().status).toBe('authenticated')
    // A good token again: back to the normal schedule, with no refresh until its leeway.
    t.server.routes[REFRESH] = () =>
      ok({ token: jwt({ iat: seconds(), exp: seconds() + 300 }), refreshToken: 'g'.repeat(32) })
    await client.refresh()
    const after = t.server.count(REFRESH)
    await vi.advanceTimersByTimeAsync(200_000)
    expect(t.server.count(REFRESH)).toBe(after)
  })

  it('refreshes a token without exp only on a 401', async () => {
    t.server.next(LOGIN, () =>
      ok({ token: jwt({ sub: 'x' }), refreshToken: 'a'.repeat(32), organizationId: 'org_1' }),
    )
    const { client } = await signedIn()
    await vi.advanceTimersByTimeAsync(3_600_000)
    expect(t.server.count(REFRESH)).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
    expect(await client.getToken()).toBeTruthy()
  })

  it('getToken refreshes first inside the leeway', async () => {
    const { client, storage } = await signedIn({ refreshLeewaySeconds: 60 })
    const old = stored(storage).token
    vi.setSystemTime(Date.now() + 250_000) // as after a sleep: the timer did not fire
    const token = await client.getToken()
    expect(t.server.count(REFRESH)).toBe(1)
    expect(token).not.toBe(old)
    expect(token).toBe(stored(storage).token)
  })

  it('checks again at once when the page wakes (focus, online, visible)', async () => {
    const win = Object.assign(new EventTarget(), { document: { visibilityState: 'visible' } })
    vi.stubGlobal('window', win)
    try {
      const { client } = await signedIn({ refreshLeewaySeconds: 60, crossTab: false })
      vi.setSystemTime(Date.now() + 250_000) // asleep: the timer has not fired
      expect(t.server.count(REFRESH)).toBe(0)
      win.dispatchEvent(new Event('focus'))
      await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(1))
      client.destroy()
      vi.setSystemTime(Date.now() + 600_000)
      win.dispatchEvent(new Event('online'))
      await new Promise((resolve) => setImmediate(resolve))
      expect(t.server.count(REFRESH)).toBe(1) // destroyed: no listener left
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('destroy() leaves no timer behind', async () => {
    const { client } = await signedIn()
    expect(vi.getTimerCount()).toBeGreaterThan(0)
    client.destroy()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('fetch', () => {
  it('adds the auth headers and the static headers', async () => {
    const { client, storage } = await signedIn({ headers: { 'x-aui-client': 'AUI' } })
    await client.fetch('/me')
    const request = t.server.requests.find((r) => r.route === 'GET /me')
    expect(request?.headers['auth-token']).toBe(stored(storage).token)
    expect(request?.headers['organization-id']).toBe('org_1')
    expect(request?.headers['account-id']).toBe('acc_1')
    expect(request?.headers['x-aui-client']).toBe('AUI')
  })

  it('maps headers with authHeaders', async () => {
    const { client, storage } = await signedIn({
      authHeaders: ({ token, organizationId }) => ({
        authorization: `Bearer ${token}`,
        'x-organization-id': organizationId,
      }),
    })
    t.server.next('GET /me', () => ok({}))
    await client.fetch('/me')
    const request = t.server.requests.find((r) => r.route === 'GET /me')
    expect(request?.headers.authorization).toBe(`Bearer ${stored(storage).token}`)
    expect(request?.headers['x-organization-id']).toBe('org_1')
    expect(request?.headers['auth-token']).toBeUndefined()
  })

  it('turns twenty concurrent 401s into exactly one refresh, then replays each once', async () => {
    const { client } = await signedIn()
    t.server.revokeAll()
    const results = await Promise.all(
      Array.from({ length: 20 }, () => client.fetch<{ org: string }>('/me')),
    )
    expect(t.server.count(REFRESH)).toBe(1)
    expect(t.server.count('GET /me')).toBe(40)
    expect(results.every((r) => r.org === 'org_1')).toBe(true)
  })

  it('rejects with session_expired when the refresh is rejected', async () => {
    const { client } = await signedIn()
    t.server.revokeAll()
    t.server.next(REFRESH, () => no(401))
    await expect(client.fetch('/me')).rejects.toMatchObject({ code: 'session_expired' })
    expect(client.$session.get().status).toBe('unauthenticated')
  })

  it('rejects with unauthenticated when signed out, without a request', async () => {
    const { client } = make()
    await expect(client.fetch('/me')).rejects.toMatchObject({ code: 'unauthenticated' })
    expect(t.server.requests).toHaveLength(0)
  })

  it('maps other failures to AuthError without the token', async () => {
    const { client, storage } = await signedIn()
    // A failed GET is tried once more by default; both attempts fail here.
    t.server.next(
      'GET /me',
      () => no(500, 'boom'),
      () => no(500, 'boom'),
    )
    const error = (await client.fetch('/me').catch((e) => e)) as AuthError
    expect(error).toBeInstanceOf(AuthError)
    expect(error).toMatchObject({ code: 'server', status: 500 })
    expect(error.message).toBe('[GET] /me: 500 boom')
    expect(findSecret(error, [stored(storage).token])).toBeUndefined()
  })
})

describe('organization and account', () => {
  it('change the headers of later calls and are persisted', async () => {
    const { client, storage } = await signedIn()
    client.setOrganization('org_2')
    client.setAccount('acc_9')
    await client.fetch('/me')
    const request = t.server.requests.find((r) => r.route === 'GET /me')
    expect(request?.headers['organization-id']).toBe('org_2')
    expect(request?.headers['account-id']).toBe('acc_9')
    expect(stored(storage)).toMatchObject({ organizationId: 'org_2', accountId: 'acc_9' })
    expect(client.$session.get()).toMatchObject({ organizationId: 'org_2', accountId: 'acc_9' })
    client.setAccount(null)
    await client.fetch('/me')
    expect(t.server.requests.at(-1)?.headers['account-id']).toBeUndefined()
  })

  it('reject bad ids and a missing session', async () => {
    const { client } = make()
    expect(() => client.setOrganization('x')).toThrow(
      expect.objectContaining({ code: 'unauthenticated' }),
    )
    expect(() => client.setOrganization('' as string)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })
})

describe('events and secrets', () => {
  it('emit login, refresh, logout and expired with no token in any payload', async () => {
    const { client } = make()
    const seen: unknown[] = []
    for (const name of ['login', 'logout', 'refresh', 'expired', 'error'] as const)
      client.on(name, (payload) => seen.push({ name, payload }))
    await client.login({ email: 'ada@example.com', otp: '123456' })
    await client.refresh()
    t.server.next(REFRESH, () => no(500))
    await client.refresh().catch(() => {})
    await client.logout()
    await client.login({ email: 'ada@example.com', otp: '123456' })
    t.server.next(REFRESH, () => no(401))
    await client.refresh().catch(() => {})
    expect(seen.map((e) => (e as { name: string }).name)).toEqual([
      'login',
      'refresh',
      'error',
      'logout',
      'login',
      'expired',
    ])
    expect(findSecret(seen, [...t.server.issued, '123456'])).toBeUndefined()
  })

  it('an unsubscribed listener hears nothing more', async () => {
    const { client } = make()
    const listener = vi.fn()
    const off = client.on('login', listener)
    off()
    await client.login({ email: 'ada@example.com', otp: '123456' })
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('options', () => {
  it.each([
    [{}],
    [{ baseURL: '' }],
    [{ baseURL: 'x', refreshLeewaySeconds: -1 }],
    [{ baseURL: 'x', otp: { maxAttempts: 0 } }],
    [{ baseURL: 'x', storageKey: '' }],
  ])('rejects %j with invalid_input', (options) => {
    expect(() => createAuthClient(options as AuthClientOptions)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })
})

describe('storage failures', () => {
  const full = () => {
    const storage = mapStorage()
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    return storage
  }

  it('a failed write keeps the session in memory and reports code storage, cross-tab on', async () => {
    const { client } = make({ storage: full(), crossTab: true })
    const errors: AuthError[] = []
    const logouts = vi.fn()
    client.on('error', ({ error }) => errors.push(error))
    client.on('logout', logouts)
    await client.login({ email: 'ada@example.com', otp: '123456' })
    await expect(client.fetch('/me')).resolves.toMatchObject({ org: 'org_1' })
    expect(await client.getToken()).not.toBeNull()
    expect(client.$session.get().status).toBe('authenticated')
    expect(logouts).not.toHaveBeenCalled()
    expect(errors.map((e) => [e.code, e.cause instanceof Error && e.cause.name])).toEqual([
      ['storage', 'QuotaExceededError'],
    ])
  })

  it('keeps the session when an async storage rejects the write', async () => {
    const storage = asyncStorage()
    // It fails a moment later, as IndexedDB does: reads may already be queued behind it.
    storage.setItem = () =>
      new Promise((_, reject) =>
        setImmediate(() => reject(new DOMException('Full', 'QuotaExceededError'))),
      )
    const { client } = make({ storage, crossTab: true })
    const errors: AuthError[] = []
    client.on('error', ({ error }) => errors.push(error))
    await client.login({ email: 'ada@example.com', otp: '123456' })
    const calls = Array.from({ length: 3 }, () => client.fetch('/me'))
    await Promise.all(calls)
    expect(client.$session.get().status).toBe('authenticated')
    expect(errors.map((e) => e.code)).toEqual(['storage'])
  })

  it('still follows storage once another tab writes to it', async () => {
    const storage = full()
    const { client } = make({ storage, crossTab: true })
    await client.login({ email: 'ada@example.com', otp: '123456' })
    // Another tab signs in as someone else: storage now says something new.
    storage.map.set('auth-state', storedSession({ email: 'bob@example.com', rev: 'other' }))
    await client.getToken()
    expect(client.$session.get()).toMatchObject({ email: 'bob@example.com' })
  })
})

describe('throwing subscribers', () => {
  // The client rethrows a subscriber's exception on its own; collect it instead of failing.
  let rethrown: unknown[]
  beforeEach(() => {
    rethrown = []
    const original = globalThis.queueMicrotask
    vi.stubGlobal('queueMicrotask', (fn: () => void) =>
      original(() => {
        try {
          fn()
        } catch (error) {
          rethrown.push(error)
        }
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('cannot half-complete a sign-in: persisted, scheduled and announced before they run', async () => {
    const { client, storage } = make()
    const logins = vi.fn()
    // An event listener already reads the new state.
    client.on('login', () => logins(client.$session.get().status))
    const seen: unknown[] = []
    let once = true
    client.$session.listen((state) => {
      // What a subscriber sees is a finished change.
      seen.push([state.status, holdsSession(storage), logins.mock.calls.length])
      if (once) {
        once = false
        throw new Error('render bug')
      }
    })
    await client.login({ email: 'ada@example.com', otp: '123456' })
    expect(seen).toEqual([['authenticated', true, 1]])
    expect(logins).toHaveBeenCalledWith('authenticated')
    expect(stored(storage).email).toBe('ada@example.com')
    await vi.waitFor(() => expect(rethrown).toHaveLength(1))
    // Later changes still notify.
    await client.logout()
    expect(seen.at(-1)).toEqual(['unauthenticated', false, 1])
  })

  it('does not stop later updates nor the other listeners', async () => {
    const { client } = make()
    const other = vi.fn()
    client.$session.listen(() => {
      throw new Error('render bug')
    })
    client.$session.listen((state) => other(state.status))
    await client.login({ email: 'ada@example.com', otp: '123456' })
    await client.logout()
    await client.login({ email: 'ada@example.com', otp: '123456' })
    expect(other.mock.calls).toEqual([['authenticated'], ['unauthenticated'], ['authenticated']])
    await vi.waitFor(() => expect(rethrown).toHaveLength(3))
  })
})
