// The server-session mode in real Chromium: an app on http://app.localhost whose page runs
// createServerSessionClient and whose server mounts @auth-state/server's handler over the dev
// server, and another site, http://evil.test (mapped to loopback), in the same browser.
//
// The app is on a *.localhost name, not app.test: browsers send `Sec-Fetch-Site` only to
// potentially trustworthy origins (https, localhost), and a same-origin GET carries no `Origin`,
// so on plain http under any other name the handler cannot tell a proxied GET is same-origin
// and refuses it. Production is https, development localhost: both work.
import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { createAuthServer } from '@auth-state/server'
import { createTestBrowser } from '@auth-state/server/testing'
import { launchChromium } from '@auth-state/test-browser'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type ServedApp, serveApp, serveBlank } from './app'

const EMAIL = 'demo@example.com'
const SECRET = 'e2e-secret-0123456789-abcdefghijklmnopqrstuv'
const COOKIE = 'auth-state'

let browser: Browser
let dev: DevServer
let app: ServedApp
let evil: Awaited<ReturnType<typeof serveBlank>>
let context: BrowserContext

beforeAll(async () => {
  browser = await launchChromium(['--host-resolver-rules=MAP evil.test 127.0.0.1'])
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  dev = await startDevServer({ port: 0 })
  app = await serveApp({ host: 'app.localhost', apiURL: dev.url, secret: SECRET })
  evil = await serveBlank('evil.test')
  context = await browser.newContext()
})
afterEach(async () => {
  await context?.close()
  await app?.close()
  await evil?.close()
  await dev?.close()
})

async function open(): Promise<Page> {
  const tab = await context.newPage()
  await tab.goto(`${app.url}/`)
  await tab.waitForFunction(() => !!window.auth)
  await tab.evaluate(() => window.auth.ready)
  return tab
}

async function signIn(tab: Page) {
  await tab.evaluate((email) => window.auth.sendOtp(email), EMAIL)
  const code = dev.latestCode(EMAIL)!
  await tab.evaluate((c) => window.auth.verifyOtp(c), code)
}

const status = (tab: Page) => tab.evaluate(() => window.auth.$session.get())

/** Everything page script can see that could hold a secret, from one tab. */
const pageView = (tab: Page) =>
  tab.evaluate(() => {
    const dump = (s: Storage) => JSON.stringify(Object.entries({ ...s }))
    return {
      cookie: document.cookie,
      local: dump(localStorage),
      session: dump(sessionStorage),
      posted: window.posted,
      heard: window.heard,
      state: JSON.stringify([window.auth.$session.get(), window.auth.$otp.get()]),
    }
  })

function expectNoSecret(text: string, where: string) {
  const secrets = dev.secrets()
  expect(secrets.length).toBeGreaterThan(0)
  for (const secret of secrets)
    if (text.includes(secret)) throw new Error(`a token, refresh token or code is in ${where}`)
}

const sessionCookie = async () =>
  (await context.cookies(app.url)).find((cookie) => cookie.name === COOKIE)

describe('server-session app in Chromium', () => {
  it('signs in with no token, refresh token or code in cookies, storage, responses or tab messages', async () => {
    const bodies: Promise<string>[] = []
    context.on('response', (response) => bodies.push(response.text().catch(() => '')))
    const [one, two] = [await open(), await open()]
    await signIn(one)
    await two.waitForFunction(() => window.auth.$session.get().status === 'authenticated')
    // The rest of the API, so that every kind of answer passes through the page.
    await one.evaluate(() => window.auth.fetch('/network/v1/account'))
    const orgs = dev.users.find((u) => u.email === EMAIL)?.organizations ?? []
    await one.evaluate((id) => window.auth.setOrganization(id), orgs[1]!.id)
    await two.waitForFunction(
      (id) => (window.auth.$session.get() as { organizationId?: string }).organizationId === id,
      orgs[1]!.id,
    )
    await one.evaluate(() => window.auth.refresh())
    await one.evaluate(() => window.auth.fetchRaw('/network/v1/account'))

    for (const [name, tab] of [
      ['tab one', one],
      ['tab two', two],
    ] as const) {
      const view = await pageView(tab)
      expect(view.cookie).not.toContain(COOKIE)
      expectNoSecret(view.cookie, `${name}'s document.cookie`)
      expectNoSecret(view.local, `${name}'s localStorage`)
      expectNoSecret(view.session, `${name}'s sessionStorage`)
      expectNoSecret(JSON.stringify(view.posted), `a message ${name} posted`)
      expectNoSecret(JSON.stringify(view.heard), `a message ${name} heard`)
      expectNoSecret(view.state, `${name}'s atoms`)
      // Messages carry no data at all.
      for (const message of [...view.posted, ...view.heard])
        expect(message).toBe('"auth-state:changed"')
    }
    expect((await pageView(one)).posted.length).toBeGreaterThan(0)
    expect((await pageView(two)).heard.length).toBeGreaterThan(0)
    const texts = await Promise.all(bodies)
    expect(texts.some((text) => text.includes(EMAIL))).toBe(true)
    for (const text of texts) expectNoSecret(text, 'a response body the page received')

    const cookie = await sessionCookie()
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expectNoSecret(cookie!.value, 'the sealed cookie')
  })

  it('a forged, tampered or foreign cookie reads as unauthenticated', async () => {
    const tab = await open()
    await signIn(tab)
    const real = (await sessionCookie())!
    // Another app with another secret, on the same API: its cookie is valid there only.
    const other = createAuthServer({ apiURL: dev.url, secret: `${SECRET}-other`, proxy: [] })
    const otherBrowser = createTestBrowser(app.url, (request) => other.handle(request))
    const post = (path: string, body: unknown) =>
      otherBrowser.fetch(`/auth${path}`, {
        method: 'POST',
        headers: { 'x-auth-state': '1', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    await post('/otp/send', { email: 'second@example.com' })
    await post('/otp/verify', {
      email: 'second@example.com',
      code: dev.latestCode('second@example.com'),
    })
    const foreign = otherBrowser.cookies().find((c) => c.name === COOKIE)!.value
    const middle = Math.floor(real.value.length / 2)
    const flip = real.value[middle] === 'A' ? 'B' : 'A'
    const variants = {
      forged: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged',
      tampered: real.value.slice(0, middle) + flip + real.value.slice(middle + 1),
      foreign,
    }
    for (const [name, value] of Object.entries(variants)) {
      const fresh = await browser.newContext()
      await fresh.addCookies([{ ...real, value }])
      const page = await fresh.newPage()
      await page.goto(`${app.url}/`)
      await page.waitForFunction(() => !!window.auth)
      await page.evaluate(() => window.auth.ready)
      expect(await page.evaluate(() => window.auth.$session.get().status), name).toBe(
        'unauthenticated',
      )
      await fresh.close()
    }
    // The real one still works: the variants are refused for what they are.
    await tab.reload()
    await tab.waitForFunction(() => !!window.auth)
    await tab.evaluate(() => window.auth.ready)
    expect(await status(tab)).toMatchObject({ status: 'authenticated', email: EMAIL })
  })

  it('a page on another site cannot sign in, switch, log out or use the proxy', async () => {
    const tab = await open()
    const attacker = await context.newPage()
    await attacker.goto(`${evil.url}/`)
    const target = app.url

    /** From the other site: a credentialed fetch with the header, one without (no-cors), a form. */
    const attack = (path: string, body: Record<string, string>, method = 'POST') =>
      attacker.evaluate(
        async ({ url, body, method }) => {
          const json = JSON.stringify(body)
          const outcomes: string[] = []
          try {
            const r = await fetch(url, {
              method,
              credentials: 'include',
              headers: { 'x-auth-state': '1', 'content-type': 'application/json' },
              body: method === 'GET' ? undefined : json,
            })
            outcomes.push(`cors ${r.status}`)
          } catch {
            outcomes.push('cors blocked')
          }
          await fetch(url, {
            method,
            mode: 'no-cors',
            credentials: 'include',
            body: method === 'GET' ? undefined : json,
          }).catch(() => undefined)
          if (method === 'POST') {
            // A form can post JSON-looking text/plain: name + '=' + value.
            const frame = document.createElement('iframe')
            frame.name = `f${Math.random()}`
            document.body.append(frame)
            const form = document.createElement('form')
            form.method = 'POST'
            form.action = url
            form.enctype = 'text/plain'
            form.target = frame.name
            const input = document.createElement('input')
            input.name = `${json.slice(0, -1)},"x":"`
            input.value = '"}'
            form.append(input)
            document.body.append(form)
            const loaded = new Promise((resolve) => frame.addEventListener('load', resolve))
            form.submit()
            await loaded
          }
          return outcomes
        },
        { url: `${target}${path}`, body, method },
      )

    // Sign in: the code is asked for from the other site, then a real code is posted from it.
    const before = dev.inbox.list(EMAIL).length
    expect(await attack('/auth/otp/send', { email: EMAIL })).toEqual(['cors blocked'])
    expect(dev.inbox.list(EMAIL).length).toBe(before)
    await fetch(`${dev.url}/identity/user/otp/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL }),
    })
    const code = dev.latestCode(EMAIL)!
    await attack('/auth/otp/verify', { email: EMAIL, code })
    expect(await sessionCookie()).toBeUndefined()
    expect(dev.stats.count('POST /identity/user/login')).toBe(0)

    // Signed in on the app, the other site tries to switch, to log out, and to use the proxy.
    await signIn(tab)
    const signedIn = await status(tab)
    const orgs = dev.users.find((u) => u.email === EMAIL)?.organizations ?? []
    const other = orgs.find(
      (o) => o.id !== (signedIn as { organizationId: string }).organizationId,
    )!
    dev.stats.reset()
    await attack('/auth/organization', { organizationId: other.id })
    await attack('/auth/account', { accountId: 'acc-evil' })
    await attack('/auth/logout', {})
    await attack('/auth/api/network/v1/account', {}, 'GET')
    await attack('/auth/api/network/v1/account', { name: 'evil' }, 'POST')
    expect(dev.stats.count('POST /identity/user/logout')).toBe(0)
    expect(dev.stats.count('GET /network/v1/account')).toBe(0)
    expect(dev.stats.count('POST /network/v1/account')).toBe(0)

    // Every request from the other site reached the handler and was refused by its CSRF check
    // (the first line: SameSite and the JSON body rule come after it), none granted CORS.
    const fromEvil = app.handled.filter((h) => h.origin === evil.url || h.site === 'cross-site')
    expect(fromEvil.filter((h) => h.method !== 'OPTIONS').length).toBeGreaterThanOrEqual(12)
    for (const h of fromEvil) {
      const what = `${h.method} ${h.path}`
      expect(h.status, what).toBeGreaterThanOrEqual(400)
      if (h.method !== 'OPTIONS') expect(h.code, what).toBe('forbidden')
      expect(h.allowOrigin, what).toBeNull()
    }
    // The app's session is as it was, on the server and in the page.
    await tab.evaluate(() => window.auth.refresh())
    expect(await status(tab)).toEqual(signedIn)
    expect(await tab.evaluate(() => window.auth.fetch('/network/v1/account'))).toMatchObject({
      email: EMAIL,
    })
  })
})
