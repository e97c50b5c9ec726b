// @vitest-environment happy-dom
// The React adapter, unchanged, on a server-session client: the app's components as they are,
// through createTestServerSession (the real handler over the in-memory identity API), in the
// DOM environment the adapters' own tests use.
import { otpMessage } from '@auth-state/core'
import { AuthProvider, SignedIn, SignedOut, useAuth, useOtp, useSession } from '@auth-state/react'
import { createTestServerSession } from '@auth-state/server/testing'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { type FormEvent, useState } from 'react'
import { afterEach, expect, test, vi } from 'vitest'

function SignIn() {
  const { state, sendOtp, verifyOtp } = useOtp()
  const [value, setValue] = useState('')
  const enteringCode = state.step === 'code-sent' || state.step === 'verifying'
  function submit(event: FormEvent) {
    event.preventDefault()
    ;(enteringCode ? verifyOtp(value) : sendOtp(value)).catch(() => {})
    setValue('')
  }
  return (
    <form onSubmit={submit}>
      <input
        aria-label={enteringCode ? 'Code' : 'Email'}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">{enteringCode ? 'Verify' : 'Send code'}</button>
      <p role="status">{otpMessage(state)}</p>
    </form>
  )
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

afterEach(cleanup)

test('useSession, useOtp and the gates render a server-session client: sign in, sign out', async () => {
  const kit = createTestServerSession()
  await kit.client.ready
  render(
    <AuthProvider client={kit.client}>
      <SignedOut>
        <SignIn />
      </SignedOut>
      <SignedIn>
        <Account />
      </SignedIn>
    </AuthProvider>,
  )
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'demo@example.com' } })
  fireEvent.submit(screen.getByRole('button', { name: 'Send code' }))
  await screen.findByLabelText('Code')
  fireEvent.change(screen.getByLabelText('Code'), {
    target: { value: kit.inbox.latestCode('demo@example.com') },
  })
  fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  await screen.findByText('Signed in as demo@example.com')
  expect(kit.identity.sessions()).toHaveLength(1)
  expect(kit.browser.cookies()).toEqual([expect.objectContaining({ httpOnly: true })])

  fireEvent.click(screen.getByRole('button', { name: 'Sign out' }))
  await screen.findByLabelText('Email')
  // The page signs out at once; the handler ends the server session right after.
  await vi.waitFor(() => expect(kit.identity.sessions()).toEqual([]))
  expect(kit.browser.cookies()).toEqual([])
  kit.client.destroy()
})
