import { resendCountdown } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { Email, SignIn } from '../test/sign-in'
import { AuthProvider } from './provider'
import { useOtp } from './use-otp'

function Countdown() {
  return <p>{useOtp().secondsUntilResend}</p>
}

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  cleanup()
  vi.useRealTimers()
  await t.close()
})

test('the sign-in form sends a code, verifies it and signs in', async () => {
  render(
    <AuthProvider client={t.auth}>
      <SignIn />
      <Email />
    </AuthProvider>,
  )
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'demo@example.com' } })
  fireEvent.submit(screen.getByRole('button', { name: 'Send code' }))
  await screen.findByLabelText('Code')
  expect(screen.getByRole('status').textContent).toMatch(/If this email is registered/)
  expect(screen.getByRole('button', { name: /Resend in \d+s/ })).toHaveProperty('disabled', true)

  fireEvent.change(screen.getByLabelText('Code'), { target: { value: '000000' } })
  fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  expect((await screen.findByRole('status')).textContent).toMatch(/(incorrect|expired)/)

  const code = t.server.inbox.latest('demo@example.com') ?? ''
  fireEvent.change(screen.getByLabelText('Code'), { target: { value: code } })
  fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  await screen.findByText('demo@example.com')
  expect(screen.getByLabelText('Email')).toBeTruthy()
})

test('the resend countdown ticks while mounted and stops when unmounted', async () => {
  await t.auth.sendOtp('demo@example.com')
  // Only timers and Date: the HTTP above needed real I/O.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  const view = render(
    <AuthProvider client={t.auth}>
      <Countdown />
    </AuthProvider>,
  )
  const shown = () => Number(view.container.textContent)
  const first = shown()
  expect(first).toBeGreaterThan(25)
  act(() => vi.advanceTimersByTime(1000))
  expect(shown()).toBe(first - 1)
  act(() => vi.advanceTimersByTime(3000))
  expect(shown()).toBe(first - 4)

  view.unmount()
  const $seconds = resendCountdown(t.auth.$otp)
  expect($seconds.lc).toBe(0)
  // nanostores keeps an unobserved store alive for one second before stopping it.
  vi.advanceTimersByTime(1000)
  expect(t.auth.$otp.lc).toBe(0)
  expect(vi.getTimerCount()).toBe(0)
  const frozen = $seconds.value
  vi.advanceTimersByTime(5000)
  expect($seconds.value).toBe(frozen)
})
