// The browser suite of an example app: each example (apps/next, apps/nuxt, apps/sveltekit) calls
// testExampleApp() from its e2e/app.test.ts (the production build) and e2e/dev.test.ts (the
// framework's dev server). One dev identity server and one app server per file; one browser
// context (a fresh profile) per test.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { launchChromium } from '@auth-state/test-browser'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startApp } from './app-server'
import {
  EMAIL,
  expectHeaderSignedIn,
  expectHeaderSignedOut,
  HYDRATED_MARK,
  headerText,
  hydrated,
  textNow,
} from './page'

/** Console lines that are not a problem: the browser's own line for an expected 401. */
const EXPECTED = /status of 401 \(Unauthorized\)/

/**
 * Console lines that are: Vue and Svelte say "hydrat…" when markup mismatches, in production
 * too; React's production build logs "Minified React error #418" (or #423, #425) as an error.
 * Any other error line fails the test as well.
 */
const HYDRATION = /hydrat|mismatch|React error #(418|423|425)/i

/** A first load, in ms from the navigation's start. */
export interface FirstLoad {
  /** The first byte of the server's answer. */
  firstByte: number
  /** The email was in the header: parsed from the server's HTML, before any app script ran. */
  emailShown: number
  firstPaint: number | null
  /** The app had hydrated: the live session took over from the server's. */
  hydrated: number
}

/** Runs in every page before its own scripts: marks the moment the header first shows `email`. */
function markEmailShown(email: string): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('header')?.textContent?.includes(email)) return
    performance.mark('example:email-shown')
    observer.disconnect()
  })
  observer.observe(document, { subtree: true, childList: true, characterData: true })
}

/**
 * Runs in every page before its own scripts: counts the auth clients the page starts. Each live
 * client registers one handler on `window` for the tab waking up, for `visibilitychange`,
 * `online` and `focus` alike (the framework's own listeners, as Next's dev reconnect on
 * `online`, are other functions).
 */
function countClients(): void {
  const add = window.addEventListener
  const wake = ['visibilitychange', 'online', 'focus']
  const events = new Map<unknown, Set<string>>()
  const counted = window as unknown as { authClients: () => number }
  counted.authClients = () => [...events.values()].filter((names) => names.size === 3).length
  window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
    const [name, listener] = args
    if (wake.includes(name)) events.set(listener, (events.get(listener) ?? new Set()).add(name))
    return add.apply(this, args)
  } as typeof add
}

/** One auth client in the tab: a second (a render run twice, a leaked one) would double its work. */
async function expectOneClient(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => (window as unknown as { authClients: () => number }).authClients()),
  ).toBe(1)
}

export interface ExampleAppOptions {
  /**
   * Test the framework's dev server instead of the production build: `dev(port)` is its command
   * (run with `pnpm exec`). Dev mode adds React StrictMode's double renders, the frameworks' own
   * dev-time checks and hydration warnings that production builds leave out.
   */
  dev?: (port: number) => string[]
}

/**
 * `appDir`: the app's folder, holding its production build (unless `options.dev`). `name`: for
 * messages.
 */
export function testExampleApp(
  name: string,
  appDir: string,
  options: ExampleAppOptions = {},
): void {
  let dev: DevServer
  let app: AppServer
  let browser: Browser
  let context: BrowserContext | undefined
  let consoleLines: string[] = []

  beforeAll(async () => {
    // Liberal send limits on the server: every test signs in afresh, and the client's own
    // cooldown (per tab) is what the sign-in test looks at.
    dev = await startDevServer({ port: 0, otp: { cooldownSeconds: 0, maxSendsPerMinute: 1000 } })
    ;[app, browser] = await Promise.all([startApp(appDir, dev.url, options), launchChromium()])
  })
  afterEach(async ({ task }) => {
    if (context && task.result?.state === 'fail') {
      const dir = join(appDir, '.e2e-artifacts')
      mkdirSync(dir, { recursive: true })
      const file = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()
      for (const [index, page] of context.pages().entries())
        await page
          .screenshot({ path: join(dir, `${file}-tab${index + 1}.png`), fullPage: true })
          .catch(() => {})
      console.error(`${name} server output:\n${app.output()}\nconsole:\n${consoleLines.join('\n')}`)
    }
    await context?.close()
    context = undefined
    dev.faults.clear()
    dev.clock.offsetSeconds = 0
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await dev?.close()
  })

  async function newContext(): Promise<BrowserContext> {
    context = await browser.newContext({ viewport: { width: 1100, height: 800 } })
    context.setDefaultTimeout(10_000)
    await context.addInitScript(markEmailShown, EMAIL)
    await context.addInitScript(countClients)
    consoleLines = []
    context.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`))
    context.on('weberror', (error) => consoleLines.push(`pageerror: ${String(error.error())}`))
    return context
  }

  async function open(path: string): Promise<Page> {
    const page = await (context ?? (await newContext())).newPage()
    await page.goto(app.url + path)
    await hydrated(page)
    return page
  }

  /** The newest code the dev inbox holds for `email` once it differs from `before`. */
  async function codeFromInbox(email: string, before: string | undefined): Promise<string> {
    await expect.poll(() => dev.inbox.latest(email), { timeout: 10_000 }).not.toBe(before)
    return dev.inbox.latest(email)!
  }

  /** Email, Send code, the code from the dev inbox, Verify: as a person would. */
  async function signIn(page: Page, email = EMAIL): Promise<void> {
    const before = dev.inbox.latest(email)
    await page.getByLabel('Email').fill(email)
    await page.getByRole('button', { name: 'Send code' }).click()
    await page.getByLabel('Code').fill(await codeFromInbox(email, before))
    await page.getByRole('button', { name: 'Verify' }).click()
    await expectHeaderSignedIn(page, email)
  }

  /** Signs in from /sign-in?next=/account and waits for the account data. */
  async function signedInAtAccount(): Promise<Page> {
    const page = await open('/sign-in?next=%2Faccount')
    await signIn(page)
    await page.waitForURL(`${app.url}/account`)
    await expect.poll(() => textNow(page, 'main')).toContain('Demo Company')
    return page
  }

  /** /account fetched by the server with the context's cookies, not following redirects. */
  async function serverAccount(): Promise<Response> {
    const cookies = await context!.cookies(app.url)
    return fetch(`${app.url}/account`, {
      redirect: 'manual',
      headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
    })
  }

  function expectCleanConsole(): void {
    // No token, refresh token or code in any console line of any page.
    const all = consoleLines.join('\n')
    for (const secret of dev.secrets()) expect(all).not.toContain(secret)
    expect(consoleLines.filter((line) => HYDRATION.test(line))).toEqual([])
    const errors = consoleLines.filter(
      (line) => /^(error|pageerror):/.test(line) && !EXPECTED.test(line),
    )
    expect(errors).toEqual([])
    // Nor on the server's side: an error the framework printed (a dev-time check, say).
    expect(app.output().match(/^.*\bError\b.*$/gm) ?? []).toEqual([])
  }

  describe(`${name}: ${options.dev ? 'dev server' : 'production build'} in Chromium`, () => {
    it('redirects a signed-out request for /account on the server, keeping the path in ?next=', async () => {
      const response = await fetch(`${app.url}/account`, { redirect: 'manual' })
      expect([302, 303, 307]).toContain(response.status)
      const location = new URL(response.headers.get('location') ?? '', app.url)
      expect(location.pathname).toBe('/sign-in')
      expect(location.searchParams.get('next')).toBe('/account')
      expect(await response.text()).not.toContain('Organization')

      // In the browser too: the first response of the navigation was the redirect.
      const page = await open('/account')
      expect(new URL(page.url()).pathname).toBe('/sign-in')
      await expectHeaderSignedOut(page)
    })

    it('signs in with a code from the dev inbox: attempts left, cooldown, then back to ?next=', async () => {
      const page = await open('/account')
      const before = dev.inbox.latest(EMAIL)
      await page.getByLabel('Email').fill(EMAIL)
      await page.getByRole('button', { name: 'Send code' }).click()
      const code = await codeFromInbox(EMAIL, before)
      await page.getByLabel('Code').fill(code === '000000' ? '111111' : '000000')
      await page.getByRole('button', { name: 'Verify' }).click()
      await expect.poll(() => textNow(page, 'main')).toContain('2 attempts left')
      // core's otpMessage: the wrong code is named, and the resend waits for its cooldown.
      expect(await textNow(page, '[role="status"]')).toMatch(/code/i)
      expect(await page.getByRole('button', { name: /^Resend in \d+ s$/ }).isDisabled()).toBe(true)

      await page.getByLabel('Code').fill(code)
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.waitForURL(`${app.url}/account`)
      await expectHeaderSignedIn(page)
      // Data from GET /network/v1/account, through the typed auth.fetch.
      await expect.poll(() => textNow(page, 'main')).toContain('Demo Company')
      expect(await textNow(page, 'main')).toContain('acc_demo')
      await expectOneClient(page)
      expectCleanConsole()
    })

    it('reloading /account: the server HTML already shows the email, and hydration is silent', async () => {
      const page = await signedInAtAccount()
      consoleLines.length = 0
      const response = await page.reload()
      const html = (await response?.text()) ?? ''
      expect(response?.status()).toBe(200)
      // In the header's markup, not only in a framework's serialized data.
      expect(/<header[^>]*>([\s\S]*?)<\/header>/.exec(html)?.[1]).toContain(EMAIL)
      await hydrated(page)
      await expectHeaderSignedIn(page)
      await expect.poll(() => textNow(page, 'main')).toContain('Demo Company')
      // Never a secret in the page's HTML: the cookie carries the session view only.
      for (const secret of dev.secrets()) expect(html).not.toContain(secret)
      await expectOneClient(page)
      expectCleanConsole()

      const timings: FirstLoad = await page.evaluate((hydratedMark) => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime
        const [navigation] = performance.getEntriesByType(
          'navigation',
        ) as PerformanceNavigationTiming[]
        const paint = at('first-contentful-paint')
        return {
          firstByte: Math.round(navigation!.responseStart),
          emailShown: Math.round(at('example:email-shown') ?? Number.NaN),
          firstPaint: paint === undefined ? null : Math.round(paint),
          hydrated: Math.round(at(hydratedMark)!),
        }
      }, HYDRATED_MARK)
      console.log(`${name} first load of /account (ms): ${JSON.stringify(timings)}`)
      // The server's HTML showed the email before the app had hydrated.
      expect(timings.emailShown).toBeLessThan(timings.hydrated)
    })

    it('the organization switcher changes the data calls and the server-rendered header', async () => {
      const page = await signedInAtAccount()
      const select = page.getByLabel('Organization')
      await expect
        .poll(() => select.locator('option').allTextContents())
        .toEqual(['Demo Company', 'Demo Labs'])
      await select.selectOption('org_demo_labs')
      await expect.poll(() => textNow(page, 'main')).toContain('Demo Labs')
      await expect.poll(() => headerText(page)).toContain('org_demo_labs')
      // The cookie followed the switch: the server renders the new organization.
      const html = await (await serverAccount()).text()
      expect(html).toContain('org_demo_labs')
      expectCleanConsole()
    })

    it('a second tab follows sign-out, and the server then redirects again', async () => {
      const first = await signedInAtAccount()
      const second = await open('/account')
      await expectHeaderSignedIn(second)
      await first.bringToFront()
      await first.locator('header').getByRole('button', { name: 'Sign out' }).click()
      await expectHeaderSignedOut(first)
      await expectHeaderSignedOut(second)
      const response = await serverAccount()
      expect([302, 303, 307]).toContain(response.status)
      expectCleanConsole()
    })

    it('shows the "session expired" notice once the refresh token dies', async () => {
      const page = await signedInAtAccount()
      // The server now rejects every refresh, and its clock is past the access token's expiry:
      // the next data call gets a 401, the refresh fails, the session ends as expired.
      dev.faults.add({ route: '/identity/user/refresh-token', status: 401, times: -1 })
      dev.clock.offsetSeconds = 3600
      // The data call's 401 ends the session; a refresh already under way may end it first, and
      // then the signed-in page (with its Reload button) is gone before the click lands.
      await page
        .getByRole('button', { name: 'Reload' })
        .click({ timeout: 5_000 })
        .catch(async (error) => {
          if (!/session expired/i.test((await textNow(page, '[role="alert"]')) ?? '')) throw error
        })
      await expect
        .poll(() => textNow(page, '[role="alert"]'), { timeout: 10_000 })
        .toMatch(/session expired/i)
      await expectHeaderSignedOut(page)
      expect((await serverAccount()).status).not.toBe(200)
      expectCleanConsole()
    })
  })
}
