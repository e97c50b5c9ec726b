import { describe, expect, it } from 'vitest'
import {
  codeFromInbox,
  EMAIL,
  expectSignedIn,
  field,
  PANELS,
  panel,
  setupPlayground,
  textNow,
} from './harness'

const start = setupPlayground()

const isFocused = (locator: import('playwright-core').Locator) =>
  locator.evaluate((element) => element === document.activeElement)

describe('sign-in', () => {
  it('signs in with the code read from the dev inbox panel; all three panels show the same session', async () => {
    const { open } = await start()
    const page = await open()
    const react = panel(page, 'React')

    // The platform's semantics: labelled inputs with the right types and autocomplete hints.
    const email = react.getByLabel('Email')
    expect(await email.getAttribute('type')).toBe('email')
    expect(await email.getAttribute('autocomplete')).toBe('email')

    await email.fill(EMAIL)
    await react.getByRole('button', { name: 'Send code' }).click()
    const code = react.getByLabel('Code')
    await code.waitFor()
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code')
    expect(await code.getAttribute('inputmode')).toBe('numeric')
    // Focus moves to the code field of the panel that sent, and the message is announced.
    await expect.poll(() => isFocused(code)).toBe(true)
    const status = react.getByRole('status')
    expect(await status.getAttribute('aria-live')).toBe('polite')
    expect(await status.textContent()).toBe('If this email is registered, you will receive a code.')
    expect(await field(react, 'Email').count()).toBe(0)
    // The other panels follow the same flow (one $otp), without stealing focus.
    for (const name of PANELS) await panel(page, name).getByLabel('Code').waitFor()
    expect(await isFocused(panel(page, 'Vue').getByLabel('Code'))).toBe(false)

    await code.fill(await codeFromInbox(page))
    await react.getByRole('button', { name: 'Verify' }).click()
    await expectSignedIn(page)
    const log = panel(page, 'Event log')
    await expect.poll(() => log.locator('li[data-event="login"]').count()).toBe(1)
  })

  it('three wrong codes lock the flow; the resend button counts down and unlocks it', async () => {
    const { open } = await start()
    const page = await open()
    const vue = panel(page, 'Vue')

    await vue.getByLabel('Email').fill(EMAIL)
    await vue.getByRole('button', { name: 'Send code' }).click()
    const good = await codeFromInbox(page)
    const wrong = String((Number(good[0]) + 1) % 10) + good.slice(1)
    const code = vue.getByLabel('Code')
    const verify = vue.getByRole('button', { name: 'Verify' })
    const hint = vue.locator('.hint')
    const status = vue.getByRole('status')

    for (const left of ['2 attempts left', '1 attempt left']) {
      await code.fill(wrong)
      await verify.click()
      await expect.poll(() => textNow(hint)).toBe(left)
      expect(await status.textContent()).toBe('That code is incorrect or has expired.')
    }
    await code.fill(wrong)
    await verify.click()
    await expect.poll(() => textNow(hint)).toBe('No attempts left')
    expect(await status.textContent()).toBe('Too many incorrect codes. Request a new code.')
    expect(await verify.isDisabled()).toBe(true)
    expect(await code.isDisabled()).toBe(true)
    // Every panel shows the lock: it is the client's state, not the panel's.
    for (const name of PANELS)
      expect(await panel(page, name).getByRole('status').textContent()).toMatch(/Too many/)

    // The resend button counts down, disabled, then unlocks.
    const resend = vue.getByRole('button', { name: /^Resend/ })
    const seen = new Set<string>()
    await expect
      .poll(
        async () => {
          const label = (await textNow(resend))?.trim() ?? ''
          if (label.startsWith('Resend in')) {
            seen.add(label)
            expect(await resend.isDisabled()).toBe(true)
          }
          return label
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe('Resend code')
    expect([...seen].every((label) => /^Resend in \d+ s$/.test(label))).toBe(true)
    expect(seen.size).toBeGreaterThanOrEqual(2)
    expect(await resend.isEnabled()).toBe(true)

    // Core starts its cooldown just before its request leaves, so the server's ends a few ms
    // later; a person never clicks within those milliseconds, and neither does this test.
    await page.waitForTimeout(500)
    await resend.click()
    const fresh = await codeFromInbox(page, 1)
    await expect.poll(() => textNow(hint)).toBe('3 attempts left')
    expect(await verify.isEnabled()).toBe(true)
    await expect.poll(() => isFocused(code)).toBe(true)
    await code.fill(fresh)
    await verify.click()
    await expectSignedIn(page)
  })
})
