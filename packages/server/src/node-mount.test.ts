import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appHarness, EMAIL } from '../test/app'

const app = appHarness()

// The README's plain-Node mount, over real HTTP: Node's request becomes a Request, the handler's
// Response (Set-Cookie included) goes back as it is.
describe('mounted in plain Node through @hono/node-server', () => {
  let server: Server
  let base = ''
  beforeEach(async () => {
    server = createServer(getRequestListener((request) => app.auth.handle(request)))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterEach(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('signs in, reads the session with the cookie, and proxies', async () => {
    const headers = { origin: base, 'x-auth-state': '1', 'content-type': 'application/json' }
    const sent = await fetch(`${base}/auth/otp/send`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: EMAIL }),
    })
    expect(sent.status).toBe(200)
    const verified = await fetch(`${base}/auth/otp/verify`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: EMAIL, code: app.dev.latestCode(EMAIL) }),
    })
    expect(verified.status).toBe(200)
    const setCookie = verified.headers.getSetCookie()
    expect(setCookie).toHaveLength(1)
    expect(setCookie[0]).toMatch(/^auth-state=.*HttpOnly/)
    const cookie = setCookie[0]!.split(';')[0]!
    const session = await fetch(`${base}/auth/session`, { headers: { cookie } })
    expect((await session.json()).data).toMatchObject({ status: 'authenticated', email: EMAIL })
    const account = await fetch(`${base}/auth/api/network/v1/account`, {
      headers: { ...headers, cookie },
    })
    expect((await account.json()).data).toMatchObject({ accountId: 'acc_demo' })
    // A cross-site page's request, over the wire.
    const evil = await fetch(`${base}/auth/logout`, {
      method: 'POST',
      headers: { ...headers, origin: 'https://evil.test', cookie },
    })
    expect(evil.status).toBe(403)
  })
})
