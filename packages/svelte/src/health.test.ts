import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { render, screen } from '@testing-library/svelte'
import { tick } from 'svelte'
import { afterEach, beforeEach, expect, test } from 'vitest'
import Harness from '../test/Harness.svelte'
import HealthLine from '../test/HealthLine.svelte'

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online })
  window.dispatchEvent(new Event(online ? 'online' : 'offline'))
}

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  setOnline(true)
  await t.close()
})

test('$health shows offline then healthy; the session part re-renders nothing', async () => {
  let sessionRenders = 0
  await t.signIn()
  render(Harness, { client: t.auth, views: [HealthLine], onRender: () => sessionRenders++ })
  await tick()
  expect(screen.getByText('health: healthy')).toBeTruthy()
  sessionRenders = 0

  setOnline(false)
  await tick()
  expect(screen.getByText('health: offline')).toBeTruthy()
  expect(screen.getByText('Offline, reconnecting…')).toBeTruthy()
  setOnline(true)
  await tick()
  expect(screen.getByText('health: healthy')).toBeTruthy()
  expect(screen.queryByText('Offline, reconnecting…')).toBeNull()
  expect(sessionRenders).toBe(0)
})
