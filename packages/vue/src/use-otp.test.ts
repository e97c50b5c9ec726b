import type { AuthClient } from '@auth-state/core'
import { resendCountdown } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { defineComponent, h, nextTick, type Plugin } from 'vue'
import SessionEmail from '../test/SessionEmail.vue'
import SignInForm from '../test/SignInForm.vue'
import { authPlugin } from './plugin'
import { useOtp } from './use-otp'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  cleanup()
  vi.useRealTimers()
  await t.close()
})

const withAuth = () => ({ global: { plugins: [[authPlugin, t.auth] as [Plugin, AuthClient]] } })

test('the <script setup> sign-in form sends a code, verifies it and signs in', async () => {
  render(() => [h(SignInForm), h(SessionEmail)], withAuth())
  await fireEvent.update(screen.getByLabelText('Email'), 'demo@example.com')
  await fireEvent.submit(screen.getByRole('button', { name: 'Send code' }))
  await screen.findByLabelText('Code')
  expect(screen.getByRole('status').textContent).toMatch(/If this email is registered/)
  expect(screen.getByRole('button', { name: /Resend in \d+s/ })).toHaveProperty('disabled', true)

  await fireEvent.update(screen.getByLabelText('Code'), '000000')
  await fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/incorrect/))

  await fireEvent.update(screen.getByLabelText('Code'), t.server.inbox.latest('demo@example.com')!)
  await fireEvent.submit(screen.getByRole('button', { name: 'Verify' }))
  await screen.findByText('demo@example.com')
  expect(screen.getByLabelText('Email')).toBeTruthy()
})

test('the resend countdown ticks while mounted and stops when unmounted', async () => {
  const Countdown = defineComponent(() => {
    const { secondsUntilResend } = useOtp()
    return () => h('p', secondsUntilResend.value)
  })
  await t.auth.sendOtp('demo@example.com')
  // Only timers and Date: the HTTP above needed real I/O.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  const view = render(Countdown, withAuth())
  const shown = () => Number(view.container.textContent)
  const first = shown()
  expect(first).toBeGreaterThan(25)
  vi.advanceTimersByTime(1000)
  await nextTick()
  expect(shown()).toBe(first - 1)
  vi.advanceTimersByTime(3000)
  await nextTick()
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
