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
