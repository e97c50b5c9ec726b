import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { AuthProvider } from './provider'
import { useHealth } from './use-health'
import { useSession } from './use-session'

const renders = { session: 0, health: 0, offline: 0 }

function Session() {
  renders.session++
  return <p>session: {useSession().status}</p>
}

function Health() {
  renders.health++
  return <p>health: {useHealth().status}</p>
}

// A selector: re-renders only when "offline or not" changes.
function OfflineLine() {
  renders.offline++
  const offline = useHealth((h) => h.status === 'offline')
  return offline ? <p>Offline, reconnecting…</p> : null
}

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online })
  window.dispatchEvent(new Event(online ? 'online' : 'offline'))
}

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  cleanup()
  setOnline(true)
  await t.close()
})

test('an offline/online cycle re-renders what reads health, and nothing that reads the session', async () => {
  render(
    <AuthProvider client={t.auth}>
      <Session />
      <Health />
      <OfflineLine />
    </AuthProvider>,
  )
  expect(screen.getByText('health: ended')).toBeTruthy()
  await act(() => t.signIn())
  expect(screen.getByText('health: healthy')).toBeTruthy()
  for (const key of Object.keys(renders) as (keyof typeof renders)[]) renders[key] = 0

  act(() => setOnline(false))
  expect(screen.getByText('health: offline')).toBeTruthy()
  expect(screen.getByText('Offline, reconnecting…')).toBeTruthy()
  await act(async () => setOnline(true))
  expect(screen.getByText('health: healthy')).toBeTruthy()
  expect(screen.queryByText('Offline, reconnecting…')).toBeNull()

  expect(renders.session).toBe(0)
  expect(renders.offline).toBe(2)
  expect(renders.health).toBeGreaterThanOrEqual(2)
  expect(screen.getByText('session: authenticated')).toBeTruthy()
})
