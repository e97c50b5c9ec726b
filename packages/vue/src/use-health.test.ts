import type { AuthClient } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { defineComponent, h, nextTick, type Plugin } from 'vue'
import { authPlugin } from './plugin'
import { useHealth } from './use-health'
import { useSession } from './use-session'

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

const withAuth = () => ({ global: { plugins: [[authPlugin, t.auth] as [Plugin, AuthClient]] } })

test('an offline/online cycle updates useHealth and re-renders nothing that reads the session', async () => {
  const renders = { session: 0, offline: 0 }
  const Session = defineComponent(() => {
    const session = useSession()
    return () => {
      renders.session++
      return h('p', `session: ${session.value.status}`)
    }
  })
  const Health = defineComponent(() => {
    const health = useHealth()
    const offline = useHealth((x) => x.status === 'offline')
    return () => {
      renders.offline++
      return [
        h('p', `health: ${health.value.status}`),
        offline.value ? h('p', 'Offline, reconnecting…') : null,
      ]
    }
  })
  await t.signIn()
  render(() => [h(Session), h(Health)], withAuth())
  expect(screen.getByText('health: healthy')).toBeTruthy()
  renders.session = 0

  setOnline(false)
  await nextTick()
  expect(screen.getByText('health: offline')).toBeTruthy()
  expect(screen.getByText('Offline, reconnecting…')).toBeTruthy()
  setOnline(true)
  await nextTick()
  expect(screen.getByText('health: healthy')).toBeTruthy()
  expect(screen.queryByText('Offline, reconnecting…')).toBeNull()
  expect(renders.session).toBe(0)
})
