import { AuthError, currentTabAuthClient, type SessionState, tabAuthClient } from '@auth-state/core'
import { sessionCookie } from '@auth-state/core/cookie'
import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { act, cleanup, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { AuthProvider, useAuth } from './provider'
import { useSession } from './use-session'

// <AuthProvider options>: the provider makes the tab's client itself, as a Next.js root layout
// (a server component) renders it with plain data.
const EMAIL = 'demo@example.com'
let server: DevServer
let n = 0
let storageKey: string
beforeEach(async () => {
  server = await startDevServer({ port: 0 })
  storageKey = `provider-options-${++n}`
})
afterEach(async () => {
  cleanup()
  vi.restoreAllMocks()
  await server.close()
})

const seen = new Set<unknown>()
function Who() {
  seen.add(useAuth())
  return <p>{useSession((s) => (s.status === 'authenticated' ? s.email : s.status))}</p>
}

test('under StrictMode one client is made, however often React renders and remounts', async () => {
  seen.clear()
  // Each live client listens for the tab waking up: a second one would add a second listener.
  const listen = vi.spyOn(window, 'addEventListener')
  const app = () => (
    <StrictMode>
      <AuthProvider options={{ baseURL: server.url, storageKey }}>
        <Who />
      </AuthProvider>
    </StrictMode>
  )
  const view = render(app())
  view.rerender(app())
  const wakeListeners = listen.mock.calls.filter(([name]) => name === 'visibilitychange')
  expect(wakeListeners).toHaveLength(1)
  expect(seen.size).toBe(1)
  const client = tabAuthClient({ baseURL: server.url, storageKey })
  expect(seen.has(client)).toBe(true)

  // And it is the live client: a sign-in through it shows.
  await act(async () => {
    await client.sendOtp(EMAIL)
    await client.verifyOtp(server.inbox.latest(EMAIL) ?? '')
  })
  expect(screen.getByText(EMAIL)).toBeTruthy()
  await act(() => client.logout())
})

test('hydrates over the server HTML of the same options with no mismatch, then goes live', async () => {
  const initialSession: SessionState = {
    status: 'authenticated',
    email: EMAIL,
    organizationId: 'org_1',
    accountId: null,
  }
  // The server's render (ssr: true stands in for a process with no window).
  const container = document.createElement('div')
  container.innerHTML = renderToString(
    <AuthProvider
      options={{ baseURL: server.url, storageKey, ssr: true }}
      initialSession={initialSession}
    >
      <Who />
    </AuthProvider>,
  )
  expect(container.textContent).toBe(EMAIL)
  const recoverable: unknown[] = []
  const consoleError = vi.spyOn(console, 'error')
  const root = await act(() =>
    hydrateRoot(
      container,
      <AuthProvider options={{ baseURL: server.url, storageKey }} initialSession={initialSession}>
        <Who />
      </AuthProvider>,
      { onRecoverableError: (error) => recoverable.push(error) },
    ),
  )
  expect(recoverable).toEqual([])
  expect(consoleError).not.toHaveBeenCalled()
  // This tab's storage holds no session: the live state took over after hydration.
  expect(container.textContent).toBe('unauthenticated')
  act(() => root.unmount())
})

test('without client or options it says what is missing, with a typed error', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const props = {} as { client: never }
  expect(() => render(<AuthProvider {...props} />)).toThrow(AuthError)
  expect(() => render(<AuthProvider {...props} />)).toThrow(/needs `client` or `options`/)
})

test("code outside React reaches the provider's client, and other options replacing it warn", async () => {
  seen.clear()
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  render(
    <AuthProvider
      options={{ baseURL: server.url, storageKey, cookie: sessionCookie({ token: false }) }}
    >
      <Who />
    </AuthProvider>,
  )
  const [provided] = [...seen]
  // A React Router clientLoader has no context: it asks for the tab's client by storage key.
  const outside = currentTabAuthClient(storageKey)
  expect(outside).toBe(provided)
  await act(async () => {
    await outside?.sendOtp(EMAIL)
    await outside?.verifyOtp(server.inbox.latest(EMAIL) ?? '')
  })
  expect(screen.getByText(EMAIL)).toBeTruthy()
  expect(warn).not.toHaveBeenCalled()

  // The mistake the warning is for: other options (the cookie forgotten) replace the live client.
  const replaced = tabAuthClient({ baseURL: server.url, storageKey })
  expect(replaced).not.toBe(provided)
  expect(warn).toHaveBeenCalledTimes(1)
  expect(String(warn.mock.calls[0]?.[0])).toMatch(/other options \(cookie\)/)
  expect(String(warn.mock.calls[0]?.[0])).not.toContain(server.url)
  expect(currentTabAuthClient(storageKey)).toBe(replaced)
  await act(() => replaced.logout())
})
