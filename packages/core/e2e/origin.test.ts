import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { launchChromium } from '@auth-state/test-browser'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { servePage } from './browser'

// No token leaves the API's origin, in Chromium: browsers keep custom headers such as
// `auth-token` across a cross-origin redirect, and `redirect: 'manual'` gives an opaque response
// there. The API redirects to `other`, a server that allows any header from anywhere (a
// permissive CDN), and records what reaches it.

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server: Server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const cors = (origin: string) => ({
  'access-control-allow-origin': origin,
  'access-control-allow-headers': '*',
  'access-control-allow-methods': '*',
})

let browser: Browser
let page: Awaited<ReturnType<typeof servePage>>
let context: BrowserContext
let api: Awaited<ReturnType<typeof listen>>
let other: Awaited<ReturnType<typeof listen>>
const reachedOther: Seen[] = []

beforeAll(async () => {
  browser = await launchChromium()
  page = await servePage()
  const pageOrigin = new URL(page.url).origin
  other = await listen((req, res) => {
    reachedOther.push({ method: req.method!, url: req.url!, headers: req.headers })
    res.writeHead(200, { ...cors('*'), 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: true, data: { stolen: true }, message: 'OK' }))
  })
  api = await listen((req, res) => {
    const headers = cors(pageOrigin)
    if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end()
    // Every route of the API redirects to the other origin.
    const status = req.method === 'POST' ? 307 : 302
    res.writeHead(status, { ...headers, location: `${other.url}${req.url}` }).end()
  })
})
afterAll(async () => {
  await browser?.close()
  await Promise.all([page?.close(), api?.close(), other?.close()])
})
afterEach(async () => {
  await context?.close()
  reachedOther.length = 0
})

/** A tab already signed in: the stored session is put in localStorage before the page loads. */
async function signedInTab(): Promise<Page> {
  context = await browser.newContext()
  const now = Math.floor(Date.now() / 1000)
  const stored = {
    v: 1,
    email: 'ada@example.com',
    token: 'opaque-session-token',
    refreshToken: 'opaque-refresh-token',
    organizationId: 'org_1',
    accountId: null,
    expiresAt: (now + 300) * 1000,
    lifetimeMs: 300_000,
  }
  await context.addInitScript(
    (value) => localStorage.setItem('auth-state', value),
    JSON.stringify(stored),
  )
  const tab = await context.newPage()
  await tab.goto(`${page.url}?api=${encodeURIComponent(api.url)}`)
  await tab.waitForFunction(() => window.auth?.$session.get().status === 'authenticated')
  return tab
}

/** Runs `call` in the tab and reports its AuthError code, or 'ok'. */
const settle = (tab: Page, call: (arg: string) => Promise<unknown>, arg = '') =>
  tab.evaluate(
    ([source, value]) =>
      // The function crosses into the page as source text; it reaches window.auth there.
      (new Function('value', `return (${source})(value)`)(value) as Promise<unknown>).then(
        () => 'ok',
        (error: { code?: string }) => error.code,
      ),
    [call.toString(), arg] as const,
  )

describe('credentials stay on the API origin in Chromium', () => {
  it('client.fetch does not follow a 302 to another origin: invalid_response, nothing reaches it', async () => {
    const tab = await signedInTab()
    expect(await settle(tab, () => window.auth.fetch('/me'))).toBe('invalid_response')
    expect(await settle(tab, () => window.auth.fetchRaw('/me'))).toBe('invalid_response')
    expect(reachedOther).toEqual([])
  })

  it('a 307 on refresh does not re-post the refresh token to another origin', async () => {
    const tab = await signedInTab()
    expect(await settle(tab, () => window.auth.refresh())).toBe('invalid_response')
    expect(reachedOther).toEqual([])
    expect(await tab.evaluate(() => window.auth.$session.get().status)).toBe('authenticated')
  })

  it('client.fetch refuses a URL on another origin before sending anything', async () => {
    const tab = await signedInTab()
    expect(await settle(tab, (url) => window.auth.fetch(url), `${other.url}/x`)).toBe(
      'invalid_input',
    )
    expect(
      await settle(tab, (url) => window.auth.fetch(url), `//${new URL(other.url).host}/x`),
    ).toBe('invalid_input')
    expect(reachedOther).toEqual([])
  })

  it('logout through a 307 reaches only the API', async () => {
    const tab = await signedInTab()
    await tab.evaluate(() => window.auth.logout())
    expect(reachedOther).toEqual([])
  })
})
