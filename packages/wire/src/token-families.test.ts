import { describe, expect, it } from 'vitest'
import { TokenFamilies } from './token-families'

const subject = { email: 'a@b.c', accountId: 'acc', organizationId: 'org' }

function setup(graceSeconds = 10) {
  const clock = { t: 0 }
  let n = 0
  const random = () => (n++ % 97) / 97
  const families = new TokenFamilies({ graceSeconds, env: { now: () => clock.t, random } })
  return { clock, families }
}

describe('TokenFamilies', () => {
  it('rotates: each refresh token is exchanged for a new one', () => {
    const { families } = setup()
    const { refreshToken: rt1 } = families.open(subject)
    const second = families.rotate(rt1)
    expect(second).toMatchObject({ ok: true, replay: false })
    expect(second.ok && second.refreshToken).not.toBe(rt1)
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
