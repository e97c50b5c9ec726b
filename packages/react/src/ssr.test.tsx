// @vitest-environment node

import { startAuth, type TestAuth, withoutWindow } from '@auth-state/test-utils'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, expect, test } from 'vitest'

// Imported inside the test, once `window` is watched.
let adapter: typeof import('./index')

function Status() {
  const session = adapter.useSession()
  const { secondsUntilResend } = adapter.useOtp()
  return (
    <p>
      {session.status}/{secondsUntilResend}
    </p>
  )
}

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
  const { result: html, touched } = await withoutWindow(async () => {
    adapter = await import('./index')
    const { AuthProvider } = adapter
    return renderToString(
      <AuthProvider client={t.auth}>
        <Status />
      </AuthProvider>,
    )
  })
  expect(touched).toEqual([])
  expect(html).toBe('<p>loading<!-- -->/<!-- -->0</p>')
  expect(t.auth.$session.lc).toBe(0)
})
