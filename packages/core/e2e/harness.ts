import { type DevServer, type DevServerOptions, startDevServer } from '@auth-state/dev-server'
import { launchChromium } from '@auth-state/test-browser'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { servePage } from './browser'

export const EMAIL = 'demo@example.com'

/**
 * The frame every Chromium file here shares: one browser and the test page (e2e/page.ts) for the
 * file, a dev server on loopback and a fresh context (one origin, one localStorage) per test.
 * Registers its hooks in the calling file; `begin` starts a test, `open` adds a tab.
 */
export function chromiumTabs() {
  let browser: Browser
  let page: Awaited<ReturnType<typeof servePage>>
  let server: DevServer | undefined
  let context: BrowserContext | undefined

  beforeAll(async () => {
    browser = await launchChromium()
    page = await servePage()
  })
  afterAll(async () => {
    await browser?.close()
    await page?.close()
  })
  afterEach(async () => {
    await context?.close()
    await server?.close()
    context = server = undefined
  })

  return {
    get server(): DevServer {
      return server!
    },
    get context(): BrowserContext {
      return context!
    },
    get pageUrl(): string {
      return page.url
    },
    /** A dev server and a fresh context; resolves to the page errors the context will collect. */
    async begin(options: DevServerOptions = {}): Promise<string[]> {
      server = await startDevServer({ port: 0, ...options })
      context = await browser.newContext()
      const errors: string[] = []
      context.on('weberror', (e) => errors.push(String(e.error())))
      return errors
    },
    /** A new tab on the test page, its client made (`query` adds page options: `&idle=8,4`). */
    async open(query = ''): Promise<Page> {
      const tab = await context!.newPage()
      await tab.goto(`${page.url}?api=${encodeURIComponent(server!.url)}${query}`)
      await tab.waitForFunction(() => !!window.auth)
      return tab
    },
    /** Signs `tab` in with the code the dev server's inbox shows. */
    async signIn(tab: Page, email = EMAIL): Promise<void> {
      await tab.evaluate((e) => window.auth.sendOtp(e), email)
      const code = server!.inbox.latest(email)!
      await tab.evaluate((c) => window.auth.verifyOtp(c), code)
    },
  }
}
