import { describe, expect, it } from 'vitest'
import {
  expectSignedIn,
  expectSignedOut,
  field,
  PANELS,
  panel,
  setupPlayground,
  signIn,
  textNow,
} from './harness'

const start = setupPlayground()
const REFRESH = 'POST /identity/user/refresh-token'

describe('session', () => {
  it('a token refresh happens while the page stays signed in, and the protected call still works', async () => {
    // 4 s tokens: core refreshes at half their life, every ~2 s.
    const { open, server } = await start({ tokenTtlSeconds: 4 })
    const page = await open()
    await signIn(page, 'Svelte')
    const svelte = panel(page, 'Svelte')
    // The token's times are there from the sign-in on, not only after a first refresh.
    expect(await field(svelte, 'Token expires in').textContent()).toMatch(/^\d+ s \(at /)
    const issued = await field(svelte, 'Token issued').textContent()
    expect(issued).toMatch(/^\d\d:\d\d:\d\d$/)

    // Past the first token's expiry: refreshes happened, shown in the cards and the log.
    await page.waitForTimeout(5_000)
    expect(server.stats.count(REFRESH)).toBeGreaterThanOrEqual(2)
    await expectSignedIn(page)
    for (const name of PANELS) {
      const region = panel(page, name)
      const refreshed = await field(region, 'Token issued').textContent()
      expect(refreshed).toMatch(/^\d\d:\d\d:\d\d$/)
      expect(refreshed).not.toBe(issued)
      expect(await field(region, 'Token expires in').textContent()).toMatch(/^\d+ s \(at /)
    }
    expect(
      await panel(page, 'Event log').locator('li[data-event="refresh"]').count(),
    ).toBeGreaterThanOrEqual(2)

    await svelte.getByRole('button', { name: 'Call protected API' }).click()
    await expect
      .poll(() => textNow(svelte.locator('output')))
      .toMatch(/GET \/network\/v1\/account → 200 Demo Company \(acc_demo\)/)
    expect(server.stats.count('GET /network/v1/account')).toBeGreaterThanOrEqual(1)

    // After a reload the cards show the restored token's times at once ("expires in —" is gone).
    await page.reload()
    await expectSignedIn(page)
    for (const name of PANELS)
      expect(await field(panel(page, name), 'Token expires in').textContent()).toMatch(
        /^\d+ s \(at /,
      )
  })

  it('the organization switcher lists the organizations and changes the one later calls use', async () => {
    const { open } = await start()
    const page = await open()
    await signIn(page, 'React')
    const vue = panel(page, 'Vue')
    const select = vue.getByLabel('Switch organization')
    await expect
      .poll(() => select.locator('option').allTextContents())
      .toEqual(['Demo Company', 'Demo Labs'])
    await select.selectOption('org_demo_labs')
    await expectSignedIn(page, 'org_demo_labs')
    const react = panel(page, 'React')
    await react.getByRole('button', { name: 'Call protected API' }).click()
    await expect
      .poll(() => textNow(react.locator('output')))
      .toMatch(/→ 200 Demo Labs \(acc_demo\)/)
  })

  it('the console shows no token, refresh token or code', async () => {
    const { open, server, consoleLines } = await start({ tokenTtlSeconds: 3 })
    const page = await open()
    // A wrong code first, then the right one; refreshes; protected calls; sign out.
    const react = panel(page, 'React')
    await react.getByLabel('Email').fill('demo@example.com')
    await react.getByRole('button', { name: 'Send code' }).click()
    await react.getByLabel('Code').fill('00000000')
    await react.getByRole('button', { name: 'Verify' }).click()
    await expect.poll(() => textNow(react.locator('.hint'))).toBe('2 attempts left')
    await react.getByRole('button', { name: 'Change email' }).click()
    await page.waitForTimeout(3_100) // the resend cooldown
    await signIn(page, 'React')
    await page.waitForTimeout(4_000)
    for (const name of PANELS)
      await panel(page, name).getByRole('button', { name: 'Call protected API' }).click()
    await expect.poll(() => textNow(panel(page, 'Vue').locator('output'))).toMatch(/→ 200/)
    await panel(page, 'Vue').getByRole('button', { name: 'Sign out' }).click()
    await expectSignedOut(page)

    const secrets = server.secrets()
    expect(secrets.length).toBeGreaterThanOrEqual(5) // 2 codes, access and refresh tokens
    const text = consoleLines.join('\n')
    for (const secret of secrets) expect(text).not.toContain(secret)
    // The event log shows no secret either (the dev inbox panel shows codes, on purpose).
    const log = (await panel(page, 'Event log').textContent()) ?? ''
    expect(log).toMatch(/logout/)
    for (const secret of secrets) expect(log).not.toContain(secret)
    expect(consoleLines.filter((line) => line.startsWith('pageerror'))).toEqual([])
  })
})
