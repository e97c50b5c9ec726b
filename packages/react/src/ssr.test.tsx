// @vitest-environment node

import { sessionCookie } from '@auth-state/core/cookie'
import { startAuth, type TestAuth, withoutWindow } from '@auth-state/test-utils'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, expect, test } from 'vitest'

// Imported inside the test, once `window` is watched.
let adapter: typeof import('./index')

function Status() {
  const session = adapter.useSession()
  const { secondsUntilResend } = adapter.useOtp()
  return (
    <p>
      {session.status}/{secondsUntilResend}
    </p>
  )
}

function Otp() {
  return <p>{adapter.useOtp().state.sendsLeft}</p>
}

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  await t.close()
})

test('server rendering touches no window and renders the session as loading', async () => {
  // Signed in on the server too: the markup must still not claim a session the browser may lack.
  await t.signIn()
  const { result: html, touched } = await withoutWindow(async () => {
    adapter = await import('./index')
    const { AuthProvider } = adapter
    return renderToString(
      <AuthProvider client={t.auth}>
        <Status />
      </AuthProvider>,
    )
  })
  expect(touched).toEqual([])
  expect(html).toBe('<p>loading<!-- -->/<!-- -->0</p>')
  expect(t.auth.$session.lc).toBe(0)
})

test('with initialSession the server renders it, and the OTP flow at rest, not this process state', async () => {
  await t.signIn() // spent one send: the client's own $otp says 2 left
  const { result: html, touched } = await withoutWindow(async () => {
    adapter = await import('./index')
    const { AuthProvider, SignedIn, SignedOut, SessionLoading } = adapter
    return renderToString(
      <AuthProvider
        client={t.auth}
        initialSession={{
          status: 'authenticated',
          email: 'demo@example.com',
          organizationId: 'org_1',
          accountId: null,
        }}
      >
        <SignedIn>in</SignedIn>
        <SignedOut>out</SignedOut>
        <SessionLoading>loading</SessionLoading>
        <Status />
        <Otp />
      </AuthProvider>,
    )
  })
  expect(touched).toEqual([])
  expect(html).toBe('in<p>authenticated<!-- -->/<!-- -->0</p><p>3</p>')
  expect(t.auth.$session.lc).toBe(0)
})

test('with options, a server render makes an inert client of its own and shows initialSession', async () => {
  adapter = await import('./index')
  const { AuthProvider, SignedIn, SignedOut } = adapter
  // As a Next.js layout's client component gives them to the provider, the server render included.
  const options = { baseURL: t.server.url, cookie: sessionCookie() }
  const session = {
    status: 'authenticated',
    email: 'demo@example.com',
    organizationId: 'org_1',
    accountId: null,
  } as const
  const page = (initialSession?: typeof session) =>
    renderToString(
      <AuthProvider options={options} initialSession={initialSession}>
        <SignedIn>in</SignedIn>
        <SignedOut>out</SignedOut>
        <Status />
      </AuthProvider>,
    )
  expect(page(session)).toBe('in<p>authenticated<!-- -->/<!-- -->0</p>')
  // The next request, another person: nothing of the first render carries over.
  expect(page()).toBe('<p>loading<!-- -->/<!-- -->0</p>')
})
