import { resendCountdown } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { fireEvent, render, screen } from '@testing-library/svelte'
import { tick } from 'svelte'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import Countdown from '../test/Countdown.svelte'
import Email from '../test/Email.svelte'
import Harness from '../test/Harness.svelte'
import SignIn from '../test/SignIn.svelte'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  vi.useRealTimers()
  await t.close()
})

test('the sign-in form sends a code, verifies it and signs in', async () => {
  render(Harness, { client: t.auth, views: [SignIn, Email] })
  await fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'demo@example.com' } })
  await fireEvent.submit(screen.getByRole('button', { name: 'Send code' }))
  await screen.findByLabelText('Code')
  expect(screen.getByRole('status').textContent).toMatch(/If this email is registered/)
  expect(screen.getByRole('button', { name: /Resend in \d+s/ })).toHaveProperty('disabled', true)

  await fireEvent.input(screen.getByLabelText('Code'), { target: { value: '000000' } })
  await fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/incorrect/))

  const code = t.server.inbox.latest('demo@example.com') ?? ''
  await fireEvent.input(screen.getByLabelText('Code'), { target: { value: code } })
  await fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  await screen.findByText('demo@example.com')
  expect(screen.getByLabelText('Email')).toBeTruthy()
})

test('the resend countdown ticks while mounted and stops when unmounted', async () => {
  await t.auth.sendOtp('demo@example.com')
  // Only timers and Date: the HTTP above needed real I/O.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  const view = render(Harness, { client: t.auth, views: [Countdown] })
  const shown = () => Number(view.container.textContent)
  const first = shown()
  expect(first).toBeGreaterThan(25)
  vi.advanceTimersByTime(1000)
  await tick()
  expect(shown()).toBe(first - 1)
  vi.advanceTimersByTime(3000)
  await tick()
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
