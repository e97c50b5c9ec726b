import { describe, expect, it } from 'vitest'
import { defaultGuard } from '../options'
import { type RouteLike, redirectFor } from './rules'

const guard = { ...defaultGuard, protect: ['/account', '/settings/'], home: '/account' }

function route(fullPath: string, meta: RouteLike['meta'] = {}): RouteLike {
  const url = new URL(fullPath, 'http://app.test')
  return { path: url.pathname, fullPath, query: Object.fromEntries(url.searchParams), meta }
}

describe('redirectFor', () => {
  it('sends a signed-out visitor of a protected prefix to sign-in, keeping path and query', () => {
    expect(redirectFor(route('/account'), 'unauthenticated', guard)).toBe(
      '/sign-in?next=%2Faccount',
    )
    expect(redirectFor(route('/settings/profile?tab=2'), 'unauthenticated', guard)).toBe(
      '/sign-in?next=%2Fsettings%2Fprofile%3Ftab%3D2',
    )
    expect(redirectFor(route('/settings'), 'unauthenticated', guard)).toBe(
      '/sign-in?next=%2Fsettings',
    )
  })

  it('protects whole path segments only, and pages that opt in with meta.auth', () => {
    expect(redirectFor(route('/accounting'), 'unauthenticated', guard)).toBeUndefined()
    expect(redirectFor(route('/'), 'unauthenticated', guard)).toBeUndefined()
    expect(redirectFor(route('/billing', { auth: true }), 'unauthenticated', guard)).toBe(
      '/sign-in?next=%2Fbilling',
    )
  })

  it('never redirects while the session is loading, nor a signed-in visitor of a guarded page', () => {
    expect(redirectFor(route('/account'), 'loading', guard)).toBeUndefined()
    expect(redirectFor(route('/account'), 'authenticated', guard)).toBeUndefined()
  })

  it('sends a signed-in visitor of the sign-in page to a safe ?next=, else home', () => {
    expect(redirectFor(route('/sign-in?next=%2Fsettings'), 'authenticated', guard)).toBe(
      '/settings',
    )
    expect(redirectFor(route('/sign-in'), 'authenticated', guard)).toBe('/account')
    for (const next of ['%2F%2Fevil.example', 'https%3A%2F%2Fevil.example', '%2F%5Cevil.example'])
      expect(redirectFor(route(`/sign-in?next=${next}`), 'authenticated', guard)).toBe('/account')
    expect(redirectFor(route('/sign-in'), 'unauthenticated', guard)).toBeUndefined()
  })
})
