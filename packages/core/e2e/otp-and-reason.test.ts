import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumTabs } from './harness'

// Two tabs of one Chromium context (one origin, one localStorage) against the dev server: the
// OTP throttle they share, and why a session ended, as every tab and a reload see it.
const SEND = 'POST /identity/user/otp/email'
const DEMO = 'demo@example.com'
const SECOND = 'second@example.com'

const e2e = chromiumTabs()
const { open, begin } = e2e

/** Sends from `tab`; resolves to the error's code and message, or 'sent'. */
const sendFrom = (tab: Page, email: string) =>
  tab.evaluate(
    (e) =>
      window.auth.sendOtp(e).then(
        () => ({ code: 'sent', message: null }),
        (error: { code: string }) => ({
          code: error.code,
          message: window.otpMessage(error as never),
        }),
      ),
    email,
  )

async function signIn(tab: Page, email = DEMO) {
  expect((await sendFrom(tab, email)).code).toBe('sent')
  const code = e2e.server.inbox.latest(email)!
  await tab.evaluate((c) => window.auth.verifyOtp(c), code)
}

const session = (tab: Page) => tab.evaluate(() => window.auth.$session.get())

describe('two tabs in Chromium', () => {
  it('the resend cooldown is per email, the cap per browser', async () => {
    const errors = await begin()
    const a = await open()
    const b = await open()
    expect((await sendFrom(a, DEMO)).code).toBe('sent')
    // Another tab, another address (a typo fixed there): sent at once.
    expect((await sendFrom(b, SECOND)).code).toBe('sent')
    // The first address still waits, in either tab, and the message says it is this email.
    for (const tab of [a, b])
      expect(await sendFrom(tab, DEMO)).toMatchObject({
        code: 'otp_cooldown',
        message: expect.stringMatching(/^You can request a new code for this email in \d+ s\.$/),
      })
    // A third address makes three sends from this browser in a minute: a fourth is refused.
    expect((await sendFrom(a, 'third@example.com')).code).toBe('sent')
    expect(await sendFrom(b, 'fourth@example.com')).toMatchObject({
      code: 'otp_send_limit',
      message: expect.stringMatching(/from this browser/),
    })
    expect(e2e.server.stats.count(SEND)).toBe(3)
    expect(errors).toEqual([])
  })

  it('after a sign-out, another address gets its code at once', async () => {
    await begin()
    const a = await open()
    await signIn(a)
    await a.evaluate(() => window.auth.logout())
    const b = await open()
    expect((await sendFrom(b, SECOND)).code).toBe('sent')
    expect(await b.evaluate(() => window.auth.$otp.get())).toMatchObject({
      step: 'code-sent',
      email: SECOND,
    })
  })

  it('"session expired" reaches every tab and survives a reload until cleared', async () => {
    const errors = await begin()
    const a = await open()
    const b = await open()
    await signIn(a)
    await b.waitForFunction(() => window.auth.$session.get().status === 'authenticated')
    e2e.server.faults.add({ route: '/identity/user/refresh-token', status: 401, times: 1 })
    const outcome = await a.evaluate(() =>
      window.auth.refresh().then(
        () => 'refreshed',
        (e: { code: string }) => e.code,
      ),
    )
    expect(outcome).toBe('session_expired')
    const expired = { status: 'unauthenticated', reason: 'expired' }
    expect(await session(a)).toEqual(expired)
    await b.waitForFunction(() => window.auth.$session.get().status === 'unauthenticated')
    expect(await session(b)).toEqual(expired)
    expect(await b.evaluate(() => window.log.map((e) => e.name))).toContain('expired')

    await b.reload()
    await b.waitForFunction(() => !!window.auth)
    expect(await session(b)).toEqual(expired)
    const c = await open()
    expect(await session(c)).toEqual(expired)

    // The app showed its message: cleared here, and for every later page.
    await c.evaluate(() => window.auth.clearSignOutReason())
    expect(await session(c)).toEqual({ status: 'unauthenticated' })
    await b.reload()
    await b.waitForFunction(() => !!window.auth)
    expect(await session(b)).toEqual({ status: 'unauthenticated' })
    expect(errors).toEqual([])
  })

  it('a sign-out elsewhere shows as other-tab, and after a reload as signed-out', async () => {
    await begin()
    const a = await open()
    await signIn(a)
    await a.evaluate(() => window.auth.logout())
    const b = await open()
    expect(await session(b)).toEqual({ status: 'unauthenticated', reason: 'signed-out' })
    await signIn(b, SECOND)
    await a.waitForFunction(() => window.auth.$session.get().status === 'authenticated')
    await b.evaluate(() => window.auth.logout())
    await a.waitForFunction(() => window.auth.$session.get().status === 'unauthenticated')
    expect(await session(a)).toEqual({ status: 'unauthenticated', reason: 'other-tab' })
    await a.reload()
    await a.waitForFunction(() => !!window.auth)
    expect(await session(a)).toEqual({ status: 'unauthenticated', reason: 'signed-out' })
  })
})
