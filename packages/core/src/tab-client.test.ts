import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mapStorage } from '../test/helpers'
import { type IdentityServer, jwt, startIdentityServer } from '../test/identity-server'
import { sessionCookie } from './cookie/index'
import { AuthError, currentTabAuthClient, tabAuthClient } from './index'

const REFRESH = 'POST /identity/user/refresh-token'
let server: IdentityServer
let other: IdentityServer
let n = 0
// The registry lives as long as the module: each test takes its own storage key.
let storageKey: string
beforeEach(async () => {
  ;[server, other] = await Promise.all([startIdentityServer(), startIdentityServer()])
  storageKey = `tab-client-${++n}`
  // A browser tab, as far as tabAuthClient can tell; the server tests take it away again.
  vi.stubGlobal(
    'window',
    Object.assign(new EventTarget(), { document: { visibilityState: 'visible' } }),
  )
})
afterEach(async () => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  await Promise.all([server.close(), other.close()])
})

/** A signed-in session whose token is due for a refresh in two seconds. */
function signedIn() {
  const now = Math.floor(Date.now() / 1000)
  return mapStorage({
    [storageKey]: JSON.stringify({
      v: 1,
      email: 'ada@example.com',
      token: jwt({ iat: now - 238, exp: now + 62 }),
      refreshToken: 'r'.repeat(32),
      organizationId: 'org_1',
      accountId: null,
      expiresAt: (now + 62) * 1000,
      lifetimeMs: 300_000,
    }),
  })
}

describe('tabAuthClient', () => {
  it('gives every call with the same options the same client', () => {
    const storage = mapStorage()
    const first = tabAuthClient({ baseURL: server.url, storage, storageKey, cookie: false })
    // A new options object, and a new inline function, as each render of a component makes.
    const again = tabAuthClient({
      baseURL: server.url,
      storage,
      storageKey,
      cookie: false,
      fetch: (input, init) => fetch(input, init),
    })
    expect(again).toBe(first)
    first.destroy()
  })

  it('keeps sessions apart: another storage key or another storage is another client', () => {
    const storage = mapStorage()
    const a = tabAuthClient({ baseURL: server.url, storage, storageKey })
    const b = tabAuthClient({ baseURL: server.url, storage, storageKey: `${storageKey}-b` })
    const c = tabAuthClient({ baseURL: server.url, storage: mapStorage(), storageKey })
    expect(new Set([a, b, c]).size).toBe(3)
    for (const client of [a, b, c]) client.destroy()
  })

  it('replaces the client when the options change, and the old one stops', async () => {
    vi.useFakeTimers()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const storage = signedIn()
    const old = tabAuthClient({ baseURL: server.url, storage, storageKey })
    const replaced = tabAuthClient({ baseURL: other.url, storage, storageKey })
    expect(replaced).not.toBe(old)
    expect(tabAuthClient({ baseURL: other.url, storage, storageKey })).toBe(replaced)
    expect(warn).toHaveBeenCalledTimes(1)
    // Both held the session with a token due in 2 s: only the new client refreshes it.
    vi.advanceTimersByTime(10_000)
    await vi.waitFor(() => expect(other.count(REFRESH)).toBe(1))
    expect(server.requests).toHaveLength(0)
    replaced.destroy()
  })

  it('refuses bad options with a typed error and keeps the current client', () => {
    const storage = mapStorage()
    const current = tabAuthClient({ baseURL: server.url, storage, storageKey })
    const bad = () => tabAuthClient({ baseURL: 'ftp://example.com', storage, storageKey })
    expect(bad).toThrow(AuthError)
    expect(bad).toThrow(expect.objectContaining({ code: 'invalid_input' }))
    // @ts-expect-error: no options at all
    expect(() => tabAuthClient(undefined)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
    expect(() =>
      tabAuthClient({ baseURL: server.url, storage, storageKey, timeoutMs: 1n as never }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }))
    expect(tabAuthClient({ baseURL: server.url, storage, storageKey })).toBe(current)
    current.destroy()
  })

  it('in a server render makes a new inert client on every call: requests never share one', async () => {
    const a = tabAuthClient({ baseURL: server.url, storageKey, ssr: true })
    const b = tabAuthClient({ baseURL: server.url, storageKey, ssr: true })
    expect(a).not.toBe(b)
    await a.ready
    expect(a.$session.get()).toEqual({ status: 'loading' })
    expect(server.requests).toHaveLength(0)
  })

  it('compares options by their data, not by the order their keys were written in', () => {
    const storage = mapStorage()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const first = tabAuthClient({
      baseURL: server.url,
      storage,
      storageKey,
      cookie: sessionCookie({ name: 'a', token: true }),
    })
    const again = tabAuthClient({
      cookie: sessionCookie({ token: true, name: 'a' }),
      storageKey,
      storage,
      baseURL: server.url,
    })
    expect(again).toBe(first)
    expect(warn).not.toHaveBeenCalled()
    first.destroy()
  })

  it('warns outside production when other options replace a live client, naming keys, never values', () => {
    const storage = mapStorage()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const secret = 'Bearer s3cret-header-value'
    const first = tabAuthClient({
      baseURL: server.url,
      storage,
      storageKey,
      cookie: sessionCookie({ token: false }),
      headers: { 'X-Api-Key': secret },
    })
    const second = tabAuthClient({
      baseURL: other.url,
      storage,
      storageKey,
      cookie: sessionCookie({ token: true }),
      headers: { 'X-Api-Key': `${secret}-2` },
    })
    expect(second).not.toBe(first)
    expect(warn).toHaveBeenCalledTimes(1)
    const message = String(warn.mock.calls[0]?.[0])
    expect(message).toContain('(baseURL, cookie.token, headers.X-Api-Key)')
    expect(message).toContain('currentTabAuthClient')
    expect(message).not.toContain(secret)
    expect(message).not.toContain(server.url)
    expect(message).not.toContain(other.url)
    second.destroy()
  })

  it('stays silent in a production build', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const storage = mapStorage()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    tabAuthClient({ baseURL: server.url, storage, storageKey })
    tabAuthClient({ baseURL: other.url, storage, storageKey }).destroy()
    expect(warn).not.toHaveBeenCalled()
    vi.unstubAllEnvs()
  })

  it('currentTabAuthClient hands out the client the tab already has, for code outside a component', () => {
    expect(currentTabAuthClient(storageKey)).toBeUndefined()
    const client = tabAuthClient({ baseURL: server.url, storage: mapStorage(), storageKey })
    expect(currentTabAuthClient(storageKey)).toBe(client)
    client.destroy()
  })
})

describe('tabAuthClient on a server (no window)', () => {
  beforeEach(() => {
    vi.stubGlobal('window', undefined)
  })

  for (const storage of ['memory', 'session', 'local', mapStorage()] as const) {
    const name = typeof storage === 'string' ? storage : 'an adapter'
    it(`gives every request an inert client of its own with storage: ${name}`, async () => {
      const options = { baseURL: server.url, storage, storageKey }
      // Request A signs in through its client.
      const a = tabAuthClient(options)
      const b = tabAuthClient(options)
      expect(b).not.toBe(a)
      await Promise.all([a.ready, b.ready])
      expect(a.$session.get()).toEqual({ status: 'loading' })
      expect(b.$session.get()).toEqual({ status: 'loading' })
      await expect(b.getToken()).resolves.toBeNull()
      expect(currentTabAuthClient(storageKey)).toBeUndefined()
      expect(server.requests).toHaveLength(0)
    })
  }

  it('never shows one request the person another request signed in', async () => {
    const options = { baseURL: server.url, storage: 'memory', storageKey } as const
    const first = tabAuthClient(options)
    // One request signs in through the client it got.
    await first.sendOtp('ada@example.com')
    await first.verifyOtp('123456')
    const second = tabAuthClient(options)
    expect(second.$session.get()).toEqual({ status: 'loading' })
    await expect(second.getToken()).resolves.toBeNull()
  })
})
