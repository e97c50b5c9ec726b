import { describe, expect, it } from 'vitest'
import { OtpCodes } from './otp-codes'
import { DEFAULT_RULES } from './rules'

function setup(random = () => 0.123456) {
  const clock = { t: 1_000_000 }
  const codes = new OtpCodes(DEFAULT_RULES, { now: () => clock.t, random })
  return { clock, codes }
}

describe('OtpCodes', () => {
  it('draws a zero-padded code of codeLength digits from the injected randomness', () => {
    expect(setup(() => 0.000042).codes.send('a@b.c')).toEqual({ ok: true, code: '000042' })
  })

  it('holds a resend for the cooldown, rounding the wait up to whole seconds', () => {
    const { clock, codes } = setup()
    codes.send('a@b.c')
    clock.t += 10_200
    expect(codes.send('a@b.c')).toEqual({ ok: false, reason: 'cooldown', retryAfterSeconds: 20 })
    clock.t += 19_800
    expect(codes.send('a@b.c').ok).toBe(true)
  })

  it('allows at most maxSendsPerWindow sends in any rolling window', () => {
    const { clock, codes } = setup()
    for (let i = 0; i < 3; i++) {
      expect(codes.send('a@b.c').ok).toBe(true)
      clock.t += 30_000
    }
    // sends at 0, 30 and 60 s: the one at 0 s has left the window, so a fourth is fine at 90 s
    expect(codes.send('a@b.c').ok).toBe(true)
  })

  it('names the cap when the sends per window, not the cooldown, hold a send back', () => {
    const clock = { t: 0 }
    const rules = { ...DEFAULT_RULES, cooldownSeconds: 0 }
    const codes = new OtpCodes(rules, { now: () => clock.t, random: () => 0.5 })
    for (let i = 0; i < 3; i++) expect(codes.send('a@b.c').ok).toBe(true)
    clock.t += 1_000
    expect(codes.send('a@b.c')).toEqual({ ok: false, reason: 'cap', retryAfterSeconds: 59 })
  })

  it('kills a code after maxAttempts wrong tries, and at expiry', () => {
    const { clock, codes } = setup()
    const sent = codes.send('a@b.c')
    const code = sent.ok ? sent.code : ''
    for (let i = 0; i < 3; i++) expect(codes.verify('a@b.c', '999999')).toBe(false)
    expect(codes.verify('a@b.c', code)).toBe(false)

    clock.t += 60_000
    const again = codes.send('a@b.c')
    clock.t += 300_000
    expect(codes.verify('a@b.c', again.ok ? again.code : '')).toBe(false)
  })

  it('accepts a code once', () => {
    const { codes } = setup()
    const sent = codes.send('a@b.c')
    const code = sent.ok ? sent.code : ''
    expect(codes.verify('a@b.c', code)).toBe(true)
    expect(codes.verify('a@b.c', code)).toBe(false)
  })
})

describe('OtpCodes memory bounds', () => {
  it('forgets expired codes and send histories that limit nothing any more', () => {
    const { clock, codes } = setup()
    for (const email of ['a@x.test', 'b@x.test', 'c@x.test']) codes.send(email)
    expect(codes.size()).toEqual({ codes: 3, sendHistories: 3 })
    clock.t += 300_000
    codes.send('d@x.test')
    expect(codes.size()).toEqual({ codes: 1, sendHistories: 1 })
  })
})
