import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { launchChromium } from '@auth-state/test-browser'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { readSession, readToken } from '../src/server'
import { servePage } from './browser'

// The cookie a real client writes in Chromium, read back by the server entry, as a server
// render would get it in the request's Cookie header.
const EMAIL = 'demo@example.com'
let browser: Browser
let page: Awaited<ReturnType<typeof servePage>>
let server: DevServer
let context: BrowserContext

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
})

async function open(query = ''): Promise<Page> {
  const tab = await context.newPage()
  await tab.goto(`${page.url}?api=${encodeURIComponent(server.url)}${query}`)
  await tab.waitForFunction(() => !!window.auth)
  return tab
}

/** The Cookie header Chromium would send to the page's origin. */
async function cookieHeader() {
  const cookies = await context.cookies(page.url)
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ')
}

async function signIn(tab: Page) {
  await tab.evaluate((email) => window.auth.sendOtp(email), EMAIL)
  const code = server.inbox.latest(EMAIL)!
  await tab.evaluate((c) => window.auth.verifyOtp(c), code)
}

it('readSession reads the email from the cookie a client wrote in Chromium; sign-out clears it', async () => {
  server = await startDevServer({ port: 0 })
  context = await browser.newContext()
  const tab = await open()
  expect(readSession(await cookieHeader())).toEqual({ status: 'unauthenticated' })
  await signIn(tab)
  const session = await tab.evaluate(() => window.auth.$session.get())
  expect(readSession(await cookieHeader())).toEqual(session)
  expect(session).toMatchObject({ status: 'authenticated', email: EMAIL })
  const [cookie] = await context.cookies(page.url)
  expect(cookie).toMatchObject({ name: 'auth-state', sameSite: 'Lax', secure: false, path: '/' })
  const stored = await tab.evaluate(() => localStorage.getItem('auth-state') ?? '')
  const { token, refreshToken } = JSON.parse(stored)
  expect(cookie!.value).not.toContain(token)
  expect(cookie!.value).not.toContain(refreshToken)

  // A reload keeps it; another tab's sign-out clears it.
  await tab.reload()
  await tab.waitForFunction(() => !!window.auth)
  expect(readSession(await cookieHeader())).toMatchObject({ email: EMAIL })
  const other = await open()
  await other.evaluate(() => window.auth.logout())
  await tab.waitForFunction(() => window.auth.$session.get().status === 'unauthenticated')
  expect(await context.cookies(page.url)).toEqual([])
  expect(readSession(await cookieHeader())).toEqual({ status: 'unauthenticated' })
})

it('with token: true, readToken gives the access token Chromium holds, never the refresh token', async () => {
  server = await startDevServer({ port: 0 })
  context = await browser.newContext()
  const tab = await open('&cookie=token')
  await signIn(tab)
  const { token, refreshToken } = JSON.parse(
    await tab.evaluate(() => localStorage.getItem('auth-state') ?? ''),
  )
  const header = await cookieHeader()
  expect(readToken(header)).toBe(token)
  expect(header).not.toContain(refreshToken)
  expect(header.length).toBeLessThan(4096)
})
