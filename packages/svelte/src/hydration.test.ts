import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { hydrate, tick, unmount } from 'svelte'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import Harness from '../test/Harness.svelte'
import Status from '../test/Status.svelte'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  vi.restoreAllMocks()
  await t.close()
})

test('hydrating the server markup adopts it and shows the real session', async () => {
  await t.signIn()
  const target = document.createElement('div')
  // Exactly what ssr.test.ts renders on the server for the same components.
  target.innerHTML = '<!--[--><!--[--><!--[--><p>loading/0</p><!--]--><!--]--><!--]-->'
  const serverParagraph = target.querySelector('p')
  const warn = vi.spyOn(console, 'warn')
  const error = vi.spyOn(console, 'error')
  const app = hydrate(Harness, { target, props: { client: t.auth, views: [Status] } })
  await tick()
  expect(target.querySelector('p')).toBe(serverParagraph)
  // The signing in above started a resend cooldown.
  expect(target.textContent).toMatch(/^authenticated\/\d+$/)
  expect(warn).not.toHaveBeenCalled()
  expect(error).not.toHaveBeenCalled()
  await unmount(app)
  expect(t.auth.$session.lc).toBe(0)
})
