import fc from 'fast-check'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { clientHarness } from '../test/harness'
import { mapStorage } from '../test/helpers'
import { no } from '../test/identity-server'
import { type AuthClient, otpMessage } from './index'

const CHECK = 'POST /identity/user/email/check-availability'
const SEND = 'POST /identity/user/otp/email'
const LOGIN = 'POST /identity/user/login'

const t = clientHarness()
const { make } = t
beforeEach(() => {
  // Date and timers are fake (cooldowns, the rolling window); sockets stay real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})

// The unregistered path waits as long as the check took; advance past that wait.
async function send(client: AuthClient, email: string) {
  const done = client.sendOtp(email)
  done.catch(() => {}) // the caller awaits it; this only keeps the rejection from looking unhandled
  await vi.advanceTimersByTimeAsync(0)
  for (let i = 0; i < 50 && client.$otp.get().step === 'sending'; i++)
    await vi.advanceTimersByTimeAsync(10)
  return done
}

const without = (state: object, ...keys: string[]) =>
  Object.fromEntries(Object.entries(state).filter(([k]) => !keys.includes(k)))

describe('sendOtp', () => {
  it('checks availability, then sends to a registered email', async () => {
    const { client } = make()
    const sentAt = Date.now()
    await send(client, ' Ada@Example.com ')
    expect(t.server.requests.map((r) => r.route)).toEqual([CHECK, SEND])
    expect(t.server.requests[1]?.body).toEqual({ email: 'ada@example.com' })
    expect(client.$otp.get()).toEqual({
      step: 'code-sent',
      email: 'ada@example.com',
      resendAvailableAt: sentAt + 30_000,
      sendsLeft: 2,
      attemptsLeft: 3,
      error: null,
    })
  })

  it('makes the same requests and leaves an identical state for an unregistered email', async () => {
    const registered = make().client
    const unregistered = make().client
    await send(registered, 'ada@example.com')
    await send(unregistered, 'nobody@example.com')
    expect(t.server.requests.map((r) => r.route)).toEqual([CHECK, SEND, CHECK, SEND])
    expect(without(unregistered.$otp.get(), 'email', 'resendAvailableAt')).toEqual(
      without(registered.$otp.get(), 'email', 'resendAvailableAt'),
    )
    expect(unregistered.$otp.get().step).toBe('code-sent')
    expect(otpMessage(unregistered.$otp.get())).toBe(otpMessage(registered.$otp.get()))
    expect(otpMessage(registered.$otp.get())).toBe(
      'If this email is registered, you will receive a code.',
    )
  })

  it('rejects a malformed email with invalid_input and no request', async () => {
    const { client } = make()
    await expect(client.sendOtp('ada@')).rejects.toMatchObject({ code: 'invalid_input' })
    expect(client.$otp.get()).toMatchObject({ step: 'idle', error: { code: 'invalid_input' } })
    expect(t.server.requests).toHaveLength(0)
  })

  it('refuses a resend during the cooldown with retryAfterSeconds and no request', async () => {
    const { client } = make()
    await send(client, 'ada@example.com')
    await vi.advanceTimersByTimeAsync(10_000)
    const error = await client.sendOtp('ada@example.com').catch((e) => e)
    expect(error).toMatchObject({ code: 'otp_cooldown', retryAfterSeconds: 20 })
    expect(t.server.requests).toHaveLength(2)
    expect(client.$otp.get()).toMatchObject({ step: 'code-sent', error: { code: 'otp_cooldown' } })
    await vi.advanceTimersByTimeAsync(20_000)
    await send(client, 'ada@example.com')
    expect(t.server.count(SEND)).toBe(2)
  })

  it('allows at most maxSendsPerMinute sends in any rolling minute', async () => {
    const { client } = make({ otp: { resendCooldownSeconds: 5 } })
    for (const at of [0, 10_000, 20_000]) {
      await vi.advanceTimersByTimeAsync(at ? 10_000 : 0)
      await send(client, 'ada@example.com')
    }
    expect(client.$otp.get().sendsLeft).toBe(0)
    await vi.advanceTimersByTimeAsync(10_000) // t = 30 s: three sends in the last minute
    const error = await client.sendOtp('ada@example.com').catch((e) => e)
    expect(error).toMatchObject({ code: 'otp_send_limit', retryAfterSeconds: 30 })
    expect(t.server.count(SEND)).toBe(3)
    await vi.advanceTimersByTimeAsync(30_000) // the first send leaves the window
    await send(client, 'ada@example.com')
    expect(t.server.count(SEND)).toBe(4)
  })

  it('keeps the throttle across a new client on the same storage (a reload)', async () => {
    const storage = mapStorage()
    const first = make({}, storage).client
    await send(first, 'ada@example.com')
    first.destroy()
    const second = make({}, storage).client
    expect(second.$otp.get()).toMatchObject({ sendsLeft: 2 })
    await expect(second.sendOtp('ada@example.com')).rejects.toMatchObject({ code: 'otp_cooldown' })
    expect(t.server.count(SEND)).toBe(1)
  })

  it('follows a server 429 and its Retry-After', async () => {
    const { client } = make()
    t.server.next(CHECK, () => ({ ...no(429, 'Slow down'), headers: { 'retry-after': '45' } }))
    const error = await send(client, 'ada@example.com').catch((e) => e)
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 45, status: 429 })
    expect(client.$otp.get()).toMatchObject({ step: 'idle', error: { code: 'rate_limited' } })
    const wait = (client.$otp.get().resendAvailableAt ?? 0) - Date.now()
    expect(wait).toBeGreaterThan(44_000)
    expect(wait).toBeLessThanOrEqual(45_000)
    await expect(client.sendOtp('ada@example.com')).rejects.toMatchObject({ code: 'otp_cooldown' })
  })

  it('a double click shares one send', async () => {
    const { client } = make()
    const a = client.sendOtp('ada@example.com')
    const b = client.sendOtp('ada@example.com')
    await vi.advanceTimersByTimeAsync(50)
    await Promise.all([a, b])
    expect(t.server.count(SEND)).toBe(1)
  })

  it('keeps the step and reports a network error', async () => {
    const { client } = make()
    t.server.next(CHECK, () => ({ drop: true }))
    await expect(send(client, 'ada@example.com')).rejects.toMatchObject({ code: 'network' })
    expect(client.$otp.get()).toMatchObject({ step: 'idle', error: { code: 'network' } })
  })
})

describe('the cooldown is per email, the cap per browser', () => {
  it('lets a corrected email through at once, and keeps the first email\u2019s cooldown', async () => {
    const { client } = make()
    await send(client, 'ada@exmaple.com')
    client.resetOtp() // "Change email": a typo fixed
    expect(client.$otp.get()).toMatchObject({ step: 'idle', resendAvailableAt: null })
    await send(client, 'ada@example.com')
    expect(client.$otp.get()).toMatchObject({ step: 'code-sent', email: 'ada@example.com' })
    client.resetOtp()
    await vi.advanceTimersByTimeAsync(10_000)
    const error = await client.sendOtp('ada@exmaple.com').catch((e) => e)
    expect(error).toMatchObject({ code: 'otp_cooldown', retryAfterSeconds: 20 })
    expect(otpMessage(error)).toBe('You can request a new code for this email in 20 s.')
    const wait = client.$otp.get().resendAvailableAt! - Date.now()
    expect(wait).toBeGreaterThan(19_000)
    expect(wait).toBeLessThanOrEqual(20_000)
    expect(t.server.count(SEND)).toBe(2)
  })

  it('lets another email through after a sign-out', async () => {
    const { client } = make()
    await send(client, 'ada@example.com')
    await client.verifyOtp('123456')
    await client.logout()
    await send(client, 'bob@example.com')
    expect(client.$otp.get()).toMatchObject({ step: 'code-sent', email: 'bob@example.com' })
  })

  it('caps the sends of the whole browser, whatever the emails', async () => {
    const storage = mapStorage()
    const a = make({}, storage).client
    const b = make({}, storage).client
    await send(a, 'ada@example.com')
    await send(b, 'bob@example.com')
    await send(a, 'cy@example.com')
    const error = await b.sendOtp('dee@example.com').catch((e) => e)
    expect(error).toMatchObject({ code: 'otp_send_limit', retryAfterSeconds: 60 })
    expect(otpMessage(error)).toBe('Too many codes requested from this browser. Try again in 60 s.')
    expect(t.server.count(SEND)).toBe(3)
  })

  it('keeps a server wait to the email it was for, also after a reload', async () => {
    const storage = mapStorage()
    const client = make({}, storage).client
    t.server.next(SEND, () => ({ ...no(429, 'Slow down'), headers: { 'retry-after': '90' } }))
    await send(client, 'ada@example.com') // a 429 on the send: a code went out recently
    const wait = client.$otp.get().resendAvailableAt! - Date.now()
    expect(wait).toBeGreaterThan(89_000)
    expect(wait).toBeLessThanOrEqual(90_000)
    client.resetOtp()
    await send(client, 'bob@example.com')
    await vi.advanceTimersByTimeAsync(60_000)
    const reloaded = make({}, storage).client
    await expect(reloaded.sendOtp('ada@example.com')).rejects.toMatchObject({
      code: 'otp_cooldown',
      retryAfterSeconds: 30,
    })
    expect(t.server.count(SEND)).toBe(2)
  })

  it('forgets an email once its waits are over', async () => {
    const storage = mapStorage()
    const client = make({}, storage).client
    await send(client, 'ada@example.com')
    await client.verifyOtp('123456')
    expect(storage.map.get('auth-state:otp')).toContain('ada@example.com')
    await vi.advanceTimersByTimeAsync(30_000)
    await send(client, 'bob@example.com')
    expect(storage.map.get('auth-state:otp')).not.toContain('ada@example.com')
  })
})

describe('verifyOtp', () => {
  it('signs in with the code and returns to idle', async () => {
    const { client } = make()
    await send(client, 'ada@example.com')
    await client.verifyOtp('123456')
    expect(client.$session.get()).toMatchObject({
      status: 'authenticated',
      email: 'ada@example.com',
    })
    expect(client.$otp.get()).toMatchObject({ step: 'idle', email: null, error: null })
  })

  it('shows verifying before verifyOtp returns, with a synchronous storage', async () => {
    const { client } = make()
    await send(client, 'ada@example.com')
    const done = client.verifyOtp('123456')
    expect(client.$otp.get()).toMatchObject({ step: 'verifying', attemptsLeft: 3 })
    await done
  })

  it('fails with otp_not_requested before a send, without a request', async () => {
    const { client } = make()
    await expect(client.verifyOtp('123456')).rejects.toMatchObject({ code: 'otp_not_requested' })
    expect(t.server.requests).toHaveLength(0)
  })

  it.each(['', 'abc123', '123', '123456789'])(
    'rejects the code %j with invalid_input without spending an attempt',
    async (code) => {
      const { client } = make()
      await send(client, 'ada@example.com')
      await expect(client.verifyOtp(code)).rejects.toMatchObject({ code: 'invalid_input' })
      expect(client.$otp.get()).toMatchObject({ step: 'code-sent', attemptsLeft: 3 })
      expect(t.server.count(LOGIN)).toBe(0)
    },
  )

  it('counts wrong codes down, then locks without further requests until a new send', async () => {
    const { client } = make()
    await send(client, 'ada@example.com')
    for (const left of [2, 1]) {
      await expect(client.verifyOtp('000000')).rejects.toMatchObject({ code: 'otp_invalid' })
      expect(client.$otp.get()).toMatchObject({ step: 'code-sent', attemptsLeft: left })
    }
    await expect(client.verifyOtp('000000')).rejects.toMatchObject({ code: 'otp_invalid' })
    expect(client.$otp.get()).toMatchObject({ step: 'locked', attemptsLeft: 0 })
    expect(otpMessage(client.$otp.get())).toBe('Too many incorrect codes. Request a new code.')
    await expect(client.verifyOtp('123456')).rejects.toMatchObject({
      code: 'otp_attempts_exhausted',
    })
    expect(t.server.count(LOGIN)).toBe(3)
    await vi.advanceTimersByTimeAsync(30_000)
    await send(client, 'ada@example.com')
    expect(client.$otp.get()).toMatchObject({ step: 'code-sent', attemptsLeft: 3 })
    await client.verifyOtp('123456')
    expect(client.$session.get().status).toBe('authenticated')
  })

  it('an unregistered email fails like a wrong code', async () => {
    const { client } = make()
    await send(client, 'nobody@example.com')
    await expect(client.verifyOtp('123456')).rejects.toMatchObject({ code: 'otp_invalid' })
    expect(client.$otp.get()).toMatchObject({ step: 'code-sent', attemptsLeft: 2 })
  })

  it('does not spend an attempt on a network error', async () => {
    const { client } = make()
    await send(client, 'ada@example.com')
    t.server.next(LOGIN, () => ({ drop: true }))
    await expect(client.verifyOtp('123456')).rejects.toMatchObject({ code: 'network' })
    expect(client.$otp.get()).toMatchObject({ step: 'code-sent', attemptsLeft: 3 })
  })
})

describe('resetOtp and isEmailRegistered', () => {
  it('resetOtp goes back to email entry but keeps the throttle', async () => {
    const { client } = make()
    await send(client, 'ada@example.com')
    client.resetOtp()
    expect(client.$otp.get()).toMatchObject({ step: 'idle', email: null, sendsLeft: 2 })
    await expect(client.sendOtp('ada@example.com')).rejects.toMatchObject({ code: 'otp_cooldown' })
  })

  it('isEmailRegistered inverts isAvailableEmail', async () => {
    const { client } = make()
    expect(await client.isEmailRegistered('ada@example.com')).toBe(true)
    expect(await client.isEmailRegistered('nobody@example.com')).toBe(false)
    await expect(client.isEmailRegistered('nope')).rejects.toMatchObject({ code: 'invalid_input' })
  })
})

describe('$otp notifications', () => {
  it('change only when the flow does, never with the clock', async () => {
    const { client } = make()
    const listener = vi.fn()
    client.$otp.listen(listener)
    await send(client, 'ada@example.com')
    const calls = listener.mock.calls.length
    await vi.advanceTimersByTimeAsync(60_000)
    expect(listener.mock.calls.length).toBe(calls)
  })
})

describe('the throttle across tabs', () => {
  it.each([false, true])(
    'counts every tab\u2019s sends from storage at each send (crossTab: %s)',
    async (crossTab) => {
      const storage = mapStorage()
      const options = { crossTab, otp: { resendCooldownSeconds: 0 } }
      const a = make(options, storage).client
      const b = make(options, storage).client
      for (const tab of [a, b, a]) await send(tab, 'ada@example.com')
      for (const tab of [b, a])
        await expect(tab.sendOtp('ada@example.com')).rejects.toMatchObject({
          code: 'otp_send_limit',
        })
      expect(t.server.count(SEND)).toBe(3)
    },
  )

  it('lets only one of two tabs that send at the same moment through', async () => {
    const storage = mapStorage()
    const options = { otp: { maxSendsPerMinute: 1, resendCooldownSeconds: 0 } }
    const a = make(options, storage).client
    const b = make(options, storage).client
    const results = Promise.allSettled([a.sendOtp('ada@example.com'), b.sendOtp('bob@example.com')])
    await vi.advanceTimersByTimeAsync(0)
    for (let i = 0; i < 50 && t.server.count(SEND) === 0; i++) await vi.advanceTimersByTimeAsync(10)
    const [first, second] = await results
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected'])
    expect(t.server.count(SEND)).toBe(1)
  })

  it('shares each email\u2019s cooldown: another tab is refused for that email only', async () => {
    const storage = mapStorage()
    const a = make({}, storage).client
    const b = make({}, storage).client
    await send(a, 'ada@example.com')
    await expect(b.sendOtp('ada@example.com')).rejects.toMatchObject({
      code: 'otp_cooldown',
      retryAfterSeconds: 30,
    })
    expect(t.server.count(SEND)).toBe(1)
    await send(b, 'bob@example.com')
    expect(t.server.count(SEND)).toBe(2)
  })
})

describe('clock sanity', () => {
  it('drops send times in the future: a clock that ran 2 h fast leaves no long cooldown', async () => {
    const storage = mapStorage()
    const real = Date.now()
    vi.setSystemTime(real + 2 * 3_600_000)
    const first = make({}, storage).client
    await send(first, 'ada@example.com')
    vi.setSystemTime(real + 1_000) // the clock is corrected
    const reloaded = make({}, storage).client
    for (const client of [first, reloaded]) {
      // Nothing left of a cooldown that never exceeds its configured 30 s.
      await send(client, 'ada@example.com')
      const wait = client.$otp.get().resendAvailableAt! - Date.now()
      expect(wait).toBeGreaterThan(29_000)
      expect(wait).toBeLessThanOrEqual(30_000)
      vi.setSystemTime(Date.now() + 31_000)
    }
    expect(t.server.count(SEND)).toBe(3)
  })

  it('caps a server wait at one hour, also after a reload', async () => {
    const storage = mapStorage()
    const client = make({}, storage).client
    t.server.next(CHECK, () => ({
      ...no(429, 'Slow down'),
      headers: { 'retry-after': 'Fri, 31 Dec 9999 23:59:59 GMT' },
    }))
    const error = await send(client, 'ada@example.com').catch((e) => e)
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 3600 })
    const wait = client.$otp.get().resendAvailableAt! - Date.now()
    expect(wait).toBeGreaterThan(3_599_000)
    expect(wait).toBeLessThanOrEqual(3_600_000)
    expect(otpMessage(error)).toBe('Too many requests. Try again in 3600 s.')
    await vi.advanceTimersByTimeAsync(3_600_000)
    const reloaded = make({}, storage).client
    await send(reloaded, 'ada@example.com')
    expect(reloaded.$otp.get().step).toBe('code-sent')
  })
})

describe('the flow across a reload', () => {
  it('returns to code entry with the attempts left while the code lives, then to email entry', async () => {
    const storage = mapStorage()
    const first = make({}, storage).client
    await send(first, 'ada@example.com')
    await expect(first.verifyOtp('000000')).rejects.toMatchObject({ code: 'otp_invalid' })
    first.destroy()
    // Never the code itself.
    expect(storage.map.get('auth-state:otp')).not.toContain('000000')
    await vi.advanceTimersByTimeAsync(299_000)
    const reloaded = make({}, storage).client
    expect(reloaded.$otp.get()).toMatchObject({
      step: 'code-sent',
      email: 'ada@example.com',
      attemptsLeft: 2,
    })
    await vi.advanceTimersByTimeAsync(1_000) // the code's lifetime (300 s) is over
    await expect(reloaded.verifyOtp('123456')).rejects.toMatchObject({ code: 'otp_not_requested' })
    expect(reloaded.$otp.get()).toMatchObject({ step: 'idle', email: null })
    expect(t.server.count(LOGIN)).toBe(1)
    expect(make({}, storage).client.$otp.get()).toMatchObject({ step: 'idle', email: null })
  })

  it('follows otp.codeLifetimeSeconds, and a lock survives the reload too', async () => {
    const storage = mapStorage()
    const options = { otp: { codeLifetimeSeconds: 60, maxAttempts: 1 } }
    const first = make(options, storage).client
    await send(first, 'ada@example.com')
    await expect(first.verifyOtp('000000')).rejects.toMatchObject({ code: 'otp_invalid' })
    expect(make(options, storage).client.$otp.get()).toMatchObject({ step: 'locked' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(make(options, storage).client.$otp.get()).toMatchObject({ step: 'idle' })
  })
})

describe('code attempts across tabs', () => {
  type Step = { kind: 'wrong'; tab: 0 | 1 } | { kind: 'both' } | { kind: 'reload'; tab: 0 | 1 }
  const tab = fc.constantFrom(0 as const, 1 as const)
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('wrong' as const), tab }),
    fc.record({ kind: fc.constant('both' as const) }),
    fc.record({ kind: fc.constant('reload' as const), tab }),
  )

  it('are one count: no tab sends a code past the last attempt, and a reload shows what is left', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const storage = mapStorage()
        const tabs = [make({}, storage).client]
        await send(tabs[0]!, 'ada@example.com')
        tabs.push(make({}, storage).client) // opened during code entry
        const before = t.server.count(LOGIN)
        for (const s of steps) {
          if (s.kind === 'reload') {
            tabs[s.tab]!.destroy()
            tabs[s.tab] = make({}, storage).client
          } else {
            const which = s.kind === 'both' ? [0, 1] : [s.tab]
            const codes = await Promise.all(
              which.map((i) => tabs[i]!.verifyOtp('000000').catch((e) => e.code)),
            )
            for (const code of codes)
              expect(['otp_invalid', 'otp_attempts_exhausted']).toContain(code)
          }
          const spent = t.server.count(LOGIN) - before
          expect(spent).toBeLessThanOrEqual(3)
          const reloaded = make({}, storage).client
          expect(reloaded.$otp.get()).toMatchObject({
            step: spent < 3 ? 'code-sent' : 'locked',
            attemptsLeft: 3 - spent,
          })
          reloaded.destroy()
        }
        for (const client of tabs) client.destroy()
      }),
      { numRuns: 60 },
    )
    // Up to 60 runs of real loopback exchanges: a loaded machine (CI's 2 cores) needs more than 5 s.
  }, 60_000)

  it('follows a newer send from another tab, and a flow another tab ended stays ended', async () => {
    const storage = mapStorage()
    const a = make({ otp: { resendCooldownSeconds: 0 } }, storage).client
    const b = make({ otp: { resendCooldownSeconds: 0 } }, storage).client
    await send(a, 'ada@example.com')
    await send(b, 'bob@example.com')
    await expect(a.verifyOtp('000000')).rejects.toMatchObject({ code: 'otp_invalid' })
    // The code the server holds now is bob's: a's attempt went there, and counts there.
    expect(t.server.requests.at(-1)?.body).toMatchObject({ email: 'bob@example.com' })
    expect(b.$otp.get()).toMatchObject({ email: 'bob@example.com', attemptsLeft: 3 })
    await b.verifyOtp('123456')
    await expect(a.verifyOtp('123456')).rejects.toMatchObject({ code: 'otp_not_requested' })
    expect(t.server.count(LOGIN)).toBe(2)
    expect(make({}, storage).client.$otp.get()).toMatchObject({ step: 'idle' })
  })
})

describe('a clock stepped back during code entry', () => {
  it('keeps the flow: the right code signs in, and a reload is still at code entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 7 * 86_400_000 }), async (back) => {
        const storage = mapStorage()
        const client = make({}, storage).client
        await send(client, 'ada@example.com')
        const logins = t.server.count(LOGIN)
        vi.setSystemTime(Date.now() - back)
        const reloaded = make({}, storage).client
        // Within a code's lifetime a step back looks like a fresh send; beyond, like a bad clock.
        expect(reloaded.$otp.get().step).toBe(back < 300_000 ? 'code-sent' : 'idle')
        await client.verifyOtp('123456')
        expect(client.$session.get().status).toBe('authenticated')
        expect(t.server.count(LOGIN)).toBe(logins + 1)
        client.destroy()
        reloaded.destroy()
      }),
      { numRuns: 40 },
    )
  })

  it('a send made after the step back is followed by a tab that still shows the earlier one', async () => {
    const storage = mapStorage()
    const options = { otp: { resendCooldownSeconds: 0 } }
    const a = make(options, storage).client
    const b = make(options, storage).client
    await send(a, 'ada@example.com')
    await expect(b.verifyOtp('000000')).rejects.toMatchObject({ code: 'otp_invalid' })
    vi.setSystemTime(Date.now() - 60_000)
    await send(a, 'bob@example.com') // sent "before" the first one, by the device clock
    await expect(b.verifyOtp('000000')).rejects.toMatchObject({ code: 'otp_invalid' })
    expect(t.server.requests.at(-1)?.body).toMatchObject({ email: 'bob@example.com' })
    expect(make(options, storage).client.$otp.get()).toMatchObject({
      email: 'bob@example.com',
      attemptsLeft: 2,
    })
  })

  it('still ends a code that outlived its lifetime on the steady clock', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] })
    const client = make({ otp: { codeLifetimeSeconds: 60 } }).client
    await send(client, 'ada@example.com')
    vi.setSystemTime(Date.now() - 30_000)
    await vi.advanceTimersByTimeAsync(70_000) // 40 s later on the device clock, 70 s in truth
    await expect(client.verifyOtp('123456')).rejects.toMatchObject({ code: 'otp_not_requested' })
    expect(t.server.count(LOGIN)).toBe(0)
  })
})
