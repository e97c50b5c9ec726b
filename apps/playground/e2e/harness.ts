// Shared set-up of the browser tests: Debian's Chromium (playwright-core), the BUILT playground
// (dist/, served by a tiny static server on a free port) and, per test, a dev server on a free
// port that the page is pointed at with ?api=.
//
// Assertions read the DOM with count()/allTextContents(), which do not wait for an animation
// frame: a background tab (the other tab of the tab tests) gets none, yet its DOM must follow.
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type DevServer, type DevServerOptions, startDevServer } from '@auth-state/dev-server'
import { launchChromium } from '@auth-state/test-browser'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'

const DIST = fileURLToPath(new URL('../dist/', import.meta.url))
const ARTIFACTS = fileURLToPath(new URL('../.e2e-artifacts/', import.meta.url))

export const EMAIL = 'demo@example.com'
/** The resend cooldown of the tests, given to both the dev server and the page (?cooldown=). */
export const COOLDOWN_SECONDS = 3
export const PANELS = ['React', 'Vue', 'Svelte'] as const
export type PanelName = (typeof PANELS)[number]

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

/** Serves dist/ on a free loopback port; unknown paths get index.html. */
async function serveDist(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(
      'apps/playground/dist is missing: build it first (pnpm --filter @auth-state/playground build, or run pnpm test:e2e at the root, which builds)',
    )
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = resolve(DIST, `.${path}`)
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory())
      file = join(DIST, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(await readFile(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

export interface Playground {
  server: DevServer
  context: BrowserContext
  /** Every console message and page error of every page, as text. */
  consoleLines: string[]
  /** A new tab of the same browser context (same origin, same localStorage). */
  open(): Promise<Page>
}

/**
 * Registers the hooks of one test file and returns `start`, which each test calls once with
 * the dev server options it needs. A failing test leaves screenshots of its pages in
 * apps/playground/.e2e-artifacts/.
 */
export function setupPlayground() {
  let browser: Browser
  let site: Awaited<ReturnType<typeof serveDist>>
  let current: Playground | undefined

  beforeAll(async () => {
    site = await serveDist()
    browser = await launchChromium()
  })
  afterEach(async ({ task }) => {
    const playground = current
    current = undefined
    if (!playground) return
    if (task.result?.state === 'fail') {
      mkdirSync(ARTIFACTS, { recursive: true })
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()
      const pages = playground.context.pages()
      for (const [index, page] of pages.entries())
        await page
          .screenshot({ path: join(ARTIFACTS, `${name}-tab${index + 1}.png`), fullPage: true })
          .catch(() => {})
    }
    await playground.context.close()
    await playground.server.close()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  return async function start(options: DevServerOptions = {}): Promise<Playground> {
    const server = await startDevServer({
      port: 0,
      ...options,
      otp: { cooldownSeconds: COOLDOWN_SECONDS, ...options.otp },
    })
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    // Fail a step in seconds, with its own message, rather than the whole test at its timeout.
    context.setDefaultTimeout(10_000)
    const consoleLines: string[] = []
    context.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`))
    context.on('weberror', (error) => consoleLines.push(`pageerror: ${String(error.error())}`))
    const query = new URLSearchParams({ api: server.url, cooldown: String(COOLDOWN_SECONDS) })
    current = {
      server,
      context,
      consoleLines,
      async open() {
        const page = await context.newPage()
        await page.goto(`${site.url}?${query}`)
        // Every panel has rendered its first state.
        for (const name of PANELS)
          await panel(page, name).locator('form, .session').first().waitFor()
        return page
      },
    }
    return current
  }
}

export const panel = (page: Page, name: PanelName | 'Dev inbox' | 'Event log'): Locator =>
  page.getByRole('region', { name, exact: true })

/** The value shown next to a label of a panel's session card. */
export const field = (region: Locator, label: string): Locator =>
  region.locator(`dt:text-is("${label}") + dd`)

/** The codes listed in the page's dev inbox panel, newest first. */
export const inboxCodes = (page: Page): Promise<string[]> =>
  panel(page, 'Dev inbox').locator('li code').allTextContents()

/** The newest code of the page's dev inbox panel, once it lists more than `seen` codes. */
export async function codeFromInbox(page: Page, seen = 0): Promise<string> {
  await expect
    .poll(async () => (await inboxCodes(page)).length, { timeout: 10_000 })
    .toBeGreaterThan(seen)
  const [code] = await inboxCodes(page)
  expect(code).toMatch(/^\d{6}$/)
  return code!
}

/** Email, Send code, the code from the dev inbox panel, Verify: as a person would. */
export async function signIn(page: Page, from: PanelName): Promise<void> {
  await page.bringToFront() // the tab a person types in
  const region = panel(page, from)
  const seen = (await inboxCodes(page)).length
  await region.getByLabel('Email').fill(EMAIL)
  await region.getByRole('button', { name: 'Send code' }).click()
  const codeField = region.getByLabel('Code')
  await codeField.waitFor()
  await codeField.fill(await codeFromInbox(page, seen))
  await region.getByRole('button', { name: 'Verify' }).click()
  await expectSignedIn(page)
}

/** The text of the first match now, or null: never waits, for use inside expect.poll. */
export const textNow = async (locator: Locator): Promise<string | null> =>
  (await locator.allTextContents())[0] ?? null

/** All three panels show the same signed-in session. */
export async function expectSignedIn(page: Page, organizationId = 'org_demo'): Promise<void> {
  for (const name of PANELS) {
    const region = panel(page, name)
    const message = `the ${name} panel of ${page.url()} shows the session`
    await expect
      .poll(() => textNow(field(region, 'Email')), { timeout: 10_000, message })
      .toBe(EMAIL)
    await expect
      .poll(() => textNow(field(region, 'Organization')), { timeout: 10_000, message })
      .toContain(organizationId)
    await expect.poll(() => textNow(field(region, 'Account')), { message }).toBe('acc_demo')
  }
}

/** All three panels show the sign-in form. */
export async function expectSignedOut(page: Page): Promise<void> {
  for (const name of PANELS) {
    const region = panel(page, name)
    const message = `the ${name} panel of ${page.url()} shows the sign-in form`
    await expect
      .poll(() => region.getByLabel('Email').count(), { timeout: 10_000, message })
      .toBe(1)
    expect(await region.locator('dl').count(), message).toBe(0)
  }
}
