// biome-ignore-all lint/suspicious/noDocumentCookie: clears the cookie the client wrote
import { type AuthClient, createAuthClient, type SessionState } from '@auth-state/core'
import { sessionCookie } from '@auth-state/core/cookie'
import { readSession } from '@auth-state/core/server'
import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { createSSRApp, defineComponent, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { SignedIn, SignedOut } from './gates'
import { authPlugin } from './plugin'
import { useOtp } from './use-otp'
import { useSession } from './use-session'

// A server render with its own ssr client and the cookie's session, then hydration in the DOM
// with the browser's client, as a Nuxt page does it.
const EMAIL = 'demo@example.com'
const renders = { who: 0, whole: 0, otp: 0 }
const Who = defineComponent(() => {
  const who = useSession((s) => (s.status === 'authenticated' ? s.email : s.status))
  return () => {
    renders.who++
    return h('p', who.value)
  }
})
const Status = defineComponent(() => {
  const session = useSession()
  return () => {
    renders.whole++
    return h('p', session.value.status)
  }
})
const SendsLeft = defineComponent(() => {
  const { state } = useOtp()
  return () => {
    renders.otp++
    return h('p', `${state.value.sendsLeft} code requests left`)
  }
})
const App = defineComponent(() => () => [
  h(Who),
  h(Status),
  h(SignedIn, null, { default: () => h('p', 'welcome') }),
  h(SignedOut, null, { default: () => h('p', 'sign in') }),
  h(SendsLeft),
])

let server: DevServer
const clients: AuthClient[] = []
beforeEach(async () => {
  server = await startDevServer({ port: 0 })
  Object.assign(renders, { who: 0, whole: 0, otp: 0 })
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  document.cookie = 'auth-state=; Max-Age=0; Path=/'
  vi.restoreAllMocks()
  await server.close()
})

function client(options: { ssr?: boolean } = {}) {
  const made = createAuthClient({
    baseURL: server.url,
    ...(options.ssr
      ? { ssr: true }
      : { storage: 'memory', crossTab: false, cookie: sessionCookie() }),
  })
  clients.push(made)
  return made
}

async function serverThenHydrate(browser: AuthClient, initialSession: SessionState) {
  const container = document.createElement('div')
  container.innerHTML = await renderToString(
    createSSRApp(App).use(authPlugin, client({ ssr: true }), { initialSession }),
  )
  const serverText = container.textContent
  const warn = vi.spyOn(console, 'warn')
  const error = vi.spyOn(console, 'error')
  const app = createSSRApp(App).use(authPlugin, browser, { initialSession })
  app.mount(container)
  await nextTick()
  return { container, serverText, warn, error, app }
}

test('the server and the hydrated page both show the email, with no mismatch and no re-render', async () => {
  const browser = client()
  await browser.sendOtp(EMAIL)
  await browser.verifyOtp(server.inbox.latest(EMAIL) ?? '')
  const initialSession = readSession(document.cookie)
  expect(initialSession).toMatchObject({ status: 'authenticated', email: EMAIL })

  const r = await serverThenHydrate(browser, initialSession)
  expect(r.serverText).toBe(`${EMAIL}authenticatedwelcome3 code requests left`)
  expect(r.warn).not.toHaveBeenCalled()
  expect(r.error).not.toHaveBeenCalled()
  // The OTP flow hydrated from the flow at rest, then took this tab's (one send spent).
  expect(r.container.textContent).toBe(`${EMAIL}authenticatedwelcome2 code requests left`)
  expect(renders).toEqual({ who: 2, whole: 2, otp: 3 })
  r.app.unmount()
  expect(browser.$session.lc).toBe(0)
})

test('when the live session differs from the server one, it takes over in one re-render', async () => {
  const initialSession: SessionState = {
    status: 'authenticated',
    email: EMAIL,
    organizationId: 'org_1',
    accountId: null,
  }
  const r = await serverThenHydrate(client(), initialSession)
  expect(r.serverText).toBe(`${EMAIL}authenticatedwelcome3 code requests left`)
  expect(r.warn).not.toHaveBeenCalled()
  expect(r.error).not.toHaveBeenCalled()
  expect(r.container.textContent).toBe('unauthenticatedunauthenticatedsign in3 code requests left')
  // At most one re-render each: the OTP state is an equal but new object here.
  expect(renders).toEqual({ who: 3, whole: 3, otp: 3 })
  r.app.unmount()
})
