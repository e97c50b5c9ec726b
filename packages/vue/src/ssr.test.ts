// @vitest-environment node

import { startAuth, type TestAuth, withoutWindow } from '@auth-state/test-utils'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  await t.close()
})

test('server rendering touches no window, subscribes to nothing and renders loading', async () => {
  // Signed in on the server too: the markup must still not claim a session the browser may lack.
  await t.signIn()
  let adapter!: typeof import('./index')
  const Status = defineComponent(() => {
    const session = adapter.useSession()
    const { secondsUntilResend } = adapter.useOtp()
    return () => h('p', `${session.value.status}/${secondsUntilResend.value}`)
  })
  // Created before the trap: Vue's own devtools probe looks for `window` here, not the adapter.
  const app = createSSRApp(Status)
  const { result: html, touched } = await withoutWindow(async () => {
    adapter = await import('./index')
    return renderToString(app.use(adapter.authPlugin, t.auth))
  })
  expect(touched).toEqual([])
  expect(html).toBe('<p>loading/0</p>')
  // A server render never unmounts: any subscription would have leaked.
  expect(t.auth.$session.lc).toBe(0)
  expect(t.auth.$otp.lc).toBe(0)
})
