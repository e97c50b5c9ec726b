// The browser suite of an example app: each example (apps/next, apps/nuxt, apps/sveltekit,
// apps/react-router) calls testExampleApp() from its e2e/app.test.ts (the production build) and
// e2e/dev.test.ts (the framework's dev server). One dev identity server and one app server per
// file; one browser context (a fresh profile) per test. It covers every point of issue 20's
// product (item 1) and its browser checks (item 5): the server guard of /account and /settings,
// server data in the first HTML, the organization switch reloading server data, the "session
// expired" notice in every tab and after a reload, every tab leaving a guarded page when the
// session ends, the signed-in visitor sent away from /sign-in, `Cache-Control: private,
// no-store`, no token in a cookie page script can read, a forged cookie refused, and sign-in
// with JavaScript disabled until the form has been posted once; offline, the header says
// "reconnecting" and stays signed in (issue 22 item 5).
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

/**
 * Console lines that are not a problem: the browser's own line for an expected 401 (a wrong
 * code; Vite's dev server, React Router's `react-router dev`, sends no reason phrase: `401 ()`),
 * and its line for a request made while the offline test has the context offline (a dev
 * server's own reconnect, say).
 */
const EXPECTED = /status of 401 \((Unauthorized)?\)|net::ERR_INTERNET_DISCONNECTED/

/**
 * Console lines that are: Vue and Svelte say "hydrat…" when markup mismatches, in production
 * too; React's production build logs "Minified React error #418" (or #423, #425) as an error.
 * Any other error line fails the test as well.
 */
const HYDRATION = /hydrat|mismatch|React error #(418|423|425)/i

/** The account data the dev identity server answers for the demo user (GET /network/v1/account). */
const ORGANIZATION = 'Demo Company'
const ACCOUNT = 'acc_demo'

/**
 * One registered user per sign-in: the server's per-email send throttle (a 30 s gap, the API's
 * own rule) would otherwise hold every test after the first. Each is the demo user (its two
 * organizations, its account) under another email.
 */
const USERS = [EMAIL, ...Array.from({ length: 30 }, (_, i) => `demo+${i + 1}@example.com`)].map(
  (email) => ({
    email,
    name: 'Demo User',
    organizationId: 'org_demo',
    accountId: ACCOUNT,
    organizations: [
      { id: 'org_demo', name: ORGANIZATION },
      { id: 'org_demo_labs', name: 'Demo Labs' },
    ],
  }),
)

/** A first load, in ms from the navigation's start. */
export interface FirstLoad {
  /** The first byte of the server's answer. */
  firstByte: number
  /** The email was in the header: parsed from the server's HTML, before any app script ran. */
  emailShown: number
  /** The API data (the organization's name) was in <main>. */
  dataShown: number
  firstPaint: number | null
  /** The app had hydrated: the live session took over from the server's. */
  hydrated: number
}

/** Runs in every page before its own scripts: marks the moment the header first shows `email`. */
function markEmailShown([email, data]: [string, string]): void {
  const marks: Array<[string, string, string]> = [
    ['example:email-shown', 'header', email],
    ['example:data-shown', 'main', data],
  ]
  const observer = new MutationObserver(() => {
    for (const mark of marks) {
      const [name, selector, text] = mark
      if (!document.querySelector(selector)?.textContent?.includes(text)) continue
      performance.mark(name)
      marks.splice(marks.indexOf(mark), 1)
    }
    if (!marks.length) observer.disconnect()
  })
  observer.observe(document, { subtree: true, childList: true, characterData: true })
}

/** The text of <main> without its <select> (whose options name every organization). */
function mainText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined
    for (const select of main?.querySelectorAll('select') ?? []) select.remove()
    return main?.textContent ?? ''
  })
}

/** The same in an HTML answer: <main>'s markup without its <select>s and scripts. */
function mainHtml(html: string): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? ''
  return main.replace(/<select[\s\S]*?<\/select>/g, '').replace(/<script[\s\S]*?<\/script>/g, '')
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const REDIRECT = [302, 303, 307]
const guarded = (page: Page) => ['/account', '/settings'].includes(new URL(page.url()).pathname)

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
    dev = await startDevServer({
      port: 0,
      users: USERS,
      otp: { cooldownSeconds: 0, maxSendsPerMinute: 1000 },
    })
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

  let nextUser = 0
  /** A registered user no earlier test of this file signed in as. */
  const freshEmail = () => USERS[++nextUser]!.email

  async function newContext(email = EMAIL): Promise<BrowserContext> {
    context = await browser.newContext({ viewport: { width: 1100, height: 800 } })
    context.setDefaultTimeout(10_000)
    await context.addInitScript(markEmailShown, [email, ORGANIZATION] as [string, string])
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

  /** Signs in (a fresh user) from /sign-in?next=/account and waits for the account data. */
  async function signedInAtAccount(email = freshEmail()): Promise<Page> {
    await newContext(email)
    const page = await open('/sign-in?next=%2Faccount')
    await signIn(page, email)
    await page.waitForURL(`${app.url}/account`)
    await expect.poll(() => mainText(page), { timeout: 10_000 }).toContain(ORGANIZATION)
    return page
  }

  /** `path` fetched from the server with the context's cookies, not following redirects. */
  async function serverGet(path = '/account', from = context!): Promise<Response> {
    const cookies = await from.cookies(app.url)
    return fetch(`${app.url}${path}`, {
      redirect: 'manual',
      headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
    })
  }
  const serverAccount = () => serverGet('/account')

  /** Where a redirect answer points: its path and query. */
  const locationOf = (response: Response) => {
    const url = new URL(response.headers.get('location') ?? '', app.url)
    return url.pathname + url.search
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
    it('guards /account and /settings on the server (?next= kept); a forged cookie is refused', async () => {
      for (const path of ['/account', '/settings']) {
        const response = await fetch(`${app.url}${path}`, { redirect: 'manual' })
        expect(REDIRECT).toContain(response.status)
        const location = new URL(response.headers.get('location') ?? '', app.url)
        expect(location.pathname).toBe('/sign-in')
        expect(location.searchParams.get('next')).toBe(path)
        expect(await response.text()).not.toContain('Organization')
      }
      // A cookie of the right name that the server did not seal: a signed-out visitor.
      const forged = await fetch(`${app.url}/account`, {
        redirect: 'manual',
        headers: {
          cookie:
            'auth-state=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAAAAAAAAAAAAAA.BBBB.CCCCCCCCCCCCCCCCCCCCCC',
        },
      })
      expect(REDIRECT).toContain(forged.status)
      expect(locationOf(forged)).toBe('/sign-in?next=%2Faccount')

      // In the browser too: the first response of the navigation was the redirect.
      const page = await open('/account')
      expect(new URL(page.url()).pathname).toBe('/sign-in')
      await expectHeaderSignedOut(page)
    })

    it('signs in with a code from the dev inbox: attempts left, cooldown, then back to ?next=', async () => {
      const email = freshEmail()
      await newContext(email)
      const page = await open('/account')
      const before = dev.inbox.latest(email)
      await page.getByLabel('Email').fill(email)
      await page.getByRole('button', { name: 'Send code' }).click()
      const code = await codeFromInbox(email, before)
      await page.getByLabel('Code').fill(code === '000000' ? '111111' : '000000')
      await page.getByRole('button', { name: 'Verify' }).click()
      await expect.poll(() => textNow(page, 'main')).toContain('2 attempts left')
      // core's otpMessage: the wrong code is named, and the resend waits for its cooldown.
      expect(await textNow(page, '[role="status"]')).toMatch(/code/i)
      expect(await page.getByRole('button', { name: /^Resend in \d+ s$/ }).isDisabled()).toBe(true)

      await page.getByLabel('Code').fill(code)
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.waitForURL(`${app.url}/account`)
      await expectHeaderSignedIn(page, email)
      // Data from GET /network/v1/account.
      await expect.poll(() => mainText(page), { timeout: 10_000 }).toContain(ORGANIZATION)
      expect(await mainText(page)).toContain(ACCOUNT)
      await expectOneClient(page)

      // No token in any cookie page script can read; the session cookie is HttpOnly.
      const secrets = dev.secrets()
      expect(secrets.length).toBeGreaterThan(0)
      const cookies = await context!.cookies(app.url)
      expect(cookies.filter((c) => c.name.endsWith('auth-state')).map((c) => c.httpOnly)).toEqual([
        true,
      ])
      const readable = [
        await page.evaluate(() => document.cookie),
        ...cookies.filter((c) => !c.httpOnly).map((c) => `${c.name}=${c.value}`),
      ].join('; ')
      for (const secret of secrets) expect(readable).not.toContain(secret)

      // A signed-in visitor to /sign-in goes to ?next=, or to /account: on the server...
      expect(locationOf(await serverGet('/sign-in?next=%2Fsettings'))).toBe('/settings')
      expect(locationOf(await serverGet('/sign-in'))).toBe('/account')
      expect(locationOf(await serverGet('/sign-in?next=%2F%2Fevil.example'))).toBe('/account')
      // ...and in the browser, where /settings is served (guarded) to the signed-in user.
      await page.goto(`${app.url}/sign-in?next=%2Fsettings`)
      await page.waitForURL(`${app.url}/settings`)
      await expectHeaderSignedIn(page, email)
      expectCleanConsole()
    })

    it('reloading /account: the first HTML has the email and the API data, private, and hydration is silent', async () => {
      // The demo email itself: the marks of every page of this context look for it.
      const page = await signedInAtAccount(EMAIL)
      consoleLines.length = 0
      const response = await page.reload()
      const html = (await response?.text()) ?? ''
      expect(response?.status()).toBe(200)
      // In the header's markup, not only in a framework's serialized data.
      expect(/<header[^>]*>([\s\S]*?)<\/header>/.exec(html)?.[1]).toContain(EMAIL)
      // The API data was loaded on the server: in <main>'s markup, outside the switcher.
      expect(mainHtml(html)).toContain(ORGANIZATION)
      expect(mainHtml(html)).toContain(ACCOUNT)
      // Personalised HTML: no shared cache keeps it, no back button shows it after a sign-out.
      const cacheControl = response?.headers()['cache-control'] ?? ''
      expect(cacheControl).toMatch(/\bno-store\b/)
      // Next's dev server sends every page `no-store` alone, replacing the app's header (no-store
      // already keeps it out of every cache); production builds send the app's.
      if (!options.dev) expect(cacheControl).toMatch(/\bprivate\b/)
      await hydrated(page)
      await expectHeaderSignedIn(page)
      await expect.poll(() => mainText(page), { timeout: 10_000 }).toContain(ORGANIZATION)
      // Never a secret in the page's HTML: the cookie carries the session view only.
      for (const secret of dev.secrets()) expect(html).not.toContain(secret)
      await expectOneClient(page)
      expectCleanConsole()

      const measure = () =>
        page.evaluate((hydratedMark): FirstLoad => {
          const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime
          const [navigation] = performance.getEntriesByType(
            'navigation',
          ) as PerformanceNavigationTiming[]
          const paint = at('first-contentful-paint')
          return {
            firstByte: Math.round(navigation!.responseStart),
            emailShown: Math.round(at('example:email-shown') ?? Number.NaN),
            dataShown: Math.round(at('example:data-shown') ?? Number.NaN),
            firstPaint: paint === undefined ? null : Math.round(paint),
            hydrated: Math.round(at(hydratedMark)!),
          }
        }, HYDRATED_MARK)
      const timings = [await measure()]
      // The server's HTML showed the email and the data before the app had hydrated.
      expect(timings[0]!.emailShown).toBeLessThan(timings[0]!.hydrated)
      expect(timings[0]!.dataShown).toBeLessThan(timings[0]!.hydrated)
      for (let i = 1; i < 5; i++) {
        await page.reload()
        await hydrated(page)
        timings.push(await measure())
      }
      console.log(
        `${name} (${options.dev ? 'dev' : 'production'}) reload of /account, median of 5 (ms): ` +
          `email ${median(timings.map((t) => t.emailShown))}, ` +
          `API data ${median(timings.map((t) => t.dataShown))}, ` +
          `hydrated ${median(timings.map((t) => t.hydrated))}; ${JSON.stringify(timings)}`,
      )
      expectCleanConsole()
    })

    it('the organization switcher changes the data calls and the server-rendered header', async () => {
      const page = await signedInAtAccount()
      const select = page.getByLabel('Organization')
      await expect
        .poll(() => select.locator('option').allTextContents())
        .toEqual(['Demo Company', 'Demo Labs'])
      await select.selectOption('org_demo_labs')
      // The account data was loaded again, for the new organization.
      await expect.poll(() => mainText(page), { timeout: 10_000 }).toContain('Demo Labs')
      expect(await mainText(page)).not.toContain(ORGANIZATION)
      await expect.poll(() => headerText(page), { timeout: 10_000 }).toContain('org_demo_labs')
      // The cookie followed the switch: the server renders the new organization and its data.
      const html = await (await serverAccount()).text()
      expect(/<header[^>]*>([\s\S]*?)<\/header>/.exec(html)?.[1]).toContain('org_demo_labs')
      expect(mainHtml(html)).toContain('Demo Labs')
      expect(mainHtml(html)).not.toContain(ORGANIZATION)
      expectCleanConsole()
    })

    it('on sign-out every tab leaves its guarded page, and the server then redirects again', async () => {
      const email = freshEmail()
      const first = await signedInAtAccount(email)
      const second = await open('/settings')
      await expectHeaderSignedIn(second, email)
      await first.bringToFront()
      await first.locator('header').getByRole('button', { name: 'Sign out' }).click()
      await expectHeaderSignedOut(first)
      await expectHeaderSignedOut(second)
      await expect.poll(() => guarded(first), { timeout: 10_000 }).toBe(false)
      await expect.poll(() => guarded(second), { timeout: 10_000 }).toBe(false)
      expect(REDIRECT).toContain((await serverAccount()).status)
      expectCleanConsole()
    })

    it('the "session expired" notice: in every tab, after a reload; every tab leaves its guarded page', async () => {
      const page = await signedInAtAccount()
      const other = await open('/settings')
      await page.bringToFront()
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
      for (const tab of [page, other]) {
        await expect
          .poll(() => textNow(tab, '[role="alert"]'), { timeout: 10_000 })
          .toMatch(/session expired/i)
        await expectHeaderSignedOut(tab)
        await expect.poll(() => guarded(tab), { timeout: 10_000 }).toBe(false)
      }
      expect((await serverAccount()).status).not.toBe(200)
      await page.reload()
      await hydrated(page)
      await expect.poll(() => textNow(page, '[role="alert"]')).toMatch(/session expired/i)
      expectCleanConsole()
    })

    it('offline: the header says "reconnecting" and stays signed in; back online, the line goes', async () => {
      const email = freshEmail()
      const page = await signedInAtAccount(email)
      const line = page.locator('header [role="status"]')
      expect(await line.count()).toBe(0)
      // The browser's `offline` event tells the client. No data call: a framework's reload of
      // server data may fall back to a full navigation, and the browser's own offline page.
      await context!.setOffline(true)
      await expect
        .poll(() => textNow(page, 'header [role="status"]'))
        .toMatch(/offline, reconnecting/i)
      await expectHeaderSignedIn(page, email)
      // Back online (no check due yet, the sign-in was one): the line goes, the session stayed.
      await context!.setOffline(false)
      await expect.poll(() => line.count(), { timeout: 10_000 }).toBe(0)
      await expectHeaderSignedIn(page, email)
      // (Next's route announcer is a [role=alert] too: look for the notice's words.)
      expect(await page.getByText(/session expired/i).count()).toBe(0)
      expect(guarded(page)).toBe(true)
      expectCleanConsole()
    })

    it('signs in with JavaScript disabled, and a flow posted without it continues with it', async () => {
      // 1. No script at all: the plain form posts, answered with redirects.
      const email = freshEmail()
      const bare = await browser.newContext({ javaScriptEnabled: false })
      try {
        const page = await bare.newPage()
        await page.goto(`${app.url}/sign-in?next=%2Faccount`)
        const before = dev.inbox.latest(email)
        await page.getByLabel('Email').fill(email)
        await page.getByRole('button', { name: 'Send code' }).click()
        const code = await codeFromInbox(email, before)
        await expect.poll(() => page.getByLabel('Code').count()).toBe(1)
        expect(await textNow(page, 'main')).toContain(email)
        await page.getByLabel('Code').fill(code === '000000' ? '111111' : '000000')
        await page.getByRole('button', { name: 'Verify' }).click()
        await expect.poll(() => textNow(page, 'main')).toContain('2 attempts left')
        await page.getByLabel('Code').fill(code)
        await page.getByRole('button', { name: 'Verify' }).click()
        await page.waitForURL(`${app.url}/account`)
        expect(await headerText(page)).toContain(email)
        expect(await textNow(page, 'main')).toContain(ORGANIZATION)
      } finally {
        await bare.close()
      }

      // 2. The code was asked for without script; the script then loads and takes the flow over.
      const second = freshEmail()
      const early = await browser.newContext({ javaScriptEnabled: false })
      let cookies: Awaited<ReturnType<BrowserContext['cookies']>>
      try {
        const page = await early.newPage()
        await page.goto(`${app.url}/sign-in?next=%2Fsettings`)
        const before = dev.inbox.latest(second)
        await page.getByLabel('Email').fill(second)
        await page.getByRole('button', { name: 'Send code' }).click()
        await codeFromInbox(second, before)
        await expect.poll(() => page.getByLabel('Code').count()).toBe(1)
        cookies = await early.cookies()
      } finally {
        await early.close()
      }
      await (await newContext(second)).addCookies(cookies)
      const page = await open('/sign-in?next=%2Fsettings')
      await expect.poll(() => page.getByLabel('Code').count()).toBe(1)
      expect(await textNow(page, 'main')).toContain(second)
      await page.getByLabel('Code').fill(dev.inbox.latest(second)!)
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.waitForURL(`${app.url}/settings`)
      await expectHeaderSignedIn(page, second)
      expectCleanConsole()
    })
  })
}
