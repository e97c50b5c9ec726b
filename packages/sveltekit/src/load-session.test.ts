import { isRedirect } from '@sveltejs/kit'
import { describe, expect, it } from 'vitest'
import type { SessionView } from './index'
import { loadSession } from './load-session'

const signedIn: SessionView = {
  status: 'authenticated',
  email: 'demo@example.com',
  organizationId: 'org_demo',
  accountId: 'acc_demo',
  expiresAt: 2,
  refreshedAt: 1,
  sessionExpiresAt: null,
}
const signedOut: SessionView = { status: 'unauthenticated', reason: 'expired' }

/** Where the load sent the visitor, or null when it returned the session. */
function run(load: ReturnType<typeof loadSession>, session: SessionView, path: string) {
  try {
    expect(load({ locals: { session }, url: new URL(`http://app.test${path}`) })).toEqual({
      session,
    })
    return null
  } catch (error) {
    if (!isRedirect(error)) throw error
    expect(error.status).toBe(303)
    return error.location
  }
}

describe('loadSession', () => {
  const load = loadSession({ guard: ['/account', '/settings/'], home: '/account' })

  it('sends a visitor without a session from a guarded path to sign-in, keeping path and query', () => {
    expect(run(load, signedOut, '/account')).toBe('/sign-in?next=%2Faccount')
    expect(run(load, signedOut, '/account/keys?tab=2')).toBe(
      '/sign-in?next=%2Faccount%2Fkeys%3Ftab%3D2',
    )
    expect(run(load, signedOut, '/settings')).toBe('/sign-in?next=%2Fsettings')
    expect(run(load, { status: 'unauthenticated' }, '/settings/x')).toBe(
      '/sign-in?next=%2Fsettings%2Fx',
    )
  })

  it('lets anyone through elsewhere, and a signed-in visitor through guarded paths', () => {
    expect(run(load, signedOut, '/')).toBeNull()
    expect(run(load, signedOut, '/accounts')).toBeNull()
    expect(run(load, signedOut, '/sign-in?next=%2Faccount')).toBeNull()
    expect(run(load, signedIn, '/account')).toBeNull()
    expect(run(load, signedIn, '/settings')).toBeNull()
  })

  it('sends a signed-in visitor away from sign-in: to ?next= when it is a path here, else home', () => {
    expect(run(load, signedIn, '/sign-in?next=%2Fsettings%3Fa%3D1')).toBe('/settings?a=1')
    expect(run(load, signedIn, '/sign-in')).toBe('/account')
    expect(run(load, signedIn, '/sign-in?next=https://evil.test/')).toBe('/account')
    expect(run(load, signedIn, '/sign-in?next=%2F%2Fevil.test')).toBe('/account')
    expect(run(load, signedIn, '/sign-in?next=/%5Cevil.test')).toBe('/account')
  })

  it('defaults: no guard, /sign-in, home /', () => {
    const plain = loadSession()
    expect(run(plain, signedOut, '/account')).toBeNull()
    expect(run(plain, signedIn, '/sign-in')).toBe('/')
  })
})
