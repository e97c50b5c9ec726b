import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { isRedirect, type RequestEvent } from '@sveltejs/kit'
import type { Handle } from '@sveltejs/kit/hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleAuth } from './handle'

// The handle against a real handler over the dev identity server on loopback; SvelteKit's side
// is the Handle contract itself: an event (request, url, locals) and a `resolve`.
const ORIGIN = 'http://app.test'
const EMAIL = 'demo@example.com'
const SECRET = 'sveltekit-test-secret-0123456789-abcdef'

let dev: DevServer
let handle: Handle
beforeAll(async () => {
  dev = await startDevServer({ port: 0, otp: { cooldownSeconds: 0, maxSendsPerMinute: 1000 } })
  handle = handleAuth({
    apiURL: dev.url,
    secret: SECRET,
    proxy: ['/network/v1/'],
    // Every test signs in afresh with one email: no gap between sends here.
    throttle: { sendPerEmail: { max: 100, windowSeconds: 60, gapSeconds: 0 } },
  })
})
afterAll(() => dev.close())

/** One request through the hook; `render` plays the page, reading what the hook left in locals. */
async function request(
  path: string,
  cookie = '',
  init: RequestInit = {},
  render: (locals: App.Locals) => Promise<Response> | Response = () => new Response('<p>page</p>'),
): Promise<{ response: Response; locals: App.Locals; rendered: boolean }> {
  const headers = new Headers(init.headers)
  if (cookie) headers.set('cookie', cookie)
  const req = new Request(ORIGIN + path, { ...init, headers })
  const locals = {} as App.Locals
  let rendered = false
  const event = { request: req, url: new URL(req.url), locals } as unknown as RequestEvent
  const response = await handle({
    event,
    resolve: async () => {
      rendered = true
      return render(locals)
    },
  })
  return { response, locals, rendered }
}

async function signIn(): Promise<string> {
  const post = (path: string, body: unknown, cookie = '') =>
    request(path, cookie, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-state': '1', origin: ORIGIN },
      body: JSON.stringify(body),
    })
  const sent = await post('/auth/otp/send', { email: EMAIL })
  expect(sent.response.status).toBe(200)
  const code = dev.inbox.latest(EMAIL)
  const verified = await post('/auth/otp/verify', { email: EMAIL, code })
  expect(verified.response.status).toBe(200)
  return verified.response.headers.getSetCookie()[0]!.split(';')[0]!
}

/** Where a SvelteKit redirect thrown by `call` points (303), or a failure. */
async function redirectOf(call: Promise<unknown>): Promise<string> {
  try {
    await call
  } catch (error) {
    if (!isRedirect(error)) throw error
    expect(error.status).toBe(303)
    return error.location
  }
  throw new Error('no redirect')
}

describe('handleAuth', () => {
  it('answers /auth/* itself: the page is not rendered and locals are not needed', async () => {
    const { response, rendered } = await request('/auth/session')
    expect(rendered).toBe(false)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: true, data: { status: 'unauthenticated' } })
    // A path that only starts like the base is the app's.
    expect((await request('/authors')).rendered).toBe(true)
  })

  it('without a cookie: an unauthenticated session, and the page keeps its own caching', async () => {
    const { response, locals, rendered } = await request('/account', '', {}, () => {
      return new Response('<p>public</p>', { headers: { 'cache-control': 'public, max-age=60' } })
    })
    expect(rendered).toBe(true)
    expect(locals.session).toEqual({ status: 'unauthenticated' })
    expect(response.headers.get('cache-control')).toBe('public, max-age=60')
    expect(await redirectOf(locals.fetch('/network/v1/account'))).toBe('/sign-in?next=%2Faccount')
  })

  it('signed in: the verified session and the API as this user in locals, and a private, no-store page', async () => {
    const cookie = await signIn()
    const { response, locals } = await request('/account', cookie, {}, async (l) => {
      const account = (await l.fetch('/network/v1/account')) as { organizationName: string }
      // Immutable headers, as a response passed through from fetch has.
      return Response.redirect(`${ORIGIN}/${account.organizationName.length}`, 303)
    })
    expect(locals.session).toMatchObject({
      status: 'authenticated',
      email: EMAIL,
      organizationId: 'org_demo',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const page = await request(
      '/',
      cookie,
      {},
      () => new Response('<p>hi</p>', { headers: { 'cache-control': 'public, max-age=600' } }),
    )
    expect(page.response.headers.get('cache-control')).toBe('private, no-store')
    const account = await locals.fetch('/network/v1/account')
    expect(account).toMatchObject({ organizationName: 'Demo Company', accountId: 'acc_demo' })
    for (const secret of dev.secrets()) expect(JSON.stringify(locals.session)).not.toContain(secret)
  })

  it('locals.fetch: a session that ends under the call sends the visitor to sign-in; other failures reject', async () => {
    const cookie = await signIn()
    const { locals } = await request('/account?tab=2', cookie)
    // The API refuses the token, then the refresh token: the session has ended.
    dev.faults.add({ route: '/network/v1/account', status: 401, times: 1 })
    dev.faults.add({ route: '/identity/user/refresh-token', status: 401, times: -1 })
    try {
      expect(await redirectOf(locals.fetch('/network/v1/account'))).toBe(
        '/sign-in?next=%2Faccount%3Ftab%3D2',
      )
    } finally {
      dev.faults.clear()
    }
    const again = await request('/', cookie)
    expect(again.locals.session).toMatchObject({ status: 'unauthenticated' })
    // Not an ended session: the AuthError itself.
    await expect(locals.fetch('//elsewhere')).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('a forged or tampered cookie reads as signed out', async () => {
    const cookie = await signIn()
    const [name, value] = cookie.split('=') as [string, string]
    const tampered = `${name}=${value.slice(0, -4)}${value.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`
    for (const forged of [tampered, `${name}=forged`]) {
      const { locals, response } = await request('/account', forged)
      expect(locals.session.status).toBe('unauthenticated')
      expect(response.headers.get('cache-control')).toBeNull()
    }
  })

  it('honours basePath', async () => {
    const mounted = handleAuth({ apiURL: dev.url, secret: SECRET, basePath: '/api/auth/' })
    let rendered = false
    const response = await mounted({
      event: {
        request: new Request(`${ORIGIN}/api/auth/session`),
        url: new URL(`${ORIGIN}/api/auth/session`),
        locals: {},
      } as unknown as RequestEvent,
      resolve: async () => {
        rendered = true
        return new Response('')
      },
    })
    expect(rendered).toBe(false)
    expect(response.status).toBe(200)
  })

  it('refuses a short secret at startup', () => {
    expect(() => handleAuth({ apiURL: dev.url, secret: 'short' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })

  it('takes apiURL and secret from AUTH_API_URL and AUTH_SECRET; refuses to start without them', async () => {
    const saved = { url: process.env.AUTH_API_URL, secret: process.env.AUTH_SECRET }
    try {
      delete process.env.AUTH_API_URL
      delete process.env.AUTH_SECRET
      expect(() => handleAuth()).toThrow(expect.objectContaining({ code: 'invalid_input' }))
      process.env.AUTH_API_URL = dev.url
      expect(() => handleAuth()).toThrow(expect.objectContaining({ code: 'invalid_input' }))
      process.env.AUTH_SECRET = SECRET
      const fromEnv = handleAuth()
      const response = await fromEnv({
        event: {
          request: new Request(`${ORIGIN}/auth/session`),
          url: new URL(`${ORIGIN}/auth/session`),
          locals: {},
        } as unknown as RequestEvent,
        resolve: async () => new Response(''),
      })
      expect(await response.json()).toEqual({ status: true, data: { status: 'unauthenticated' } })
    } finally {
      for (const [name, value] of [
        ['AUTH_API_URL', saved.url],
        ['AUTH_SECRET', saved.secret],
      ] as const)
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
    }
  })
})
