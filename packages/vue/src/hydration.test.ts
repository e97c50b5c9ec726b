import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { createSSRApp, defineComponent, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { authPlugin } from './plugin'
import { useSession } from './use-session'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  vi.restoreAllMocks()
  await t.close()
})

test('hydration starts from the server markup, then shows the real session', async () => {
  await t.signIn()
  const seen: string[] = []
  const Status = defineComponent(() => {
    const status = useSession((s) => s.status)
    return () => {
      seen.push(status.value)
      return h('p', status.value)
    }
  })
  const container = document.createElement('div')
  container.innerHTML = await renderToString(createSSRApp(Status).use(authPlugin, t.auth))
  expect(container.textContent).toBe('loading')

  const warn = vi.spyOn(console, 'warn')
  const error = vi.spyOn(console, 'error')
  const app = createSSRApp(Status).use(authPlugin, t.auth)
  app.mount(container)
  expect(seen).toEqual(['loading', 'loading'])
  await nextTick()
  expect(container.textContent).toBe('authenticated')
  expect(warn).not.toHaveBeenCalled()
  expect(error).not.toHaveBeenCalled()
  app.unmount()
  expect(t.auth.$session.lc).toBe(0)
})
