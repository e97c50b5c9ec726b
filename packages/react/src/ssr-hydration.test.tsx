// biome-ignore-all lint/suspicious/noDocumentCookie: clears the cookie the client wrote
import { type AuthClient, createAuthClient, type SessionState } from '@auth-state/core'
import { sessionCookie } from '@auth-state/core/cookie'
import { readSession } from '@auth-state/core/server'
import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { SignedIn, SignedOut } from './gates'
import { AuthProvider } from './provider'
import { useOtp } from './use-otp'
import { useSession } from './use-session'

// A server render with its own ssr client and the cookie's session, then hydration in the DOM
// with the browser's client, as a Next.js page does it.
const EMAIL = 'demo@example.com'
const renders = { session: 0, whole: 0, otp: 0 }

function Who() {
  renders.session++
  return <p>{useSession((s) => (s.status === 'authenticated' ? s.email : s.status))}</p>
}
function Status() {
  renders.whole++
  return <p>{useSession().status}</p>
}
function SendsLeft() {
  renders.otp++
  return <p>{useOtp().state.sendsLeft} code requests left</p>
}
const App = ({ client, initialSession }: { client: AuthClient; initialSession: SessionState }) => (
  <AuthProvider client={client} initialSession={initialSession}>
    <Who />
    <Status />
    <SignedIn>
      <p>welcome</p>
    </SignedIn>
    <SignedOut>
      <p>sign in</p>
    </SignedOut>
    <SendsLeft />
  </AuthProvider>
)

let server: DevServer
const clients: AuthClient[] = []
beforeEach(async () => {
  server = await startDevServer({ port: 0 })
  renders.session = 0
  renders.whole = 0
  renders.otp = 0
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

/** Renders on the server, hydrates in the DOM, and records what React reported. */
async function serverThenHydrate(browser: AuthClient, initialSession: SessionState) {
  const container = document.createElement('div')
  container.innerHTML = renderToString(
    <App client={client({ ssr: true })} initialSession={initialSession} />,
  )
  const serverText = container.textContent
  const recoverable: unknown[] = []
  const consoleError = vi.spyOn(console, 'error')
  const consoleWarn = vi.spyOn(console, 'warn')
  const root = await act(() =>
    hydrateRoot(container, <App client={browser} initialSession={initialSession} />, {
      onRecoverableError: (error) => recoverable.push(error),
    }),
  )
  return { container, serverText, recoverable, consoleError, consoleWarn, root }
}

test('the server and the hydrated page both show the email, with no mismatch and no re-render', async () => {
  const browser = client()
  await browser.sendOtp(EMAIL)
  await browser.verifyOtp(server.inbox.latest(EMAIL) ?? '')
  // What the server reads from the request's Cookie header, as the browser wrote it.
  const initialSession = readSession(document.cookie)
  expect(initialSession).toMatchObject({ status: 'authenticated', email: EMAIL })

  const r = await serverThenHydrate(browser, initialSession)
  expect(r.serverText).toBe(`${EMAIL}authenticatedwelcome3 code requests left`)
  expect(r.recoverable).toEqual([])
  expect(r.consoleError).not.toHaveBeenCalled()
  expect(r.consoleWarn).not.toHaveBeenCalled()
  // The OTP flow hydrated from the server's state at rest, then took the browser's: one send
  // was spent in this tab.
  expect(r.container.textContent).toBe(`${EMAIL}authenticatedwelcome2 code requests left`)
  // One render on the server, one hydrating: the live session was equal, so no third.
  expect(renders.session).toBe(2)
  expect(renders.whole).toBe(2)
  expect(renders.otp).toBe(3) // server, hydrating, then the restored state
  act(() => r.root.unmount())
  expect(browser.$session.lc).toBe(0)
})

test('when the live session differs from the server one, it takes over in one re-render', async () => {
  // The cookie said signed in; this browser's storage has no session (say, cleared meanwhile).
  const initialSession: SessionState = {
    status: 'authenticated',
    email: EMAIL,
    organizationId: 'org_1',
    accountId: null,
  }
  const r = await serverThenHydrate(client(), initialSession)
  expect(r.serverText).toBe(`${EMAIL}authenticatedwelcome3 code requests left`)
  expect(r.recoverable).toEqual([])
  expect(r.consoleError).not.toHaveBeenCalled()
  expect(r.container.textContent).toBe('unauthenticatedunauthenticatedsign in3 code requests left')
  expect(renders.session).toBe(3)
  expect(renders.whole).toBe(3)
  act(() => r.root.unmount())
})
