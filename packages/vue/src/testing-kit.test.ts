// Component tests as an app writes them: the public `@auth-state/core/testing` kit, from the
// built package, a real client on an in-memory identity API. No mocked composable, no mocked fetch.
import type { AuthClient } from '@auth-state/core'
import { createTestAuth } from '@auth-state/core/testing'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { afterEach, expect, test, vi } from 'vitest'
import { defineComponent, h, nextTick, type Plugin } from 'vue'
import SignInForm from '../test/SignInForm.vue'
import { authPlugin, useAuth } from './plugin'
import { useSession } from './use-session'

let renders = 0

// The README's gate: one branch per status.
const App = defineComponent(() => {
  const auth = useAuth()
  const status = useSession((s) => s.status)
  const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
  return () => {
    renders++
    if (status.value === 'loading') return h('p', 'Loading…')
    if (status.value === 'unauthenticated') return h(SignInForm)
    return h('p', [
      `Signed in as ${email.value} `,
      h('button', { onClick: () => auth.logout() }, 'Sign out'),
    ])
  }
})

const withAuth = (client: AuthClient) => ({
  global: { plugins: [[authPlugin, client] as [Plugin, AuthClient]] },
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  renders = 0
})

test('sign-in form: send → code → signed in', async () => {
  const { client, inbox, identity } = createTestAuth()
  render(App, withAuth(client))
  await fireEvent.update(screen.getByLabelText('Email'), 'demo@example.com')
  await fireEvent.submit(screen.getByRole('button', { name: 'Send code' }))
  await screen.findByLabelText('Code')

  await fireEvent.update(screen.getByLabelText('Code'), inbox.latestCode('demo@example.com')!)
  await fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  await screen.findByText('Signed in as demo@example.com')
  expect(identity.sessions()).toHaveLength(1)
  client.destroy()
})

test('the gate shows the right branch, from the first render and after sign-out', async () => {
  const { client, identity } = createTestAuth({ signedInAs: { email: 'ada@example.com' } })
  render(App, withAuth(client))
  // Signed in at once: no loading flash, and one render, as with localStorage in production.
  expect(screen.getByText('Signed in as ada@example.com')).toBeTruthy()
  expect(renders).toBe(1)

  await fireEvent.click(screen.getByRole('button', { name: 'Sign out' }))
  await screen.findByLabelText('Email')
  expect(identity.sessions()).toEqual([])
  client.destroy()
})

test('an expired session: the API revoked it, the next refresh signs the user out', async () => {
  vi.useFakeTimers()
  const { client, identity } = createTestAuth({ signedInAs: { email: 'demo@example.com' } })
  render(App, withAuth(client))
  identity.revokeSessions()
  // A 300 s token is refreshed 60 s before it expires.
  await vi.advanceTimersByTimeAsync(240_000)
  await nextTick()
  expect(screen.getByLabelText('Email')).toBeTruthy()
  client.destroy()
})

test('behaves like production: refreshes rotate without re-rendering, resends wait out the cooldown', async () => {
  vi.useFakeTimers()
  const { client, identity, failNext } = createTestAuth({
    signedInAs: { email: 'demo@example.com' },
  })
  render(App, withAuth(client))
  const first = await client.getToken()
  await vi.advanceTimersByTimeAsync(240_000)
  const second = await client.getToken()
  await vi.advanceTimersByTimeAsync(240_000)
  await nextTick()
  expect(identity.requests('/identity/user/refresh-token')).toBe(2)
  expect(new Set([first, second, await client.getToken()]).size).toBe(3)
  expect(renders).toBe(1)

  // The server's answer to a refresh decides the session, as it would in production.
  failNext('/identity/user/refresh-token', { status: 401 })
  await vi.advanceTimersByTimeAsync(240_000)
  await nextTick()
  expect(screen.getByLabelText('Email')).toBeTruthy()

  // The client's own throttle: the resend button stays disabled for 30 s, and no request leaves.
  await fireEvent.update(screen.getByLabelText('Email'), 'demo@example.com')
  await fireEvent.submit(screen.getByRole('button', { name: 'Send code' }))
  await vi.advanceTimersByTimeAsync(0)
  expect(screen.getByRole('button', { name: /Resend in 30s/ })).toHaveProperty('disabled', true)
  await client.sendOtp('demo@example.com').catch(() => {})
  expect(identity.requests('/identity/user/otp/email')).toBe(1)
  await vi.advanceTimersByTimeAsync(30_000)
  await nextTick()
  expect(screen.getByRole('button', { name: 'Resend code' })).toHaveProperty('disabled', false)
  client.destroy()
})
