import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { AuthError } from '../src/index'
import { appHarness, ORIGIN } from '../test/app'

const app = appHarness({ tokenTtlSeconds: 300 })
const REFRESH = 'POST /identity/user/refresh-token'
const Account = z.object({ email: z.string(), organizationId: z.string(), accountId: z.string() })

const unexpected = (): AuthError => {
  throw new Error('expected a rejection')
}
const serverRequest = (cookie: string) => new Request(`${ORIGIN}/account`, { headers: { cookie } })

describe('server-side fetch and refresh', () => {
  it('returns account data long after the access token expired, with no page open', async () => {
    const jar = await app.signIn()
    // The tab is closed for an hour: the token (300 s) is long dead, the refresh token lives.
    app.advance(3_600_000)
    app.dev.stats.reset()
    const account = await app.auth.fetch(serverRequest(jar.header()), '/network/v1/account', {
      schema: Account,
    })
    expect(account).toMatchObject({ email: 'demo@example.com', organizationId: 'org_demo' })
    // Typed by the schema (a compile error in `pnpm typecheck` otherwise).
    const email: string = account.email
    expect(email).toBe('demo@example.com')
    expect(app.dev.stats.count(REFRESH)).toBe(1)
    // The rotated refresh token was saved without a cookie being set: a second call made later
    // still works (grace is 0, so a lost rotation would be a reuse and revoke the family).
    app.advance(3_600_000)
    await expect(
      app.auth.fetch(serverRequest(jar.header()), '/network/v1/account'),
    ).resolves.toMatchObject({
      accountId: 'acc_demo',
    })
    expect(app.dev.stats.count(REFRESH)).toBe(2)
  })

  it('20 concurrent requests for one due session make one upstream refresh, and all succeed', async () => {
    const jar = await app.signIn()
    app.advance(301_000)
    app.dev.stats.reset()
    const request = () => serverRequest(jar.header())
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () =>
        app.auth.fetch(request(), '/network/v1/account', { schema: Account }),
      ),
      ...Array.from({ length: 5 }, () =>
        app.call('/auth/api/network/v1/account', jar).then((r) => r.status),
      ),
      ...Array.from({ length: 5 }, () => app.auth.getSession(request()).then((s) => s.status)),
    ])
    expect(
      results.slice(0, 10).every((r) => typeof r === 'object' && r.email === 'demo@example.com'),
    ).toBe(true)
    expect(results.slice(10, 15)).toEqual([200, 200, 200, 200, 200])
    expect(results.slice(15)).toEqual(Array(5).fill('authenticated'))
    expect(app.dev.stats.count(REFRESH)).toBe(1)
  })

  it('GET /session refreshes a due token, so the view is live', async () => {
    const jar = await app.signIn()
    const before = (await (await app.call('/auth/session', jar, { bare: true })).json()).data
    app.advance(290_000)
    const after = (await (await app.call('/auth/session', jar, { bare: true })).json()).data
    expect(after.expiresAt).toBeGreaterThan(before.expiresAt)
    expect(after.refreshedAt).toBeGreaterThan(before.refreshedAt)
  })

  it('replays once with a refreshed token after a 401 upstream', async () => {
    const jar = await app.signIn()
    app.dev.faults.add({ route: 'GET /network/v1/account', status: 401 })
    app.dev.stats.reset()
    const account = await app.auth.fetch(serverRequest(jar.header()), '/network/v1/account')
    expect(account).toMatchObject({ accountId: 'acc_demo' })
    expect(app.dev.stats.count(REFRESH)).toBe(1)
    expect(app.dev.stats.count('GET /network/v1/account')).toBe(2)
  })

  it('a rejected refresh token ends the session: session_expired, unauthenticated expired', async () => {
    const jar = await app.signIn()
    app.advance(301_000)
    app.dev.faults.add({ route: REFRESH, status: 401 })
    const error = await app.auth
      .fetch(serverRequest(jar.header()), '/network/v1/account')
      .then(unexpected, (e: AuthError) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect(error.code).toBe('session_expired')
    expect(await app.auth.getSession(serverRequest(jar.header()))).toEqual({
      status: 'unauthenticated',
      reason: 'expired',
    })
    const proxied = await app.call('/auth/api/network/v1/account', jar)
    expect(proxied.status).toBe(401)
    expect((await proxied.json()).error.code).toBe('session_expired')
    expect(jar.cookies.size).toBe(0)
  })

  it('a transient refresh failure keeps the session', async () => {
    const jar = await app.signIn()
    app.advance(301_000)
    app.dev.faults.add({ route: REFRESH, status: 503 })
    const error = await app.auth
      .fetch(serverRequest(jar.header()), '/network/v1/account')
      .then(unexpected, (e: AuthError) => e)
    expect(error.code).toBe('server')
    expect((await app.auth.getSession(serverRequest(jar.header()))).status).toBe('authenticated')
    await expect(
      app.auth.fetch(serverRequest(jar.header()), '/network/v1/account'),
    ).resolves.toBeTruthy()
  })

  it('ends the session at sessionTtlSeconds, whatever the refreshes', async () => {
    app.remake({ sessionTtlSeconds: 600 })
    const jar = await app.signIn()
    app.advance(590_000)
    expect((await app.auth.getSession(serverRequest(jar.header()))).status).toBe('authenticated')
    app.advance(20_000)
    expect(await app.auth.getSession(serverRequest(jar.header()))).toEqual({
      status: 'unauthenticated',
    })
  })

  it('validates with a Standard Schema and unwraps the envelope', async () => {
    const jar = await app.signIn()
    const Wrong = z.object({ email: z.number() })
    const error = await app.auth
      .fetch(serverRequest(jar.header()), '/network/v1/account', { schema: Wrong })
      .then(unexpected, (e: AuthError) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect(error.code).toBe('invalid_response')
    const orgs = await app.auth.fetch(serverRequest(jar.header()), '/network/v1/organizations')
    expect(orgs).toMatchObject({ organizations: expect.any(Array) })
  })

  it('rejects unauthenticated without a session, and refuses paths off the API', async () => {
    const none = await app.auth
      .fetch(new Request(ORIGIN), '/network/v1/account')
      .then(unexpected, (e: AuthError) => e)
    expect(none.code).toBe('unauthenticated')
    const jar = await app.signIn()
    for (const path of ['https://evil.test/x', '//evil.test/x', 'network/v1/account']) {
      const error = await app.auth
        .fetch(serverRequest(jar.header()), path)
        .then(unexpected, (e: AuthError) => e)
      expect(error.code, path).toBe('invalid_input')
    }
  })

  it('a switch while a refresh is in flight keeps the rotated refresh token', async () => {
    const jar = await app.signIn()
    app.advance(301_000)
    app.dev.faults.add({ route: REFRESH, delayMs: 300 })
    const fetching = app.auth.fetch(serverRequest(jar.header()), '/network/v1/account')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const switched = await app.call('/auth/organization', jar, {
      body: { organizationId: 'org_demo_labs' },
    })
    expect(switched.status).toBe(200)
    await fetching
    // The next rotation must send the refresh token the last one issued (grace 0: an old one is
    // a reuse, and the API ends the session).
    app.advance(301_000)
    await expect(
      app.auth.fetch(serverRequest(jar.header()), '/network/v1/organizations'),
    ).resolves.toBeTruthy()
    expect(await app.auth.getSession(serverRequest(jar.header()))).toMatchObject({
      status: 'authenticated',
      organizationId: 'org_demo_labs',
    })
  })

  it('a logout while a refresh is in flight stays a logout', async () => {
    // A slow network: the refresh's answer arrives 300 ms after the API sent it, so the logout
    // lands between the rotation upstream and the save here.
    app.remake({
      fetch: async (input, init) => {
        const response = await fetch(input, init)
        if (String(input).endsWith('/identity/user/refresh-token'))
          await new Promise((resolve) => setTimeout(resolve, 300))
        return response
      },
    })
    const jar = await app.signIn()
    const stolen = jar.header()
    app.advance(301_000)
    // getSession refreshes a due token and saves it, without another API call that would notice.
    const fetching = app.auth.getSession(serverRequest(stolen))
    await new Promise((resolve) => setTimeout(resolve, 100))
    await app.call('/auth/logout', jar, { method: 'POST' })
    await fetching
    expect(await app.auth.getSession(serverRequest(stolen))).toEqual({
      status: 'unauthenticated',
      reason: 'expired',
    })
  })
})
