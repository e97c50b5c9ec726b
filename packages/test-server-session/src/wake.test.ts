// @vitest-environment happy-dom
// A tab that wakes asks the handler again (at most every 30 s): a session that ended on the
// server while the tab slept shows as expired without waiting for the next call.
import { createTestServerSession } from '@auth-state/server/testing'
import { afterEach, expect, test, vi } from 'vitest'

afterEach(() => {
  vi.useRealTimers()
})

test('focus after 30 s asks the handler; sooner it does not', async () => {
  const kit = createTestServerSession()
  await kit.client.ready
  await kit.signIn()
  // The server session ends while the tab is in the background (its cookie is gone): a check
  // would show it at once, so a tab still signed in after a focus asked nothing.
  kit.browser.clearCookies()
  window.dispatchEvent(new Event('focus'))
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(kit.client.$session.get().status).toBe('authenticated')

  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 })
  window.dispatchEvent(new Event('focus'))
  await vi.waitFor(() =>
    expect(kit.client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' }),
  )
  kit.client.destroy()
})

test('offline then online within 30 s: $health says offline, then healthy again without a check', async () => {
  const kit = createTestServerSession()
  await kit.client.ready
  await kit.signIn()
  expect(kit.client.$health.get()).toEqual({ status: 'healthy' })
  // happy-dom has no network to lose: the browser's flag and its event, as Chromium sends them.
  const onLine = vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false)
  window.dispatchEvent(new Event('offline'))
  expect(kit.client.$health.get()).toMatchObject({ status: 'offline' })
  expect(kit.client.$session.get().status).toBe('authenticated')
  // Back online soon after the sign-in's check: no new check is due, but the line must go.
  onLine.mockReturnValue(true)
  window.dispatchEvent(new Event('online'))
  expect(kit.client.$health.get()).toEqual({ status: 'healthy' })
  expect(kit.client.$session.get().status).toBe('authenticated')
  onLine.mockRestore()
  kit.client.destroy()
})
