import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { createAuthServer } from '@auth-state/server'
import { isRedirect } from '@sveltejs/kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionView } from './index'
import { loadSession } from './load-session'

const SECRET = 'sveltekit-test-secret-0123456789-abcdef'
const signedIn: SessionView = {
  status: 'authenticated',
  email: 'demo@example.com',
  organizationId: 'org_demo',
  accountId: 'acc_demo',
  expiresAt: 2,
  refreshedAt: 1,
  sessionExpiresAt: null,
  idleExpiresAt: null,
}
const signedOut: SessionView = { status: 'unauthenticated', reason: 'expired' }

// The session is given (the handle's job, tested there); the pages and the sign-in form's state
// come from a real server's options and the request's cookie.
let dev: DevServer
beforeAll(async () => {
  dev = await startDevServer({ port: 0 })
})
afterAll(() => dev.close())
const server = (pages?: { signIn?: string; afterSignIn?: string }) =>
  createAuthServer({ apiURL: dev.url, secret: SECRET, ...(pages ? { pages } : {}) })

/** Where the load sent the visitor, or what it returned. */
function run(
  load: ReturnType<typeof loadSession>,
  session: SessionView,
  path: string,
  auth = server({ afterSignIn: '/account' }),
  cookie = '',
) {
  const url = new URL(`http://app.test${path}`)
  const request = new Request(url, { headers: cookie ? { cookie } : {} })
  try {
    return { data: load({ locals: { session, auth }, url, request }), to: null }
  } catch (error) {
    if (!isRedirect(error)) throw error
    expect(error.status).toBe(303)
    return { data: null, to: error.location }
  }
}

describe('loadSession', () => {
  const load = loadSession({ guard: ['/account', '/settings/'] })

  it('sends a visitor without a session from a guarded path to sign-in, keeping path and query', () => {
    expect(run(load, signedOut, '/account').to).toBe('/sign-in?next=%2Faccount')
    expect(run(load, signedOut, '/account/keys?tab=2').to).toBe(
      '/sign-in?next=%2Faccount%2Fkeys%3Ftab%3D2',
    )
    expect(run(load, signedOut, '/settings').to).toBe('/sign-in?next=%2Fsettings')
    expect(run(load, { status: 'unauthenticated' }, '/settings/x').to).toBe(
      '/sign-in?next=%2Fsettings%2Fx',
    )
    expect(run(load, signedOut, '/account', server({ signIn: '/login' })).to).toBe(
      '/login?next=%2Faccount',
    )
  })

  it('lets anyone through elsewhere, and a signed-in visitor through guarded paths', () => {
    expect(run(load, signedOut, '/')).toEqual({
      data: { session: signedOut, signIn: null },
      to: null,
    })
    expect(run(load, signedOut, '/accounts').to).toBeNull()
    expect(run(load, signedIn, '/account')).toEqual({
      data: { session: signedIn, signIn: null },
      to: null,
    })
    expect(run(load, signedIn, '/settings').to).toBeNull()
  })

  it('sends a signed-in visitor away from sign-in: to ?next= when it is a path here, else afterSignIn', () => {
    expect(run(load, signedIn, '/sign-in?next=%2Fsettings%3Fa%3D1').to).toBe('/settings?a=1')
    expect(run(load, signedIn, '/sign-in').to).toBe('/account')
    expect(run(load, signedIn, '/sign-in?next=https://evil.test/').to).toBe('/account')
    expect(run(load, signedIn, '/sign-in?next=%2F%2Fevil.test').to).toBe('/account')
    expect(run(load, signedIn, '/sign-in?next=/%5Cevil.test').to).toBe('/account')
    expect(run(load, signedIn, '/sign-in', server()).to).toBe('/')
  })

  it("gives the sign-in page its form's state: the safe ?next= and where each form posts", () => {
    const { data } = run(load, signedOut, '/sign-in?next=%2Faccount')
    expect(data?.signIn).toMatchObject({
      step: 'email',
      email: null,
      next: '/account',
      actions: { send: '/auth/form/send', verify: '/auth/form/verify' },
    })
    expect(run(load, signedOut, '/sign-in?next=%2F%2Fevil.test').data?.signIn?.next).toBeNull()
  })

  it('without a guard, guards nothing', () => {
    expect(run(loadSession(), signedOut, '/account').to).toBeNull()
  })
})
