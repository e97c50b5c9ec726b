import { describe, expect, it } from 'vitest'
import { jwt } from '../test/identity-server'
import { tokenTimes } from './jwt'

describe('tokenTimes', () => {
  const now = 1_700_000_000_000

  it('places expiry relative to now using the lifetime exp - iat', () => {
    // Server clock two hours ahead of ours: the lifetime is what matters.
    const iat = now / 1000 + 7200
    expect(tokenTimes(jwt({ iat, exp: iat + 300 }), now)).toEqual({
      expiresAt: now + 300_000,
      lifetimeMs: 300_000,
    })
  })

  it('falls back to exp alone when there is no iat', () => {
    expect(tokenTimes(jwt({ exp: now / 1000 + 100 }), now)).toEqual({
      expiresAt: now + 100_000,
      lifetimeMs: 100_000,
    })
  })

  it('knows nothing for a token without exp, or an opaque or broken one', () => {
    for (const token of [jwt({ sub: 'x' }), 'opaque-token', 'a.!!!.c', 'a.bnVsbA.c'])
      expect(tokenTimes(token, now)).toEqual({ expiresAt: null, lifetimeMs: null })
  })
})
