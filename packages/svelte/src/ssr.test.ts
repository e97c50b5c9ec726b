// @vitest-environment node

import { startAuth, type TestAuth, withoutWindow } from '@auth-state/test-utils'
import { render } from 'svelte/server'
import { afterEach, beforeEach, expect, test } from 'vitest'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  await t.close()
})

test('server rendering touches no window and renders the session as loading', async () => {
  // Signed in on the server too: the markup must still not claim a session the browser may lack.
  await t.signIn()
  const { result: body, touched } = await withoutWindow(async () => {
    const [{ default: Harness }, { default: Status }] = await Promise.all([
      import('../test/Harness.svelte'),
      import('../test/Status.svelte'),
    ])
    return render(Harness, { props: { client: t.auth, views: [Status] } }).body
  })
  expect(touched).toEqual([])
  expect(body.replace(/<!--.*?-->/g, '')).toBe('<p>loading/0</p>')
  expect(t.auth.$session.lc).toBe(0)
  expect(t.auth.$otp.lc).toBe(0)
})

test('with initialSession the server renders it, the gates, and the OTP flow at rest', async () => {
  await t.signIn() // spent one send: this process's own $otp says 2 left
  const { result: body, touched } = await withoutWindow(async () => {
    const [{ default: Harness }, { default: Page }, { initialSession, serverMarkup }] =
      await Promise.all([
        import('../test/Harness.svelte'),
        import('../test/Page.svelte'),
        import('../test/markup'),
      ])
    const html = render(Harness, { props: { client: t.auth, initialSession, views: [Page] } }).body
    return { html, serverMarkup }
  })
  expect(touched).toEqual([])
  // The exact markup hydration.test.ts hydrates.
  expect(body.html).toBe(body.serverMarkup)
  expect(t.auth.$session.lc).toBe(0)
  expect(t.auth.$otp.lc).toBe(0)
})
