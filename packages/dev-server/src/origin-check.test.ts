import { describe, expect, it } from 'vitest'
import { login, start } from '../test/helpers'
import type { DevServer } from './index'

function fromPage(server: DevServer, origin: string, method: string, path: string, body?: unknown) {
  return fetch(server.url + path, {
    method,
    headers: { origin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

const FOREIGN = ['http://evil.test', 'https://localhost.evil.test', 'null', 'file://']

describe('origins: by default only pages on loopback may talk to the server', () => {
  it('a foreign page cannot read the dev inbox, not even with Origin: null', async () => {
    const server = await start()
    await login(server)
    const code = server.inbox.latest('demo@example.com')!
    for (const origin of FOREIGN) {
      const res = await fromPage(server, origin, 'GET', '/__dev/inbox')
      expect(res.status, origin).toBe(403)
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
      const text = await res.text()
      expect(text).not.toContain(code)
      expect(JSON.parse(text)).toMatchObject({ status: false, data: {} })
      expect(JSON.parse(text).message).toMatch(/corsOrigins/)
    }
  })

  it('a foreign page cannot send codes, arm faults, move the clock or clear the inbox', async () => {
    const server = await start()
    for (const origin of FOREIGN) {
      const attempts = await Promise.all([
        fromPage(server, origin, 'POST', '/identity/user/otp/email', {
          email: 'demo@example.com',
        }),
        fromPage(server, origin, 'POST', '/__dev/faults', { route: '/x', status: 500 }),
        fromPage(server, origin, 'POST', '/__dev/clock', { offsetSeconds: 3600 }),
        fromPage(server, origin, 'DELETE', '/__dev/faults'),
      ])
      for (const res of attempts) expect(res.status, origin).toBe(403)
    }
    expect(server.inbox.list()).toEqual([])
    expect(server.faults.list()).toEqual([])
    expect(server.clock.offsetSeconds).toBe(0)
  })

  it('pages on localhost, 127.0.0.1 and [::1], on any port, are allowed and answered with CORS', async () => {
    const server = await start()
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4173', 'http://[::1]:3000']) {
      const inbox = await fromPage(server, origin, 'GET', '/__dev/inbox')
      expect(inbox.status, origin).toBe(200)
      expect(inbox.headers.get('access-control-allow-origin')).toBe(origin)
      const sent = await fromPage(
        server,
        origin,
        'POST',
        '/identity/user/email/check-availability',
        {
          email: 'demo@example.com',
        },
      )
      expect(sent.status, origin).toBe(200)
      expect(sent.headers.get('access-control-allow-origin')).toBe(origin)
    }
  })

  it('an allowed page can read why a POST was refused (415 carries CORS headers)', async () => {
    const server = await start()
    const res = await fetch(`${server.url}/identity/user/otp/email`, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'text/plain' },
      body: '{"email":"demo@example.com"}',
    })
    expect(res.status).toBe(415)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
  })

  it('a preflight from a foreign page gets no CORS grant', async () => {
    const server = await start()
    const res = await fetch(`${server.url}/__dev/faults`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://evil.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('a foreign page may still GET the public routes, but cannot read the answer', async () => {
    const server = await start()
    const res = await fromPage(server, 'http://evil.test', 'GET', '/network/v1/account')
    expect(res.status).toBe(401)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('corsOrigins', () => {
  it('replaces the default: listed origins and host:* patterns only', async () => {
    const server = await start({ corsOrigins: ['https://app.test', 'http://dev.test:*'] })
    const cases: Array<[string, number]> = [
      ['https://app.test', 200],
      ['http://dev.test:8080', 200],
      ['http://app.test', 403], // another scheme is another origin
      ['https://app.test:8443', 403],
      ['http://localhost:5173', 403],
      ['null', 403],
    ]
    for (const [origin, status] of cases) {
      const res = await fromPage(server, origin, 'POST', '/__dev/clock', { offsetSeconds: 1 })
      expect(res.status, origin).toBe(status)
    }
  })

  it("'*' allows every origin, null included", async () => {
    const server = await start({ corsOrigins: '*' })
    for (const origin of ['http://evil.test', 'null']) {
      const res = await fromPage(server, origin, 'GET', '/__dev/inbox')
      expect(res.status, origin).toBe(200)
      expect(res.headers.get('access-control-allow-origin')).toBe(origin)
    }
  })

  it('requests without an Origin (Node, curl) are not browser pages and pass', async () => {
    const server = await start({ corsOrigins: ['https://app.test'] })
    const res = await fetch(`${server.url}/__dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"offsetSeconds":5}',
    })
    expect(res.status).toBe(200)
    expect(server.clock.offsetSeconds).toBe(5)
  })

  it('rejects entries that are not origins, naming them', async () => {
    for (const bad of ['https://app.test/', 'app.test', 'http://a.test:1:*', 'null', 42]) {
      await expect(start({ corsOrigins: [bad as string] }), String(bad)).rejects.toThrow(
        /corsOrigins/,
      )
    }
  })
})
