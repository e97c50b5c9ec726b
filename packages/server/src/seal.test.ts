import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AuthError, createAuthServer } from '../src/index'
import { type CookieSession, createSealer, MAX_COOKIE_VALUE } from '../src/seal'

const SECRET = 'a-first-secret-of-at-least-32-characters'
const OTHER = 'another-secret-of-at-least-32-characters'
const NOW = Date.UTC(2026, 11, 6)

const session: CookieSession = {
  id: 'Zq3v0aXh0m8yJx9Kb2c1N4d5e6f7g8h9i0j1k2l3m4n',
  email: 'demo@example.com',
  organizationId: 'org_demo',
  accountId: 'acc_demo',
  expiresAt: NOW + 300_000,
  refreshedAt: NOW,
  sessionExpiresAt: NOW + 30 * 24 * 3600_000,
}

describe('sealing', () => {
  it('round-trips, and the seal is a JWE (dir, A256GCM) that does not show its contents', async () => {
    const sealer = createSealer([SECRET], () => NOW)
    const sealed = await sealer.seal(session)
    expect(await sealer.unseal(sealed)).toEqual(session)
    const header = JSON.parse(atob(sealed.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/')))
    expect(header).toEqual({ alg: 'dir', enc: 'A256GCM' })
    expect(sealed).not.toContain('demo')
    expect(sealed.split('.')[1]).toBe('') // dir: no encrypted key
  })

  it('stays under 4 KB with the longest email and ids it accepts', async () => {
    const sealer = createSealer([SECRET], () => NOW)
    const long = {
      ...session,
      email: `${'a'.repeat(64)}@${'b'.repeat(185)}.com`,
      organizationId: 'o'.repeat(256),
      accountId: 'c'.repeat(256),
    }
    const sealed = await sealer.seal(long)
    expect(`__Host-auth-state=${sealed}`.length).toBeLessThan(MAX_COOKIE_VALUE)
    expect(await sealer.unseal(sealed)).toEqual(long)
  })

  it('rotates: the first secret seals, any unseals; a removed secret no longer does', async () => {
    const old = createSealer([OTHER], () => NOW)
    const rotated = createSealer([SECRET, OTHER], () => NOW)
    const sealedOld = await old.seal(session)
    expect(await rotated.unseal(sealedOld)).toEqual(session)
    const sealedNew = await rotated.seal(session)
    expect(await createSealer([SECRET], () => NOW).unseal(sealedNew)).toEqual(session)
    expect(await old.unseal(sealedNew)).toBeNull()
    expect(await createSealer([SECRET], () => NOW).unseal(sealedOld)).toBeNull()
  })

  it('reads an expired seal as nothing', async () => {
    const sealed = await createSealer([SECRET], () => NOW).seal(session)
    expect(
      await createSealer([SECRET], () => session.sessionExpiresAt + 1000).unseal(sealed),
    ).toBeNull()
  })

  it('any change to the cookie (flipped bits, truncation, another secret) reads as nothing and never throws (10k runs)', async () => {
    const sealer = createSealer([SECRET], () => NOW)
    const other = createSealer([OTHER], () => NOW)
    const sealed = await sealer.seal(session)
    const foreign = await other.seal(session)
    expect(await sealer.unseal(sealed)).toEqual(session)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'
    const change = fc.oneof(
      // Flip one bit of one character.
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.nat(),
        bit: fc.integer({ min: 0, max: 6 }),
      }),
      // Replace one character with another of the base64url alphabet.
      fc.record({
        kind: fc.constant('swap' as const),
        at: fc.nat(),
        to: fc.constantFrom(...alphabet),
      }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('append' as const),
        text: fc.string({ minLength: 1, maxLength: 8 }),
      }),
      fc.record({ kind: fc.constant('foreign' as const), at: fc.nat() }),
    )
    await fc.assert(
      fc.asyncProperty(change, async (c) => {
        let value: string
        if (c.kind === 'foreign') value = foreign
        else if (c.kind === 'truncate') value = sealed.slice(0, c.at % sealed.length)
        else if (c.kind === 'append') value = sealed + c.text
        else {
          const at = c.at % sealed.length
          const original = sealed[at]!
          const next =
            c.kind === 'flip' ? String.fromCharCode(original.charCodeAt(0) ^ (1 << c.bit)) : c.to
          if (next === original) return // not a change
          // Even a change in the unused bits of a part's last character must not unseal.
          value = sealed.slice(0, at) + next + sealed.slice(at + 1)
        }
        const result = await sealer.unseal(value)
        expect(result).toBeNull()
      }),
      { numRuns: 10_000 },
    )
  }, 120_000)
})

describe('secret checks at startup', () => {
  const base = { apiURL: 'http://127.0.0.1:1' }
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['short', 'x'.repeat(31)],
    ['an empty list', []],
    ['a short one in the list', [SECRET, 'short']],
    ['not a string', 42],
  ])('refuses a secret that is %s with invalid_input', (_, secret) => {
    let error: unknown
    try {
      createAuthServer({ ...base, secret: secret as string })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AuthError)
    expect((error as AuthError).code).toBe('invalid_input')
    expect((error as AuthError).message).toMatch(/secret/)
  })

  it('accepts 32 characters and a list', () => {
    expect(() => createAuthServer({ ...base, secret: 'x'.repeat(32) })).not.toThrow()
    expect(() => createAuthServer({ ...base, secret: [SECRET, OTHER] })).not.toThrow()
  })
})
