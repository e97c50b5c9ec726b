import { describe, expect, it } from 'vitest'
import { call, get, login, post, start } from '../test/helpers'

describe('CORS', () => {
  it('answers preflights, reflecting the Origin and allowing the SDK headers', async () => {
    const server = await start()
    const res = await fetch(`${server.url}/identity/user/refresh-token`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,auth-token',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,DELETE,OPTIONS')
    const allowed = res.headers.get('access-control-allow-headers')?.split(',')
    expect(allowed).toEqual(
      expect.arrayContaining([
        'content-type',
        'auth-token',
        'organization-id',
        'account-id',
        'authorization',
        'x-organization-id',
        'x-aui-client',
        'x-aui-environment',
        'x-aui-origin',
      ]),
    )
    // preflights are not app requests
    expect(server.stats.get()).toEqual({})
  })

  it('reflects the Origin and exposes Retry-After on real and faulted responses', async () => {
    const server = await start()
    server.faults.add({ route: '/identity/user/otp/email', status: 429, retryAfter: 5 })
    const res = await fetch(`${server.url}/identity/user/otp/email`, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@example.com' }),
    })
    expect(res.status).toBe(429)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(res.headers.get('access-control-expose-headers')).toMatch(/retry-after/i)
  })

  it('only reflects listed origins when corsOrigins is a list', async () => {
    const server = await start({ corsOrigins: ['http://allowed.test'] })
    const allowed = await fetch(`${server.url}/nope`, {
      headers: { origin: 'http://allowed.test' },
    })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://allowed.test')
    const denied = await fetch(`${server.url}/nope`, { headers: { origin: 'http://evil.test' } })
    expect(denied.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('bad input never crashes and always gets the envelope', () => {
  const LOGIN = '/identity/user/login'

  it('non-JSON bodies → 400', async () => {
    const server = await start()
    for (const body of ['not json', '{"email":', '<xml/>']) {
      const res = await post(server, LOGIN, body)
      expect(res.status).toBe(400)
      expect(res.body).toEqual({
        status: false,
        data: {},
        message: 'Request body must be valid JSON',
      })
    }
  })

  it('JSON that is not an object → 400', async () => {
    const server = await start()
    for (const body of ['[]', '"email"', '42', 'null']) {
      const res = await post(server, LOGIN, body)
      expect(res.status).toBe(400)
      expect(res.body.message).toBe('Request body must be a JSON object')
    }
  })

  it('missing fields → 400 naming the field', async () => {
    const server = await start()
    const cases: Array<[string, unknown, RegExp]> = [
      ['/identity/user/email/check-availability', {}, /email is required/],
      ['/identity/user/otp/email', {}, /email is required/],
      [LOGIN, { password: '123456', isOTP: true }, /email is required/],
      [LOGIN, { email: 'demo@example.com', isOTP: true }, /password is required/],
      ['/identity/user/refresh-token', {}, /refreshToken is required/],
      ['/identity/user/refresh-token', '', /refreshToken is required/],
    ]
    for (const [path, body, message] of cases) {
      const res = await post(server, path, body)
      expect(res.status, path).toBe(400)
      expect(res.body.status).toBe(false)
      expect(res.body.data).toEqual({})
      expect(res.body.message).toMatch(message)
    }
  })

  it('mistyped fields → 400 naming the field', async () => {
    const server = await start()
    const cases: Array<[string, unknown, RegExp]> = [
      ['/identity/user/otp/email', { email: 42 }, /email must be a string/],
      ['/identity/user/otp/email', { email: ['demo@example.com'] }, /email must be a string/],
      ['/identity/user/otp/email', { email: 'not-an-email' }, /email must be an email/],
      [
        LOGIN,
        { email: 'demo@example.com', password: 123456, isOTP: true },
        /password must be a string/,
      ],
      [LOGIN, { email: 'demo@example.com', password: '123456', isOTP: 'true' }, /isOTP/],
      ['/identity/user/refresh-token', { refreshToken: { a: 1 } }, /refreshToken must be a string/],
    ]
    for (const [path, body, message] of cases) {
      const res = await post(server, path, body)
      expect(res.status, path).toBe(400)
      expect(res.body.message).toMatch(message)
    }
  })

  it('a 17 KB body → 413', async () => {
    const server = await start()
    const big = JSON.stringify({ email: 'demo@example.com', padding: 'x'.repeat(17 * 1024) })
    const res = await post(server, '/identity/user/otp/email', big)
    expect(res.status).toBe(413)
    expect(res.body).toMatchObject({ status: false, data: {} })
    expect(res.body.message).toMatch(/16 KB/)
    expect(server.inbox.list()).toEqual([])
  })

  it('a 17 KB chunked body (no Content-Length) → 413', async () => {
    const server = await start()
    const chunk = new TextEncoder().encode('x'.repeat(1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 17) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const res = await fetch(`${server.url}/identity/user/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect((await res.json()).status).toBe(false)
  })

  it('unknown routes → 404, wrong methods → 405 with Allow', async () => {
    const server = await start()
    const missing = await get(server, '/identity/user/whoami')
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ status: false, data: {} })
    const wrong = await get(server, LOGIN)
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toContain('POST')
    expect(wrong.body.status).toBe(false)
    const put = await call(server, 'PUT', '/network/v1/account', { body: {} })
    expect(put.status).toBe(405)
  })

  it('no response ever carries a stack trace, and the server keeps serving', async () => {
    const server = await start()
    const responses = await Promise.all([
      post(server, LOGIN, '{'),
      post(server, LOGIN, { email: null, password: null, isOTP: null }),
      post(server, '/identity/user/logout', 'garbage', { 'auth-token': 'x' }),
      get(server, '/network/v1/account', { 'auth-token': 'a.b.c', 'organization-id': 'x' }),
      get(server, '/network/v1/account', { authorization: 'Basic Zm9vOmJhcg==' }),
    ])
    for (const res of responses) {
      expect(JSON.stringify(res.body)).not.toMatch(/\bat \S+:\d+|node_modules|Error:/)
    }
    const session = await login(server)
    expect(session.token).toMatch(/^eyJ/)
  })
})
