import { describe, expect, it } from 'vitest'
import { resolveOtpOptions } from '../options'
import { createOtpFlow } from '../otp'
import { memoryStorage, persisted } from '../storage'
import { FLOW_COOKIE, shownOtp, takeFormFlow, withFormFlow } from './form-flow'
import { storedOtpRecord } from './stored'

/** A document's cookie jar as page script sees it: reading joins, writing sets or deletes one. */
function cookieJar(initial: Record<string, string>) {
  const jar = new Map(Object.entries(initial))
  return {
    jar,
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
    },
    set cookie(line: string) {
      const [pair] = line.split(';')
      const at = pair!.indexOf('=')
      if (/Max-Age=0/.test(line)) jar.delete(pair!.slice(0, at))
      else jar.set(pair!.slice(0, at), pair!.slice(at + 1))
    },
  }
}

const flowValue = (flow: object) => encodeURIComponent(JSON.stringify(flow))

describe('a flow begun by a form post before the script loaded', () => {
  it('is taken from its cookie (deleted) and the OTP flow starts at code entry for it', async () => {
    const now = Date.now()
    const doc = cookieJar({
      other: '1',
      [FLOW_COOKIE]: flowValue({ email: 'ada@example.com', sentAt: now - 5_000, attemptsLeft: 2 }),
    })
    const flow = takeFormFlow(doc)
    expect(flow).toEqual({ email: 'ada@example.com', sentAt: now - 5_000, attemptsLeft: 2 })
    expect(doc.jar.has(FLOW_COOKIE)).toBe(false)
    expect(doc.jar.get('other')).toBe('1')

    const storage = memoryStorage()
    const store = withFormFlow(
      persisted(storage, 'k:otp', storedOtpRecord, () => {}),
      flow,
    )
    const otp = createOtpFlow({
      send: async () => undefined,
      options: resolveOtpOptions(undefined, 'test'),
      store,
      login: async () => {},
      now: () => Date.now(),
    })
    await Promise.resolve()
    expect(otp.$otp.get()).toMatchObject({
      step: 'code-sent',
      email: 'ada@example.com',
      attemptsLeft: 2,
    })
    // The resend waits for the cooldown of the form's send, as if this tab had sent it.
    expect(otp.$otp.get().resendAvailableAt).toBeGreaterThan(now)
    // And it is stored: a reload (or another tab) sees the same flow.
    expect(JSON.parse(String(await storage.getItem('k:otp'))).flow).toMatchObject({
      email: 'ada@example.com',
    })
  })

  it('ignores no cookie, a malformed one, and one with no sent code', () => {
    expect(takeFormFlow(cookieJar({}))).toBeNull()
    expect(takeFormFlow(cookieJar({ [FLOW_COOKIE]: '%7Bnot-json' }))).toBeNull()
    expect(
      takeFormFlow(
        cookieJar({ [FLOW_COOKIE]: flowValue({ email: 'a@b.co', error: 'invalid_input' }) }),
      ),
    ).toBeNull()
    expect(takeFormFlow(undefined)).toBeNull()
  })
})

describe('shownOtp', () => {
  const idle = {
    step: 'idle' as const,
    email: null,
    resendAvailableAt: null,
    sendsLeft: 3,
    attemptsLeft: 3,
    error: null,
  }
  it('shows the posted flow while the live one has not begun, then the live one', () => {
    const posted = {
      step: 'code' as const,
      email: 'ada@example.com',
      attemptsLeft: 2,
      error: 'otp_invalid',
    }
    const shown = shownOtp(idle, posted)
    expect(shown).toMatchObject({ step: 'code-sent', email: 'ada@example.com', attemptsLeft: 2 })
    expect(shown.error?.code).toBe('otp_invalid')
    const live = { ...idle, step: 'code-sent' as const, email: 'ada@example.com', attemptsLeft: 1 }
    expect(shownOtp(live, posted)).toBe(live)
    expect(shownOtp(idle, null)).toBe(idle)
    // An email step that failed keeps the step (the email is the form's to prefill).
    expect(
      shownOtp(idle, { step: 'email', email: 'x', attemptsLeft: 3, error: 'invalid_input' }),
    ).toMatchObject({ step: 'idle', email: null })
    // An unknown code from the cookie is never shown as such.
    expect(shownOtp(idle, { ...posted, error: 'forged<script>' }).error?.code).toBe('server')
  })
})
