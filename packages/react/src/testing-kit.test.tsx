// Component tests as an app writes them: the public `@auth-state/core/testing` kit, from the
// built package, a real client on an in-memory identity API. No mocked hook, no mocked fetch.
import { createTestAuth } from '@auth-state/core/testing'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { SignIn } from '../test/sign-in'
import { AuthProvider, useAuth } from './provider'
import { useSession } from './use-session'

let renders = 0

// The README's gate: one branch per status.
function App() {
  renders++
  const status = useSession((s) => s.status)
  if (status === 'loading') return <p>Loading…</p>
  return status === 'authenticated' ? <Account /> : <SignIn />
}

function Account() {
  const auth = useAuth()
  const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
  return (
    <p>
      Signed in as {email}{' '}
      <button type="button" onClick={() => auth.logout()}>
        Sign out
      </button>
    </p>
  )
}

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  renders = 0
})

test('sign-in form: send → code → signed in', async () => {
  const { client, inbox, identity } = createTestAuth()
  render(
    <AuthProvider client={client}>
      <App />
    </AuthProvider>,
  )
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'demo@example.com' } })
  fireEvent.submit(screen.getByRole('button', { name: 'Send code' }))
  await screen.findByLabelText('Code')

  fireEvent.change(screen.getByLabelText('Code'), {
    target: { value: inbox.latestCode('demo@example.com') },
  })
  fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  await screen.findByText('Signed in as demo@example.com')
  expect(identity.sessions()).toHaveLength(1)
  client.destroy()
})

test('the gate shows the right branch, from the first render and after sign-out', async () => {
  const { client, identity } = createTestAuth({ signedInAs: { email: 'ada@example.com' } })
  render(
    <AuthProvider client={client}>
      <App />
    </AuthProvider>,
  )
  // Signed in at once: no loading flash, and one render, as with localStorage in production.
  expect(screen.getByText('Signed in as ada@example.com')).toBeTruthy()
  expect(renders).toBe(1)

  fireEvent.click(screen.getByRole('button', { name: 'Sign out' }))
  await screen.findByLabelText('Email')
  expect(identity.sessions()).toEqual([])
  client.destroy()
})

test('an expired session: the API revoked it, the next refresh signs the user out', async () => {
  vi.useFakeTimers()
  const { client, identity } = createTestAuth({ signedInAs: { email: 'demo@example.com' } })
  render(
    <AuthProvider client={client}>
      <App />
    </AuthProvider>,
  )
  identity.revokeSessions()
  // A 300 s token is refreshed 60 s before it expires.
  await act(() => vi.advanceTimersByTimeAsync(240_000))
  expect(screen.getByLabelText('Email')).toBeTruthy()
  client.destroy()
})

test('behaves like production: refreshes rotate without re-rendering, resends wait out the cooldown', async () => {
  vi.useFakeTimers()
  const { client, identity, failNext } = createTestAuth({
    signedInAs: { email: 'demo@example.com' },
  })
  render(
    <AuthProvider client={client}>
      <App />
    </AuthProvider>,
  )
  const first = await client.getToken()
  await act(() => vi.advanceTimersByTimeAsync(240_000))
  const second = await client.getToken()
  await act(() => vi.advanceTimersByTimeAsync(240_000))
  expect(identity.requests('/identity/user/refresh-token')).toBe(2)
  expect(new Set([first, second, await client.getToken()]).size).toBe(3)
  expect(renders).toBe(1)

  // The server's answer to a refresh decides the session, as it would in production.
  failNext('/identity/user/refresh-token', { status: 401 })
  await act(() => vi.advanceTimersByTimeAsync(240_000))
  expect(screen.getByLabelText('Email')).toBeTruthy()

  // The client's own throttle: the resend button stays disabled for 30 s, and no request leaves.
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'demo@example.com' } })
  await act(async () => fireEvent.submit(screen.getByRole('button', { name: 'Send code' })))
  const resend = screen.getByRole('button', { name: /Resend in 30s/ })
  expect(resend).toHaveProperty('disabled', true)
  await act(() => client.sendOtp('demo@example.com').catch(() => {}))
  expect(identity.requests('/identity/user/otp/email')).toBe(1)
  await act(() => vi.advanceTimersByTimeAsync(30_000))
  expect(screen.getByRole('button', { name: 'Resend code' })).toHaveProperty('disabled', false)
  client.destroy()
})
