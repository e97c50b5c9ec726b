// @vitest-environment node

import type { AuthClient } from '@auth-state/core'
import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { AuthProvider, useAuth } from './provider'
import { useSession } from './use-session'

// A server: no window. Each render of <AuthProvider options> stands for one request.
const EMAIL = 'demo@example.com'
let server: DevServer
beforeEach(async () => {
  server = await startDevServer({ port: 0 })
})
afterEach(async () => {
  await server.close()
})

const last: { client?: AuthClient } = {}
function Who() {
  last.client = useAuth()
  return <p>{useSession((s) => (s.status === 'authenticated' ? s.email : s.status))}</p>
}

function renderRequest(storage: 'memory' | 'session' | 'local' | undefined) {
  const html = renderToString(
    <AuthProvider options={{ baseURL: server.url, storage }}>
      <Who />
    </AuthProvider>,
  )
  return { html, client: last.client as AuthClient }
}

for (const storage of ['memory', 'session', 'local', undefined] as const) {
  test(`each server render gets an inert client of its own, with storage: ${storage}`, async () => {
    const first = renderRequest(storage)
    // The first request's client signs someone in.
    await first.client.sendOtp(EMAIL)
    await first.client.verifyOtp(server.inbox.latest(EMAIL) ?? '')
    const second = renderRequest(storage)
    expect(second.client).not.toBe(first.client)
    expect(second.html).toBe('<p>loading</p>')
    await expect(second.client.getToken()).resolves.toBeNull()
    await first.client.logout()
  })
}
