import { createAuthClient } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { cleanup, render } from '@testing-library/vue'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { SessionLoading, SignedIn, SignedOut } from './gates'
import { authPlugin } from './plugin'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  cleanup()
  await t.close()
})

const Gates = defineComponent(() => () => [
  h(SessionLoading, null, { default: () => 'loading' }),
  h(SignedIn, null, { default: () => 'in' }),
  h(SignedOut, null, { default: () => 'out' }),
])

test('each gate renders its default slot only in its own state', async () => {
  const view = render(Gates, { global: { plugins: [[authPlugin, t.auth]] } })
  expect(view.container.textContent).toBe('out')
  await t.signIn()
  await nextTick()
  expect(view.container.textContent).toBe('in')
  await t.auth.logout()
  await nextTick()
  expect(view.container.textContent).toBe('out')
})

test('SessionLoading shows while the session is loading', () => {
  const server = createAuthClient({ baseURL: t.server.url, ssr: true })
  const view = render(Gates, { global: { plugins: [[authPlugin, server]] } })
  expect(view.container.textContent).toBe('loading')
  server.destroy()
})
