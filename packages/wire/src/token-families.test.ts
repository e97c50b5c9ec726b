import { describe, expect, it } from 'vitest'
import { FAMILY_LIMITS, TokenFamilies } from './token-families'

const subject = { email: 'a@b.c', accountId: 'acc', organizationId: 'org' }

function setup(graceSeconds = 10, accessTtlSeconds?: number, refreshTtlSeconds?: number) {
  const clock = { t: 0 }
  // Distinct tokens however many are minted: a counter spread over the 64-letter alphabet.
  let n = 0
  const random = () => ((n++ * 0.6180339887) % 1) as number
  const dropped: string[] = []
  const families = new TokenFamilies({
    graceSeconds,
    accessTtlSeconds,
    refreshTtlSeconds,
    env: { now: () => clock.t, random },
    onDrop: (id) => dropped.push(id),
  })
  return { clock, families, dropped }
}

describe('TokenFamilies', () => {
  it('rotates: each refresh token is exchanged for a new one', () => {
    const { families } = setup()
    const { refreshToken: rt1 } = families.open(subject)
    const second = families.rotate(rt1)
    expect(second).toMatchObject({ ok: true, replay: false })
    expect(second.ok && second.refreshToken).not.toBe(rt1)
  })

  it('refuses a refresh token past its lifetime, without revoking the family', () => {
    const { clock, families } = setup(10, undefined, 60)
    const { session, refreshToken: rt1 } = families.open(subject)
    clock.t += 59_999
    const second = families.rotate(rt1)
    expect(second).toMatchObject({ ok: true })
    // Each rotation mints a token with a lifetime of its own.
    clock.t += 59_999
    const rt2 = second.ok ? second.refreshToken : ''
    const third = families.rotate(rt2)
    expect(third).toMatchObject({ ok: true })
    clock.t += 60_000
    expect(families.rotate(third.ok ? third.refreshToken : '')).toEqual({
      ok: false,
      reason: 'expired',
    })
    expect(families.get(session.id)?.revoked).toBe(false)
  })

  it('lets refresh tokens live for ever when no lifetime is set', () => {
    const { clock, families } = setup()
    const { refreshToken } = families.open(subject)
    clock.t += 365 * 86_400_000
    expect(families.rotate(refreshToken)).toMatchObject({ ok: true })
  })

  it('revokeAll ends every live family of one user, and only theirs', () => {
    const { families } = setup()
    const a1 = families.open(subject)
    const a2 = families.open(subject)
    const other = families.open({ ...subject, email: 'z@b.c', accountId: 'acc_z' })
    expect(families.revokeAll('a@b.c')).toBe(2)
    expect(families.rotate(a1.refreshToken)).toEqual({ ok: false, reason: 'revoked' })
    expect(families.rotate(a2.refreshToken)).toEqual({ ok: false, reason: 'revoked' })
    expect(families.rotate(other.refreshToken)).toMatchObject({ ok: true })
    expect(families.revokeAll('a@b.c')).toBe(0)
  })

  it('answers a racing replay inside the grace with the same successor', () => {
    const { clock, families } = setup()
    const { refreshToken: rt1 } = families.open(subject)
    const first = families.rotate(rt1)
    clock.t += 9_999
    const replay = families.rotate(rt1)
    expect(replay).toMatchObject({ ok: true, replay: true })
    expect(replay.ok && first.ok && replay.refreshToken === first.refreshToken).toBe(true)
  })

  it('takes a replay after the grace as theft and revokes the whole family', () => {
    const { clock, families } = setup()
    const { refreshToken: rt1, session } = families.open(subject)
    const first = families.rotate(rt1)
    clock.t += 10_000
    expect(families.rotate(rt1)).toEqual({ ok: false, reason: 'reused' })
    expect(families.get(session.id)?.revoked).toBe(true)
    expect(families.rotate(first.ok ? first.refreshToken : '')).toEqual({
      ok: false,
      reason: 'revoked',
    })
    expect(families.live()).toEqual([])
  })

  it('never replays a token that is no longer the latest rotation', () => {
    const { families } = setup()
    const { refreshToken: rt1 } = families.open(subject)
    const rt2 = families.rotate(rt1)
    families.rotate(rt2.ok ? rt2.refreshToken : '')
    expect(families.rotate(rt1)).toEqual({ ok: false, reason: 'reused' })
  })

  it('refuses unknown tokens and revoked families', () => {
    const { families } = setup()
    expect(families.rotate('nope')).toEqual({ ok: false, reason: 'unknown' })
    const { refreshToken, session } = families.open(subject)
    expect(families.revoke(session.id)).toBe(true)
    expect(families.revoke(session.id)).toBe(false)
    expect(families.rotate(refreshToken)).toEqual({ ok: false, reason: 'revoked' })
  })
})

// Counted in entries, never in time or RSS: a burst must not grow the server without bound.
describe('TokenFamilies memory bounds', () => {
  it(`keeps at most ${FAMILY_LIMITS.familiesPerAccount} families per account, dropping the least recently used`, () => {
    const { clock, families, dropped } = setup()
    const first = families.open(subject)
    clock.t += 1000
    const second = families.open(subject)
    clock.t += 1000
    // the first family rotates, so the second is now the least recently used
    expect(families.rotate(first.refreshToken).ok).toBe(true)
    const other = families.open({ ...subject, accountId: 'acc_other' })
    for (let i = 0; i < FAMILY_LIMITS.familiesPerAccount * 4; i++) {
      clock.t += 1000
      families.open(subject)
    }
    expect(families.size().families).toBe(FAMILY_LIMITS.familiesPerAccount + 1)
    expect(families.rotate(second.refreshToken)).toEqual({ ok: false, reason: 'unknown' })
    expect(families.get(second.session.id)).toBeUndefined()
    expect(dropped).toContain(second.session.id)
    // another account's family is not evicted by this account's logins
    expect(families.get(other.session.id)?.revoked).toBe(false)
  })

  it(`remembers the last ${FAMILY_LIMITS.refreshTokensPerFamily} refresh tokens of a family, however often it rotates`, () => {
    const { clock, families } = setup(0)
    const spent: string[] = []
    let current = families.open(subject).refreshToken
    for (let i = 0; i < 200; i++) {
      clock.t += 1000
      spent.push(current)
      const result = families.rotate(current)
      if (!result.ok) throw new Error(`rotation ${i} failed: ${result.reason}`)
      current = result.refreshToken
    }
    expect(families.size()).toEqual({
      families: 1,
      refreshTokens: FAMILY_LIMITS.refreshTokensPerFamily,
    })
    // a long-forgotten token is refused without revoking the family; a recent one revokes it
    expect(families.rotate(spent[0]!)).toEqual({ ok: false, reason: 'unknown' })
    expect(families.rotate(spent.at(-5)!)).toEqual({ ok: false, reason: 'reused' })
  })

  it('forgets revoked families once their access tokens have expired', () => {
    const { clock, families, dropped } = setup(10, 60)
    const revoked = Array.from({ length: 10 }, () =>
      families.open({ ...subject, accountId: 'acc_x' }),
    )
    for (const { session } of revoked) families.revoke(session.id)
    clock.t += 30_000
    families.open(subject)
    // still within the access tokens' lifetime: kept, so they are told "revoked"
    expect(families.size().families).toBe(11)
    expect(families.get(revoked[0]!.session.id)?.revoked).toBe(true)
    clock.t += 30_000
    families.open(subject)
    expect(families.size()).toEqual({ families: 2, refreshTokens: 2 })
    expect(dropped).toHaveLength(10)
    expect(families.rotate(revoked[0]!.refreshToken)).toEqual({ ok: false, reason: 'unknown' })
  })
})
