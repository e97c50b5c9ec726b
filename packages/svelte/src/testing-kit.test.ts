// Component tests as an app writes them: the public `@auth-state/core/testing` kit, from the
// built package, a real client on an in-memory identity API. No mocked store, no mocked fetch.
import { createTestAuth } from '@auth-state/core/testing'
import { fireEvent, render, screen } from '@testing-library/svelte'
import { tick } from 'svelte'
import { afterEach, expect, test, vi } from 'vitest'
import Gate from '../test/Gate.svelte'
import Harness from '../test/Harness.svelte'

afterEach(() => {
  vi.useRealTimers()
})

test('sign-in form: send → code → signed in', async () => {
  const { client, inbox, identity } = createTestAuth()
  render(Harness, { client, views: [Gate] })
  await fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'demo@example.com' } })
  await fireEvent.submit(screen.getByRole('button', { name: 'Send code' }))
  await screen.findByLabelText('Code')

  const code = inbox.latestCode('demo@example.com')
  await fireEvent.input(screen.getByLabelText('Code'), { target: { value: code } })
  await fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  await screen.findByText('Signed in as demo@example.com')
  expect(identity.sessions()).toHaveLength(1)
  client.destroy()
})

test('the gate shows the right branch, from the first render and after sign-out', async () => {
  const { client, identity } = createTestAuth({ signedInAs: { email: 'ada@example.com' } })
  const onRender = vi.fn()
  render(Harness, { client, views: [Gate], onRender })
  await tick()
  // Signed in at once: no loading flash, and one render, as with localStorage in production.
  expect(screen.getByText('Signed in as ada@example.com')).toBeTruthy()
  expect(onRender.mock.calls).toEqual([['authenticated']])

  await fireEvent.click(screen.getByRole('button', { name: 'Sign out' }))
  await screen.findByLabelText('Email')
  expect(identity.sessions()).toEqual([])
  client.destroy()
})

test('an expired session: the API revoked it, the next refresh signs the user out', async () => {
  vi.useFakeTimers()
  const { client, identity } = createTestAuth({ signedInAs: { email: 'demo@example.com' } })
  render(Harness, { client, views: [Gate] })
  identity.revokeSessions()
  // A 300 s token is refreshed 60 s before it expires.
  await vi.advanceTimersByTimeAsync(240_000)
  await tick()
  expect(screen.getByLabelText('Email')).toBeTruthy()
  client.destroy()
})

test('behaves like production: refreshes rotate without re-rendering, resends wait out the cooldown', async () => {
  vi.useFakeTimers()
  const { client, identity, failNext } = createTestAuth({
    signedInAs: { email: 'demo@example.com' },
  })
  const onRender = vi.fn()
  render(Harness, { client, views: [Gate], onRender })
  const first = await client.getToken()
  await vi.advanceTimersByTimeAsync(240_000)
  const second = await client.getToken()
  await vi.advanceTimersByTimeAsync(240_000)
  await tick()
  expect(identity.requests('/identity/user/refresh-token')).toBe(2)
  expect(new Set([first, second, await client.getToken()]).size).toBe(3)
  expect(onRender).toHaveBeenCalledTimes(1)

  // The server's answer to a refresh decides the session, as it would in production.
  failNext('/identity/user/refresh-token', { status: 401 })
  await vi.advanceTimersByTimeAsync(240_000)
  await tick()
  expect(screen.getByLabelText('Email')).toBeTruthy()

  // The client's own throttle: the resend button stays disabled for 30 s, and no request leaves.
  await fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'demo@example.com' } })
  await fireEvent.submit(screen.getByRole('button', { name: 'Send code' }))
  await vi.advanceTimersByTimeAsync(0)
  await tick()
  expect(screen.getByRole('button', { name: /Resend in 30s/ })).toHaveProperty('disabled', true)
  await client.sendOtp('demo@example.com').catch(() => {})
  expect(identity.requests('/identity/user/otp/email')).toBe(1)
  await vi.advanceTimersByTimeAsync(30_000)
  await tick()
  expect(screen.getByRole('button', { name: 'Resend code' })).toHaveProperty('disabled', false)
  client.destroy()
})
