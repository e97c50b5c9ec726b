import { createAuthClient } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { render } from '@testing-library/svelte'
import { tick } from 'svelte'
import { afterEach, beforeEach, expect, test } from 'vitest'
import Gates from '../test/Gates.svelte'
import Harness from '../test/Harness.svelte'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  await t.close()
})

test('each gate store is true only in its own state', async () => {
  const view = render(Harness, { client: t.auth, views: [Gates] })
  expect(view.container.textContent).toBe('out')
  await t.signIn()
  await tick()
  expect(view.container.textContent).toBe('in')
  await t.auth.logout()
  await tick()
  expect(view.container.textContent).toBe('out')
})

test('loading is true while the session is loading', () => {
  const server = createAuthClient({ baseURL: t.server.url, ssr: true })
  const view = render(Harness, { client: server, views: [Gates] })
  expect(view.container.textContent).toBe('loading')
  server.destroy()
})
