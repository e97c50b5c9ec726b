// biome-ignore-all lint/suspicious/noDocumentCookie: clears the cookie the client wrote
import { type AuthClient, createAuthClient, type SessionState } from '@auth-state/core'
import { sessionCookie } from '@auth-state/core/cookie'
import { readSession } from '@auth-state/core/server'
import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { hydrate, tick, unmount } from 'svelte'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import Harness from '../test/Harness.svelte'
import { initialSession as cookieSession, serverMarkup } from '../test/markup'
import Page from '../test/Page.svelte'

const EMAIL = 'demo@example.com'
let server: DevServer
let browser: AuthClient
beforeEach(async () => {
  server = await startDevServer({ port: 0 })
  browser = createAuthClient({
    baseURL: server.url,
    storage: 'memory',
    crossTab: false,
    cookie: sessionCookie(),
  })
})
afterEach(async () => {
  browser.destroy()
  document.cookie = 'auth-state=; Max-Age=0; Path=/'
  vi.restoreAllMocks()
  await server.close()
})

async function hydrateServerMarkup(initialSession: SessionState) {
  const target = document.createElement('div')
  // Exactly what ssr.test.ts renders on the server with this initialSession.
  target.innerHTML = serverMarkup
  const first = target.querySelector('p')
  const warn = vi.spyOn(console, 'warn')
  const error = vi.spyOn(console, 'error')
  const app = hydrate(Harness, {
    target,
    props: { client: browser, initialSession, views: [Page] },
  })
  // Before the root mounts, the page is still exactly the server's.
  const hydratedText = target.textContent
  await tick()
  return { target, first, warn, error, app, hydratedText }
}

test('the server markup hydrates with the email in both, no mismatch, then the live OTP state', async () => {
  await browser.sendOtp(EMAIL)
  await browser.verifyOtp(server.inbox.latest(EMAIL) ?? '')
  const initialSession = readSession(document.cookie)
  expect(initialSession).toMatchObject({ status: 'authenticated', email: EMAIL })
  const r = await hydrateServerMarkup(initialSession)
  expect(r.hydratedText).toBe(`${EMAIL} welcome  3 code requests left`)
  expect(r.target.querySelector('p')).toBe(r.first)
  expect(r.target.textContent).toBe(`${EMAIL} welcome  2 code requests left`)
  expect(r.warn).not.toHaveBeenCalled()
  expect(r.error).not.toHaveBeenCalled()
  await unmount(r.app)
  expect(browser.$session.lc).toBe(0)
})

test('when the live session differs from the server one, it takes over once mounted', async () => {
  const r = await hydrateServerMarkup(cookieSession)
  expect(r.hydratedText).toBe(`${EMAIL} welcome  3 code requests left`)
  expect(r.target.textContent).toBe('unauthenticated  sign in 3 code requests left')
  expect(r.warn).not.toHaveBeenCalled()
  expect(r.error).not.toHaveBeenCalled()
  await unmount(r.app)
})
