import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeLocks } from '../test/fake-locks'
import { findSecret, mapStorage, signedOutRecord } from '../test/helpers'
import { type IdentityServer, startIdentityServer } from '../test/identity-server'
import { type AuthClient, type AuthClientOptions, createAuthClient } from './index'

const REFRESH = 'POST /identity/user/refresh-token'

let server: IdentityServer
let clients: AuthClient[] = []
let heard: unknown[] = []
let spy: BroadcastChannel

beforeEach(async () => {
  server = await startIdentityServer()
  heard = []
  spy = new BroadcastChannel('auth-state:auth-state')
  spy.onmessage = (event) => heard.push(event.data)
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  spy.close()
  vi.unstubAllGlobals()
  await server.close()
})

/** Several "tabs": clients on one storage, talking over a real BroadcastChannel. */
function tabs(count: number, options: Partial<AuthClientOptions> = {}) {
  const storage = mapStorage()
  const made = Array.from({ length: count }, () =>
    createAuthClient({ baseURL: server.url, storage, crossTab: true, ...options }),
  )
  clients = clients.concat(made)
  return { tabs: made, storage }
}

const until = (check: () => boolean, ms = 2000) =>
  vi.waitFor(
    () => {
      if (!check()) throw new Error('not yet')
    },
    { timeout: ms, interval: 5 },
  )

describe('cross-tab', () => {
  it('carries sign-in, organization changes and sign-out to the other tabs', async () => {
    const {
      tabs: [a, b],
    } = tabs(2)
    const logouts: unknown[] = []
    b!.on('logout', (e) => logouts.push(e))
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    await until(() => b!.$session.get().status === 'authenticated')
    expect(b!.$session.get()).toEqual(a!.$session.get())

    a!.setOrganization('org_2')
    await until(() => (b!.$session.get() as { organizationId?: string }).organizationId === 'org_2')

    await a!.logout()
    await until(() => b!.$session.get().status === 'unauthenticated')
    expect(logouts).toEqual([{ reason: 'other-tab' }])
    expect(heard.length).toBeGreaterThan(0)
    expect(findSecret(heard, [...server.issued, '123456'])).toBeUndefined()
  })

  it('sends no request with retired tokens after another tab signed out', async () => {
    const {
      tabs: [a, b],
    } = tabs(2)
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    await until(() => b!.$session.get().status === 'authenticated')
    const before = server.requests.length
    // B has not heard the message yet when it calls: storage already says "signed out".
    const logout = a!.logout()
    await expect(b!.fetch('/me')).rejects.toMatchObject({ code: 'unauthenticated' })
    await expect(b!.refresh()).rejects.toMatchObject({ code: 'unauthenticated' })
    await logout
    const after = server.requests.slice(before).map((r) => r.route)
    expect(after).toEqual(['POST /identity/user/logout'])
  })

  it('makes one refresh request for a rotation, whichever tabs ask', async () => {
    const { tabs: all, storage } = tabs(4)
    await all[0]!.login({ email: 'ada@example.com', otp: '123456' })
    await until(() => all.every((t) => t.$session.get().status === 'authenticated'))
    const rotations = vi.fn()
    for (const t of all) t.on('refresh', rotations)
    await Promise.all(all.map((t) => t.refresh()))
    expect(server.count(REFRESH)).toBe(1)
    const token = JSON.parse(storage.map.get('auth-state')!).token
    expect(await Promise.all(all.map((t) => t.getToken()))).toEqual(all.map(() => token))
    expect(all.every((t) => t.$session.get().status === 'authenticated')).toBe(true)
  })

  it('a sign-out during another tab\u2019s refresh is not undone by it', async () => {
    const {
      tabs: [a, b],
      storage,
    } = tabs(2)
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    await until(() => b!.$session.get().status === 'authenticated')
    server.next(REFRESH, async (request) => ({
      ...(await server.routes[REFRESH]!(request)),
      delayMs: 150,
    }))
    const refreshing = b!.refresh().catch((e) => e)
    await new Promise((r) => setTimeout(r, 30))
    await a!.logout()
    expect(await refreshing).toMatchObject({ code: 'unauthenticated' })
    await until(() => b!.$session.get().status === 'unauthenticated')
    expect(storage.map.get('auth-state')).toBe(signedOutRecord('signed-out'))
  })

  // A tab opened while its token is due refreshes as it restores. It must queue for the lock
  // like any other refresh: another tab may be rotating that very token (seen in Chromium under
  // load, where it sent a spent refresh token and reuse detection ended the session everywhere).
  it('a tab that restores a due token waits for the lock of a refresh already under way', async () => {
    vi.stubGlobal('navigator', { locks: globalThis.navigator?.locks ?? fakeLocks() })
    await server.close()
    server = await startIdentityServer({ ttlSeconds: 1 })
    const {
      tabs: [a],
      storage,
    } = tabs(1)
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    // A's proactive refresh (half the 1 s lifetime) is rotated at once and answered 300 ms later.
    server.next(REFRESH, async (request) => ({
      ...(await server.routes[REFRESH]!(request)),
      delayMs: 300,
    }))
    await until(() => server.count(REFRESH) === 1)
    // B opens on the same storage while A holds the lock with its request out.
    const b = createAuthClient({ baseURL: server.url, storage, crossTab: true })
    clients.push(b)
    const token = await b.getToken()
    const sent = server.requests.filter((r) => r.route === REFRESH).map((r) => r.body.refreshToken)
    expect(new Set(sent).size).toBe(sent.length)
    expect(token).toBe(JSON.parse(storage.map.get('auth-state')!).token)
    expect(await a!.getToken()).toBe(token)
    expect(b.$session.get().status).toBe('authenticated')
  })

  // Which lock a tab takes depends on the runtime (Node 24 and browsers have Web Locks, Node 20
  // has not), so each path is chosen here rather than left to the Node version running the suite.
  it('takes over a storage lease whose holder never released it (no Web Locks)', async () => {
    vi.stubGlobal('navigator', {})
    const {
      tabs: [a],
      storage,
    } = tabs(1, { timeoutMs: 200 })
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    // A tab that crashed mid-refresh left its lease for a minute.
    storage.map.set('auth-state:lock', JSON.stringify({ id: 'dead', until: Date.now() + 60_000 }))
    const started = Date.now()
    await a!.refresh()
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(server.count(REFRESH)).toBe(1)
    expect(storage.map.has('auth-state:lock')).toBe(false)
  })

  // A same-origin script (or a co-hosted app on the same storage key) that keeps rewriting the
  // lease: it never looks dead, and the wait used to last as long as the script ran.
  it('ends the wait on a lease that something keeps rewriting: refresh, getToken and fetch settle', async () => {
    vi.stubGlobal('navigator', {})
    await server.close()
    server = await startIdentityServer({ ttlSeconds: 1 })
    const {
      tabs: [a],
      storage,
    } = tabs(1, { timeoutMs: 200 })
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    const rewriting = setInterval(
      () => storage.map.set('auth-state:lock', JSON.stringify({ id: 'script', at: Math.random() })),
      5,
    )
    try {
      // Due (half the 1 s lifetime): each waits for the lock, and each must settle.
      await new Promise((resolve) => setTimeout(resolve, 600))
      const calls = [a!.refresh(), a!.getToken(), a!.fetch('/me')]
      const outcome = await Promise.race([
        Promise.allSettled(calls),
        new Promise((resolve) => setTimeout(() => resolve('still pending'), 5_000)),
      ])
      expect(outcome).not.toBe('still pending')
      const [refreshed, token, fetched] = outcome as PromiseSettledResult<unknown>[]
      expect(refreshed!.status).toBe('fulfilled')
      expect(token).toMatchObject({ status: 'fulfilled', value: expect.any(String) })
      expect(fetched).toMatchObject({ status: 'fulfilled', value: { org: 'org_1' } })
      expect(server.count(REFRESH)).toBeGreaterThanOrEqual(1)
    } finally {
      clearInterval(rewriting)
    }
  })

  it('client.fetch gives up on the wait for its token at its own timeout', async () => {
    vi.stubGlobal('navigator', {})
    await server.close()
    server = await startIdentityServer({ ttlSeconds: 1 })
    // The lock timeout is timeoutMs + 1 s: 11 s here, far longer than the call's 300 ms.
    const {
      tabs: [a],
      storage,
    } = tabs(1, { timeoutMs: 10_000 })
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    const rewriting = setInterval(
      () => storage.map.set('auth-state:lock', JSON.stringify({ id: 'script', at: Math.random() })),
      5,
    )
    try {
      await new Promise((resolve) => setTimeout(resolve, 600))
      const outcome = await Promise.race([
        a!.fetch('/me', { timeoutMs: 300 }).catch((error) => error),
        new Promise((resolve) => setTimeout(() => resolve('still pending'), 5_000)),
      ])
      expect(outcome).toMatchObject({
        code: 'network',
        message: expect.stringContaining('timed out'),
      })
      expect(server.count('GET /me')).toBe(0)
    } finally {
      clearInterval(rewriting)
    }
  })

  it('takes over a Web Lock whose holder never released it', async () => {
    // Node 24's own lock manager where it exists, else the stand-in that behaves like it.
    const locks = globalThis.navigator?.locks ?? fakeLocks()
    vi.stubGlobal('navigator', { locks })
    const {
      tabs: [a],
    } = tabs(1, { timeoutMs: 200 })
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    // What a client leaked by hot reload or a frozen tab looks like: the lock, held forever.
    let held!: () => void
    const hung = new Promise<void>((resolve) => {
      held = resolve
    })
    locks
      .request('auth-state:auth-state:refresh', () => {
        held()
        return new Promise(() => {})
      })
      // A stolen lock's request rejects; the leaked holder never learns, as in a frozen tab.
      .catch(() => {})
    await hung
    const started = Date.now()
    await a!.refresh()
    const waited = Date.now() - started
    // timeoutMs + 1 s of patience, then `steal`.
    expect(waited).toBeGreaterThanOrEqual(1_100)
    expect(waited).toBeLessThan(3_000)
    expect(server.count(REFRESH)).toBe(1)
  })

  it('falls back to storage events where BroadcastChannel is missing', async () => {
    const win = new EventTarget()
    vi.stubGlobal('window', win)
    vi.stubGlobal('BroadcastChannel', undefined)
    const {
      tabs: [a, b],
    } = tabs(2)
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    // The browser fires this in every other tab of the origin.
    win.dispatchEvent(Object.assign(new Event('storage'), { key: 'auth-state' }))
    await until(() => b!.$session.get().status === 'authenticated')
  })
})

describe('a throwing subscriber in another tab', () => {
  it('does not stop that tab following sign-outs and sign-ins', async () => {
    const rethrown: unknown[] = []
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
    const {
      tabs: [a, b],
    } = tabs(2)
    let once = true
    b!.$session.listen(() => {
      if (once) {
        once = false
        throw new Error('render bug')
      }
    })
    await a!.login({ email: 'ada@example.com', otp: '123456' })
    await until(() => b!.$session.get().status === 'authenticated')
    await a!.logout()
    await a!.login({ email: 'bob@example.com', otp: '123456' })
    await until(() => (b!.$session.get() as { email?: string }).email === 'bob@example.com')
    await b!.fetch('/me')
    const sent = server.requests.filter((r) => r.route === 'GET /me').at(-1)
    expect(sent?.headers['auth-token']).toBe(await a!.getToken())
    expect(rethrown).toHaveLength(1)
  })
})
