import { describe, expect, it } from 'vitest'
import { appHarness, EMAIL, Jar, ORIGIN } from '../test/app'

const app = appHarness({}, { pages: { afterSignIn: '/account' } })

/** A plain `<form method="post">` from a page of ORIGIN: urlencoded, an Origin, no x-auth-state. */
function post(action: string, jar: Jar, fields: Record<string, string>, origin = ORIGIN) {
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
  }
  if (origin) headers.origin = origin
  return app.call(`/auth/form/${action}`, jar, {
    bare: true,
    method: 'POST',
    headers,
    body: new URLSearchParams(fields).toString(),
  })
}

const flowOf = (jar: Jar) => JSON.parse(decodeURIComponent(jar.cookies.get('auth-state-flow')!))

describe('form posts: sign-in before the script has loaded', () => {
  it('send then verify answer only redirects, keep the email and ?next=, and sign in', async () => {
    const jar = new Jar()
    const sent = await post('send', jar, { email: ` ${EMAIL} `, next: '/account?tab=2' })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe('/sign-in?next=%2Faccount%3Ftab%3D2')
    expect(await sent.text()).toBe('')
    expect(flowOf(jar)).toMatchObject({ email: EMAIL, attemptsLeft: 3 })
    // The flow cookie is for page script (it adopts the flow): never HttpOnly, never a code.
    const line = sent.headers.getSetCookie().find((c) => c.startsWith('auth-state-flow='))!
    expect(line).not.toMatch(/HttpOnly/)
    expect(
      app.auth.signInForm(
        new Request(`${ORIGIN}/sign-in?next=%2Faccount`, { headers: { cookie: jar.header() } }),
      ),
    ).toMatchObject({
      step: 'code',
      email: EMAIL,
      next: '/account',
      error: null,
      actions: { send: '/auth/form/send', verify: '/auth/form/verify' },
    })

    const code = app.dev.latestCode(EMAIL)!
    const wrong = await post('verify', jar, {
      email: EMAIL,
      code: code === '000000' ? '111111' : '000000',
      next: '/account?tab=2',
    })
    expect(wrong.status).toBe(303)
    expect(wrong.headers.get('location')).toBe('/sign-in?next=%2Faccount%3Ftab%3D2')
    expect(flowOf(jar)).toMatchObject({ email: EMAIL, attemptsLeft: 2, error: 'otp_invalid' })
    for (const secret of app.dev.secrets()) expect(jar.header()).not.toContain(secret)

    const verified = await post('verify', jar, { email: EMAIL, code, next: '/account?tab=2' })
    expect(verified.status).toBe(303)
    expect(verified.headers.get('location')).toBe('/account?tab=2')
    expect(jar.cookies.has('auth-state-flow')).toBe(false)
    const session = await app.auth.getSession(
      new Request(ORIGIN, { headers: { cookie: jar.header() } }),
    )
    expect(session).toMatchObject({ status: 'authenticated', email: EMAIL })
  })

  it('an unsafe ?next= falls back to pages.afterSignIn', async () => {
    const jar = new Jar()
    await post('send', jar, { email: EMAIL, next: '//evil.example' })
    const verified = await post('verify', jar, {
      email: EMAIL,
      code: app.dev.latestCode(EMAIL)!,
      next: '//evil.example',
    })
    expect(verified.headers.get('location')).toBe('/account')
  })

  it('refuses a post from another origin, or with no Origin: a redirect, and nothing sent', async () => {
    for (const origin of ['https://evil.example', '']) {
      const jar = new Jar()
      const refused = await post('send', jar, { email: EMAIL }, origin)
      expect(refused.status).toBe(303)
      expect(refused.headers.get('location')).toBe('/sign-in')
      expect(jar.cookies.size).toBe(0)
    }
    expect(app.dev.latestCode(EMAIL)).toBeNull()
    // JSON with no x-auth-state is still refused on the JSON endpoints.
    const json = await app.call('/auth/otp/send', null, {
      bare: true,
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      body: { email: EMAIL },
    })
    expect(json.status).toBe(403)
  })

  it('a bad email keeps what was typed and names the error; reset forgets the flow', async () => {
    const jar = new Jar()
    await post('send', jar, { email: 'not-an-email', next: '/settings' })
    expect(flowOf(jar)).toEqual({ email: 'not-an-email', error: 'invalid_input' })
    const form = app.auth.signInForm(new Headers({ cookie: jar.header() }))
    expect(form).toMatchObject({
      step: 'email',
      email: 'not-an-email',
      error: 'invalid_input',
      next: null,
    })
    const reset = await post('reset', jar, { next: '/settings' })
    expect(reset.headers.get('location')).toBe('/sign-in?next=%2Fsettings')
    expect(jar.cookies.has('auth-state-flow')).toBe(false)
  })

  it('logout by form ends the session and redirects to the sign-in page', async () => {
    const jar = await app.signIn()
    const out = await post('logout', jar, {})
    expect(out.status).toBe(303)
    expect(out.headers.get('location')).toBe('/sign-in')
    expect(jar.cookies.has('auth-state')).toBe(false)
  })
})

describe('guard, signedInRedirect', () => {
  it('guard: the session, or the sign-in page with the path and query in ?next=', async () => {
    const out = await app.auth.guard(new Request(`${ORIGIN}/account?tab=2`))
    expect(out).toEqual({
      session: { status: 'unauthenticated' },
      redirect: '/sign-in?next=%2Faccount%3Ftab%3D2',
    })
    expect((await app.auth.guard(new Headers(), { path: '/settings' })).redirect).toBe(
      '/sign-in?next=%2Fsettings',
    )
    const jar = await app.signIn()
    const signedIn = await app.auth.guard(
      new Request(`${ORIGIN}/account`, { headers: { cookie: jar.header() } }),
    )
    expect(signedIn.redirect).toBeNull()
    expect(signedIn.session).toMatchObject({ status: 'authenticated', email: EMAIL })
    // A forged cookie is a signed-out visitor.
    const forged = await app.auth.guard(
      new Request(`${ORIGIN}/account`, {
        headers: { cookie: 'auth-state=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC' },
      }),
    )
    expect(forged.redirect).toBe('/sign-in?next=%2Faccount')
  })

  it('signedInRedirect: ?next= when safe, else pages.afterSignIn; null when signed out', async () => {
    const url = `${ORIGIN}/sign-in?next=%2Fsettings`
    expect(await app.auth.signedInRedirect(new Request(url))).toBeNull()
    const jar = await app.signIn()
    const cookie = { cookie: jar.header() }
    expect(await app.auth.signedInRedirect(new Request(url, { headers: cookie }))).toBe('/settings')
    expect(
      await app.auth.signedInRedirect(
        new Request(`${ORIGIN}/sign-in?next=//evil`, { headers: cookie }),
      ),
    ).toBe('/account')
    expect(await app.auth.signedInRedirect(new Headers(cookie), { next: null })).toBe('/account')
  })

  it('pages must be paths of this app', async () => {
    expect(() => app.remake({ pages: { signIn: 'https://evil.example/' } })).toThrow(/pages.signIn/)
  })
})
