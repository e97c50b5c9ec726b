import { describe, expect, it } from 'vitest'
import { expectSignedIn, expectSignedOut, panel, setupPlayground, signIn, textNow } from './harness'

const start = setupPlayground()

describe('tabs and storage', () => {
  // Two tabs of one context: one origin, one localStorage, separate renderer processes. The tab
  // that did not act must follow on its own, while it is in the background.
  it('a second tab of the same browser follows sign-in and sign-out', async () => {
    const { open } = await start()
    const first = await open()
    const second = await open()
    await signIn(first, 'Vue')
    await expectSignedIn(second)
    await expect
      .poll(() => panel(second, 'Event log').locator('li[data-event="login"]').count())
      .toBe(1)

    await second.bringToFront()
    await panel(second, 'Svelte').getByRole('button', { name: 'Sign out' }).click()
    await expectSignedOut(second)
    await expectSignedOut(first)
    await expect
      .poll(() => textNow(panel(first, 'Event log').locator('li[data-event="logout"]')))
      .toMatch(/signed out in another tab/)
  })

  it('sign out leaves nothing of the session in localStorage but why it ended', async () => {
    const { open, server } = await start()
    const page = await open()
    await signIn(page, 'React')
    const storage = () =>
      page.evaluate(
        () => Object.fromEntries(Object.entries(localStorage)) as Record<string, string>,
      )
    const signedIn = await storage()
    // While signed in the session is stored (so reloads and other tabs keep it)...
    expect(Object.keys(signedIn)).toContain('auth-state')

    await panel(page, 'React').getByRole('button', { name: 'Sign out' }).click()
    await expectSignedOut(page)
    const after = await storage()
    // ...and after sign-out only the OTP throttle record and why the session ended may remain,
    // with no secret in them.
    expect(Object.keys(after).filter((key) => key !== 'auth-state:otp')).toEqual(['auth-state'])
    expect(JSON.parse(after['auth-state']!)).toEqual({ v: 1, reason: 'signed-out' })
    const values = Object.values(after).join('\n')
    for (const secret of server.secrets()) expect(values).not.toContain(secret)

    // A reload stays signed out.
    await page.reload()
    await expectSignedOut(page)
  })
})
