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

  it('keeps every time finite: exp beyond the number range is long past or far future', () => {
    // JSON.parse turns these into -Infinity and Infinity; JSON.stringify would then store null.
    const raw = (payload: string) => `e30.${Buffer.from(payload).toString('base64url')}.c2ln`
    const past = tokenTimes(raw('{"exp":-1e400}'), now)
    expect(past.expiresAt).toBeLessThan(now)
    expect(Number.isFinite(past.expiresAt)).toBe(true)
    expect(JSON.parse(JSON.stringify(past)).expiresAt).toBe(past.expiresAt)
    const future = tokenTimes(raw('{"iat":-1e400,"exp":1e400}'), now)
    expect(Number.isFinite(future.expiresAt)).toBe(true)
    expect(Number.isFinite(future.lifetimeMs)).toBe(true)
    expect(future.expiresAt).toBeGreaterThan(now)
  })
})
