// @vitest-environment node
// The route helpers on the real handler in front of the real dev identity server (loopback): a
// request signs in as a page would (CSRF header, same Origin), then the loaders read its cookie.
import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AuthRoutes, createAuthRoutes } from './auth-routes'

const ORIGIN = 'http://app.test'
const EMAIL = 'demo@example.com'
let dev: DevServer
let auth: AuthRoutes

beforeEach(async () => {
  dev = await startDevServer({ port: 0, otp: { cooldownSeconds: 0, maxSendsPerMinute: 100 } })
  auth = createAuthRoutes({
    apiURL: dev.url,
    secret: 'react-router-test-secret-0123456789-abcdef',
    proxy: ['/network/v1/'],
    pages: { afterSignIn: '/account' },
  })
})
afterEach(() => dev.close())

const post = (path: string, body: unknown) =>
  auth.handler({
    request: new Request(`${ORIGIN}/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-state': '1', origin: ORIGIN },
      body: JSON.stringify(body),
    }),
  })

/** Signs in through the handler; the `cookie` header a browser would then send. */
async function signIn(): Promise<string> {
  expect((await post('/otp/send', { email: EMAIL })).status).toBe(200)
  const verified = await post('/otp/verify', { email: EMAIL, code: dev.latestCode(EMAIL) })
  expect(verified.status).toBe(200)
  return verified.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}

const page = (path: string, cookie?: string) => ({
  request: new Request(`${ORIGIN}${path}`, { headers: cookie ? { cookie } : {} }),
})

/** The redirect a loader threw, as React Router would follow it. */
async function thrown(run: Promise<unknown>): Promise<string | null> {
  const response = await run.then(
    () => null,
    (error: unknown) => error,
  )
  if (!(response instanceof Response)) throw response ?? new Error('no redirect thrown')
  expect([302, 303, 307]).toContain(response.status)
  return response.headers.get('location')
}

describe('createAuthRoutes', () => {
  it('guardLoader: a visitor with no session is sent to sign in with the path in ?next=', async () => {
    expect(await thrown(auth.guardLoader(page('/account?tab=2')))).toBe(
      '/sign-in?next=%2Faccount%3Ftab%3D2',
    )
    // A cookie the server did not seal is no session either.
    expect(await thrown(auth.guardLoader(page('/account', 'auth-state=forged')))).toBe(
      '/sign-in?next=%2Faccount',
    )
  })

  it('guardLoader and rootLoader: the verified session as the page shows it, never a time or token', async () => {
    const cookie = await signIn()
    for (const loaded of [
      await auth.guardLoader(page('/account', cookie)),
      await auth.rootLoader(page('/', cookie)),
    ])
      expect(loaded).toEqual({
        session: {
          status: 'authenticated',
          email: EMAIL,
          organizationId: 'org_demo',
          accountId: 'acc_demo',
        },
      })
    expect(await auth.rootLoader(page('/'))).toEqual({ session: { status: 'unauthenticated' } })
  })

  it('signInLoader: a signed-in visitor goes to a safe ?next=, else afterSignIn, never back to sign-in', async () => {
    const cookie = await signIn()
    expect(await thrown(auth.signInLoader(page('/sign-in?next=%2Fsettings', cookie)))).toBe(
      '/settings',
    )
    expect(await thrown(auth.signInLoader(page('/sign-in?next=%2F%2Fevil.test', cookie)))).toBe(
      '/account',
    )
    // `?next=/sign-in` would loop: the sign-in page sends the visitor to itself.
    expect(await thrown(auth.signInLoader(page('/sign-in?next=%2Fsign-in', cookie)))).toBe(
      '/account',
    )
    // Signed out: what the plain form shows, posting to the handler's form routes.
    const { form } = await auth.signInLoader(page('/sign-in?next=%2Fsettings'))
    expect(form).toMatchObject({ step: 'email', email: null, next: '/settings' })
    expect(form.actions.send).toBe('/auth/form/send')
  })

  it('fetch: server data for the session; a session the API has ended throws the sign-in redirect', async () => {
    const cookie = await signIn()
    const account = await auth.fetch(page('/account', cookie).request, '/network/v1/account')
    expect(account).toMatchObject({ organizationName: 'Demo Company' })
    // The API refuses every refresh, and its clock is past the access token's expiry.
    dev.faults.add({ route: '/identity/user/refresh-token', status: 401, times: -1 })
    dev.clock.offsetSeconds = 3600
    const request = page('/account?tab=2', cookie).request
    expect(await thrown(auth.fetch(request, '/network/v1/account'))).toBe(
      '/sign-in?next=%2Faccount%3Ftab%3D2',
    )
    // Another failure is the AuthError it was.
    dev.clock.offsetSeconds = 0
    dev.faults.clear()
    await expect(auth.fetch(page('/').request, 'https://elsewhere.test/x')).rejects.toMatchObject({
      code: expect.any(String),
    })
  })

  it('headers: personalised HTML is private and never stored; handler: the handler itself', async () => {
    expect(auth.headers()).toEqual({ 'Cache-Control': 'private, no-store' })
    const response = await auth.handler(page('/auth/session'))
    expect(await response.json()).toEqual({ status: true, data: { status: 'unauthenticated' } })
  })
})
