import { describe, expect, it } from 'vitest'
import { appHarness, EMAIL, Jar, ORIGIN } from '../test/app'

const app = appHarness()

describe('handle: session, otp, organization, logout', () => {
  it('signs in with a code and answers the session view, never a token', async () => {
    const jar = new Jar()
    const sent = await app.call('/auth/otp/send', jar, { body: { email: EMAIL } })
    expect(sent.status).toBe(200)
    const sentBody = await sent.json()
    expect(sentBody.data).toMatchObject({ email: EMAIL })
    expect(sentBody.data.resendAvailableAt).toBe(sentBody.data.sentAt + 30_000)
    const code = app.dev.latestCode(EMAIL)!
    const verified = await app.call('/auth/otp/verify', jar, { body: { email: EMAIL, code } })
    expect(verified.status).toBe(200)
    const text = await verified.text()
    const view = JSON.parse(text).data
    expect(view).toMatchObject({
      status: 'authenticated',
      email: EMAIL,
      organizationId: 'org_demo',
      accountId: 'acc_demo',
    })
    expect(view.expiresAt).toBeGreaterThan(app.now())
    const cookie = verified.headers.getSetCookie()[0]!
    expect(cookie).toMatch(/^auth-state=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).toMatch(/Path=\//)
    expect(cookie).not.toMatch(/Secure/)
    expect(cookie.split(';')[0]!.length).toBeLessThan(4096)
    // Nothing the identity API issued appears in the answer or the cookie.
    for (const secret of app.dev.secrets()) {
      expect(text).not.toContain(secret)
      expect(cookie).not.toContain(secret)
    }

    const session = await app.call('/auth/session', jar, { bare: true })
    expect(session.headers.get('cache-control')).toBe('no-store')
    expect((await session.json()).data).toEqual(view)
    expect(
      await app.auth.getSession(new Request(ORIGIN, { headers: { cookie: jar.header() } })),
    ).toEqual(view)
  })

  it('answers unauthenticated without a cookie, and clears a forged one', async () => {
    const none = await app.call('/auth/session', null, { bare: true })
    expect((await none.json()).data).toEqual({ status: 'unauthenticated' })
    expect(none.headers.getSetCookie()).toEqual([])
    const forged = new Jar()
    forged.cookies.set('auth-state', 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC')
    const answer = await app.call('/auth/session', forged, { bare: true })
    expect((await answer.json()).data).toEqual({ status: 'unauthenticated' })
    expect(forged.cookies.size).toBe(0)
  })

  it('uses __Host- and Secure on https', async () => {
    const jar = new Jar()
    const send = await app.auth.handle(
      new Request('https://app.test/auth/otp/send', {
        method: 'POST',
        headers: {
          origin: 'https://app.test',
          'x-auth-state': '1',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ email: EMAIL }),
      }),
    )
    expect(send.status).toBe(200)
    const verify = await app.auth.handle(
      new Request('https://app.test/auth/otp/verify', {
        method: 'POST',
        headers: {
          origin: 'https://app.test',
          'x-auth-state': '1',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ email: EMAIL, code: app.dev.latestCode(EMAIL) }),
      }),
    )
    const cookie = verify.headers.getSetCookie()[0]!
    expect(cookie).toMatch(/^__Host-auth-state=/)
    expect(cookie).toMatch(/; Secure/)
    jar.take(verify)
    const session = await app.auth.getSession(
      new Request('https://app.test/', { headers: { cookie: jar.header() } }),
    )
    expect(session.status).toBe('authenticated')
  })

  it('a wrong code is otp_invalid with attemptsLeft, then otp_attempts_exhausted', async () => {
    const jar = new Jar()
    await app.call('/auth/otp/send', jar, { body: { email: EMAIL } })
    const real = app.dev.latestCode(EMAIL)!
    const wrong = real === '000000' ? '111111' : '000000'
    const lefts: number[] = []
    for (let i = 0; i < 3; i++) {
      const answer = await app.call('/auth/otp/verify', jar, {
        body: { email: EMAIL, code: wrong },
      })
      expect(answer.status).toBe(401)
      const { error } = await answer.json()
      expect(error.code).toBe('otp_invalid')
      expect(JSON.stringify(error)).not.toContain(wrong)
      lefts.push(error.attemptsLeft)
    }
    expect(lefts).toEqual([2, 1, 0])
    const exhausted = await app.call('/auth/otp/verify', jar, {
      body: { email: EMAIL, code: real },
    })
    expect((await exhausted.json()).error.code).toBe('otp_attempts_exhausted')
  })

  it('answers a send for an unregistered email exactly like a registered one', async () => {
    const a = await app.call('/auth/otp/send', null, { body: { email: 'nobody@example.com' } })
    const b = await app.call('/auth/otp/send', null, { body: { email: EMAIL } })
    expect(a.status).toBe(b.status)
    const [da, db] = [(await a.json()).data, (await b.json()).data]
    expect(Object.keys(da).sort()).toEqual(Object.keys(db).sort())
    expect(app.dev.latestCode('nobody@example.com')).toBeNull()
  })

  it('throttles sends per email: otp_cooldown, then otp_send_limit, with Retry-After', async () => {
    const first = await app.call('/auth/otp/send', null, { body: { email: EMAIL } })
    expect(first.status).toBe(200)
    const again = await app.call('/auth/otp/send', null, { body: { email: EMAIL } })
    expect(again.status).toBe(429)
    expect(again.headers.get('retry-after')).toBe('30')
    expect((await again.json()).error).toMatchObject({
      code: 'otp_cooldown',
      retryAfterSeconds: 30,
    })
    app.advance(31_000)
    await app.call('/auth/otp/send', null, { body: { email: EMAIL } })
    app.advance(31_000)
    // A third send 62 s after the first: the 60 s window has moved past the first one.
    expect((await app.call('/auth/otp/send', null, { body: { email: EMAIL } })).status).toBe(200)
    app.advance(20_000)
    const limited = await app.call('/auth/otp/send', null, { body: { email: EMAIL } })
    expect((await limited.json()).error.code).toBe('otp_cooldown')
  })

  it('switches organization and account, and refuses an id that cannot be a header', async () => {
    const jar = await app.signIn()
    const org = await app.call('/auth/organization', jar, {
      body: { organizationId: 'org_demo_labs' },
    })
    expect(org.status).toBe(200)
    expect((await org.json()).data.organizationId).toBe('org_demo_labs')
    const account = await app.call('/auth/account', jar, { body: { accountId: null } })
    expect((await account.json()).data.accountId).toBeNull()
    const bad = await app.call('/auth/organization', jar, { body: { organizationId: 'a\r\nb' } })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.code).toBe('invalid_input')
    const view = await app.auth.getSession(
      new Request(ORIGIN, { headers: { cookie: jar.header() } }),
    )
    expect(view).toMatchObject({ organizationId: 'org_demo_labs', accountId: null })
  })

  it('logs out: clears the cookie, forgets the session, revokes upstream; idempotent', async () => {
    const jar = await app.signIn()
    const stolen = jar.header()
    app.dev.stats.reset()
    const out = await app.call('/auth/logout', jar, { method: 'POST' })
    expect((await out.json()).data).toEqual({ status: 'unauthenticated', reason: 'signed-out' })
    expect(jar.cookies.size).toBe(0)
    expect(app.dev.stats.count('POST /identity/user/logout')).toBe(1)
    // The old cookie, replayed, no longer names a session.
    const replay = await app.auth.getSession(new Request(ORIGIN, { headers: { cookie: stolen } }))
    expect(replay).toEqual({ status: 'unauthenticated', reason: 'expired' })
    const again = await app.call('/auth/logout', null, { method: 'POST' })
    expect((await again.json()).data).toEqual({ status: 'unauthenticated', reason: 'signed-out' })
  })

  it('reads the session from bare Headers, as a Next.js server component has them', async () => {
    const jar = await app.signIn()
    const headers = new Headers({ cookie: jar.header() })
    expect(await app.auth.getSession(headers)).toMatchObject({
      status: 'authenticated',
      email: EMAIL,
    })
    await expect(app.auth.fetch(headers, '/network/v1/account')).resolves.toMatchObject({
      accountId: 'acc_demo',
    })
    expect(await app.auth.getSession(new Headers())).toEqual({ status: 'unauthenticated' })
  })

  it('a new sign-in over an old session ends and revokes the old one', async () => {
    const jar = await app.signIn()
    const old = jar.header()
    app.advance(31_000) // past the send cooldown
    app.dev.stats.reset()
    await app.signIn('demo@example.com', jar)
    expect(jar.header()).not.toBe(old)
    expect(app.dev.stats.count('POST /identity/user/logout')).toBe(1)
    expect(await app.auth.getSession(new Request(ORIGIN, { headers: { cookie: old } }))).toEqual({
      status: 'unauthenticated',
      reason: 'expired',
    })
  })

  it('answers GET and HEAD /session without the CSRF header, and 404 for unknown routes', async () => {
    expect((await app.call('/auth/session', null, { method: 'HEAD', bare: true })).status).toBe(200)
    expect((await app.call('/auth/nope', null, { method: 'POST', body: {} })).status).toBe(404)
    expect((await app.call('/elsewhere', null)).status).toBe(404)
    expect((await app.call('/auth/otp/send', null, { method: 'GET' })).status).toBe(405)
  })
})
