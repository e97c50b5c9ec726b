// @vitest-environment happy-dom
// @vitest-environment-options { "url": "http://localhost:3000/account" }
// biome-ignore-all lint/suspicious/noDocumentCookie: the test plants and clears cookies as a page would

import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { asyncStorage, mapStorage } from '../test/helpers'
import { jwt } from '../test/identity-server'
import { sessionCookie } from './cookie/index'
import { type AuthClient, type AuthClientOptions, createAuthClient } from './index'
import { readSession, readToken } from './server'

// A real cookie jar (happy-dom's) and a real identity server on loopback. Secure: cookie-https.test.ts.
const EMAIL = 'demo@example.com'
let server: DevServer
const clients: AuthClient[] = []

beforeEach(async () => {
  server = await startDevServer({ port: 0 })
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  document.cookie = 'auth-state=; Max-Age=0; Path=/'
  document.cookie = 'sid=; Max-Age=0; Path=/'
  vi.restoreAllMocks()
  await server.close()
})

function make(options: Partial<AuthClientOptions> = {}, storage = mapStorage()) {
  const client = createAuthClient({
    baseURL: server.url,
    storage,
    crossTab: false,
    cookie: sessionCookie(),
    ...options,
  })
  clients.push(client)
  return { client, storage }
}

async function signIn(client: AuthClient, email = EMAIL) {
  await client.sendOtp(email)
  await client.verifyOtp(server.inbox.latest(email) ?? '')
}

const stored = (storage: { map: Map<string, string> }) =>
  JSON.parse(storage.map.get('auth-state') ?? 'null')
const cookieNamed = (name: string) =>
  document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1)
// happy-dom drops a `Max-Age=0` cookie only once the clock has moved past its expiry (browsers
// drop it at once): look a few milliseconds later.
const cleared = async (name = 'auth-state') => {
  await new Promise((resolve) => setTimeout(resolve, 5))
  return cookieNamed(name) === undefined
}

describe('the session cookie', () => {
  it('follows sign-in, organization switch, rotation and sign-out, with no secret in it', async () => {
    const { client, storage } = make()
    expect(readSession(document.cookie)).toEqual({ status: 'unauthenticated' })
    await signIn(client)
    const session = client.$session.get()
    expect(readSession(document.cookie)).toEqual(session)
    const { token, refreshToken } = stored(storage)
    expect(document.cookie).not.toContain(token)
    expect(document.cookie).not.toContain(refreshToken)
    expect(readToken(document.cookie)).toBeNull()

    client.setOrganization('org_other')
    expect(readSession(document.cookie)).toMatchObject({ organizationId: 'org_other' })
    const before = cookieNamed('auth-state')
    await new Promise((resolve) => setTimeout(resolve, 1100)) // a new `iat`, a new expiry
    await client.refresh()
    expect(cookieNamed('auth-state')).not.toBe(before)
    expect(readSession(document.cookie)).toMatchObject({ organizationId: 'org_other' })

    await client.logout()
    expect(await cleared()).toBe(true)
    expect(readSession(document.cookie)).toEqual({ status: 'unauthenticated' })
  })

  it('is SameSite=Lax, lasting and not Secure on http by default, and honours its options', async () => {
    const written = vi.spyOn(document, 'cookie', 'set')
    const { client } = make()
    await signIn(client)
    expect(written.mock.lastCall?.[0]).toMatch(
      /^auth-state=[^;]+; Path=\/; Max-Age=34560000; SameSite=lax$/,
    )
    client.destroy()
    const other = make({
      cookie: sessionCookie({
        name: 'sid',
        path: '/',
        sameSite: 'strict',
        maxAgeSeconds: 60,
        secure: false,
      }),
    }).client
    await signIn(other, 'second@example.com')
    expect(written.mock.lastCall?.[0]).toMatch(/^sid=[^;]+; Path=\/; Max-Age=60; SameSite=strict$/)
    expect(readSession(document.cookie, { cookieName: 'sid' })).toMatchObject({
      email: 'second@example.com',
    })
  })

  it('carries the access token with token: true, never the refresh token', async () => {
    const { client, storage } = make({ cookie: sessionCookie({ token: true }) })
    await signIn(client)
    const { token, refreshToken } = stored(storage)
    expect(readToken(document.cookie)).toBe(token)
    expect(document.cookie).not.toContain(refreshToken)
    await client.refresh()
    expect(readToken(document.cookie)).toBe(stored(storage).token)
  })

  it('is cleared when the session expires', async () => {
    const { client } = make()
    await signIn(client)
    server.faults.add({ route: 'POST /identity/user/refresh-token', status: 401 })
    await expect(client.refresh()).rejects.toMatchObject({ code: 'session_expired' })
    expect(await cleared()).toBe(true)
  })

  it('is written and cleared by a tab that hears another tab sign in and out', async () => {
    const storage = mapStorage()
    const a = make({ cookie: false, crossTab: true }, storage).client
    const b = make({ crossTab: true }, storage).client
    await signIn(a)
    await vi.waitFor(() => expect(b.$session.get().status).toBe('authenticated'))
    expect(readSession(document.cookie)).toMatchObject({ email: EMAIL })
    await a.logout()
    await vi.waitFor(() => expect(b.$session.get().status).toBe('unauthenticated'))
    expect(await cleared()).toBe(true)
  })

  it('is cleared when a subscriber signs out the moment an async restore shows the session', async () => {
    const { client: first, storage } = make()
    await signIn(first)
    first.destroy()
    // A reload on an async storage (AsyncStorage, IndexedDB) holding that session.
    const { client } = make({}, asyncStorage(Object.fromEntries(storage.map)))
    client.$session.listen((state) => {
      if (state.status === 'authenticated') void client.logout()
    })
    await client.ready
    await vi.waitFor(() => expect(client.$session.get().status).toBe('unauthenticated'))
    // What a server render reads: signed out, like the tab.
    expect(await cleared()).toBe(true)
    expect(readSession(document.cookie)).toEqual({ status: 'unauthenticated' })
  })

  it('is put in step with storage when the client starts (a stale cookie goes)', async () => {
    document.cookie = 'auth-state=stale; Path=/'
    make()
    expect(await cleared()).toBe(true)
  })

  it('stays under 4 KB with the longest email and a long token, dropping a token too big', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(180)}.example.com` // 254 characters
    const now = Math.floor(Date.now() / 1000)
    const session = (token: string) => ({
      'auth-state': JSON.stringify({
        v: 1,
        email,
        token,
        refreshToken: 'r'.repeat(40),
        organizationId: 'o'.repeat(100),
        accountId: 'c'.repeat(100),
        expiresAt: Date.now() + 300_000,
        lifetimeMs: 300_000,
      }),
    })
    const long = jwt({ iat: now, exp: now + 300, roles: 'x'.repeat(2500) })
    const written = vi.spyOn(document, 'cookie', 'set')
    make({ cookie: sessionCookie({ token: true }) }, mapStorage(session(long)))
    const value = cookieNamed('auth-state') ?? ''
    expect(`auth-state=${value}`.length).toBeLessThan(4096)
    expect(readToken(document.cookie)).toBe(long)
    expect(readSession(document.cookie)).toMatchObject({ email })

    const huge = jwt({ iat: now, exp: now + 300, roles: 'x'.repeat(4000) })
    make({ cookie: sessionCookie({ token: true }) }, mapStorage(session(huge)))
    expect(written.mock.lastCall?.[0].length).toBeLessThan(4096)
    expect(readToken(document.cookie)).toBeNull()
    expect(readSession(document.cookie)).toMatchObject({ email })
  })

  it('is never written by a server-render client', () => {
    const written = vi.spyOn(document, 'cookie', 'set')
    make({ ssr: true })
    expect(written).not.toHaveBeenCalled()
  })

  it.each([
    [{ name: 'a b' }],
    [{ name: 'a;b' }],
    [{ path: 'account' }],
    [{ path: '/; Domain=evil.com' }],
    [{ domain: 'x.com; Secure' }],
    [{ sameSite: 'none', secure: false }],
    [{ sameSite: 'sometimes' }],
    [{ maxAgeSeconds: -1 }],
  ])('refuses the invalid option %j with invalid_input', (cookie) => {
    expect(() => make({ cookie: sessionCookie(cookie as never) })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })

  it.each([[true], [{}], [{ token: true }]])(
    'refuses the earlier form %j, naming what to import instead',
    (cookie) => {
      const written = vi.spyOn(document, 'cookie', 'set')
      for (const ssr of [false, true])
        expect(() => make({ cookie: cookie as never, ssr })).toThrow(
          expect.objectContaining({
            code: 'invalid_input',
            message: expect.stringContaining("sessionCookie({...}) from '@auth-state/core/cookie'"),
          }),
        )
      expect(written).not.toHaveBeenCalled()
    },
  )

  it('is off without the option, and with `false`', async () => {
    const written = vi.spyOn(document, 'cookie', 'set')
    const { client } = make({ cookie: undefined })
    await signIn(client)
    make({ cookie: false })
    expect(written).not.toHaveBeenCalled()
  })

  it('carries its options as data, for tabAuthClient to compare', () => {
    const cookie = sessionCookie({ name: 'sid', token: true })
    expect(JSON.parse(JSON.stringify(cookie))).toEqual({ name: 'sid', token: true })
    expect(JSON.parse(JSON.stringify(sessionCookie()))).toEqual({})
  })
})
