import { describe, expect, it } from 'vitest'
import { call, login, post, refresh, start } from '../test/helpers'

const JSON_TYPE = { 'content-type': 'application/json' }

const REFRESH = '/identity/user/refresh-token'

describe('fault injection', () => {
  it('status: answers with that status and a status:false envelope, once by default', async () => {
    const server = await start()
    const session = await login(server)
    server.faults.add({ route: REFRESH, status: 503 })
    const faulted = await refresh(server, session.refreshToken)
    expect(faulted.status).toBe(503)
    expect(faulted.body).toMatchObject({ status: false, data: {} })
    // the real handler never ran, so the token was not rotated and still works
    expect((await refresh(server, session.refreshToken)).status).toBe(200)
    expect(server.faults.list()).toEqual([])
  })

  it('times: hits that many requests, and -1 / Infinity until cleared', async () => {
    const server = await start()
    server.faults.add({ route: '/identity/user/email/check-availability', status: 500, times: 2 })
    const check = () =>
      post(server, '/identity/user/email/check-availability', { email: 'demo@example.com' })
    expect((await check()).status).toBe(500)
    expect(server.faults.list()[0]?.times).toBe(1)
    expect((await check()).status).toBe(500)
    expect((await check()).status).toBe(200)

    server.faults.add({ route: '/identity/user/email/check-availability', status: 502, times: -1 })
    for (let i = 0; i < 5; i++) expect((await check()).status).toBe(502)
    expect(server.faults.list()[0]?.times).toBe(Number.POSITIVE_INFINITY)
    server.faults.clear()
    expect((await check()).status).toBe(200)

    server.faults.add({
      route: '/identity/user/email/check-availability',
      status: 502,
      times: Infinity,
    })
    expect((await check()).status).toBe(502)
  })

  it('a method prefix limits the fault to that method', async () => {
    const server = await start()
    server.faults.add({ route: 'GET /identity/user/email/check-availability', status: 500 })
    const res = await post(server, '/identity/user/email/check-availability', {
      email: 'demo@example.com',
    })
    expect(res.status).toBe(200)
    expect(server.faults.list()).toHaveLength(1)
  })

  it('delayMs: waits, then the request proceeds normally', async () => {
    const server = await start()
    server.faults.add({ route: '/identity/user/email/check-availability', delayMs: 150 })
    const started = performance.now()
    const res = await post(server, '/identity/user/email/check-availability', {
      email: 'demo@example.com',
    })
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual({ isAvailableEmail: false })
  })

  it('delayMs with status: waits, then fails', async () => {
    const server = await start()
    server.faults.add({ route: REFRESH, delayMs: 100, status: 504 })
    const started = performance.now()
    const res = await refresh(server, 'whatever')
    expect(performance.now() - started).toBeGreaterThanOrEqual(90)
    expect(res.status).toBe(504)
  })

  it('drop: destroys the socket, so fetch rejects', async () => {
    const server = await start()
    server.faults.add({ route: REFRESH, drop: true })
    await expect(
      fetch(server.url + REFRESH, {
        method: 'POST',
        headers: JSON_TYPE,
        body: '{"refreshToken":"x"}',
      }),
    ).rejects.toThrow()
    // the server is fine afterwards
    expect((await refresh(server, 'x')).status).toBe(401)
  })

  it('malformed: HTTP 200 with a body that is not JSON', async () => {
    const server = await start()
    server.faults.add({ route: REFRESH, malformed: true })
    const res = await fetch(server.url + REFRESH, {
      method: 'POST',
      headers: JSON_TYPE,
      body: '{}',
    })
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(() => JSON.parse(text)).toThrow()
  })

  it('statusFalse: HTTP 200 with status:false', async () => {
    const server = await start()
    const session = await login(server)
    server.faults.add({ route: REFRESH, statusFalse: true })
    const res = await refresh(server, session.refreshToken)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: false, data: {} })
    expect(typeof res.body.message).toBe('string')
  })

  it('retryAfter: sets Retry-After on a 429 (implied when no status is given)', async () => {
    const server = await start()
    server.faults.add({ route: '/identity/user/otp/email', status: 429, retryAfter: 7 })
    const explicit = await post(server, '/identity/user/otp/email', { email: 'demo@example.com' })
    expect(explicit.status).toBe(429)
    expect(explicit.headers.get('retry-after')).toBe('7')

    server.faults.add({ route: '/identity/user/otp/email', retryAfter: 3 })
    const implied = await post(server, '/identity/user/otp/email', { email: 'demo@example.com' })
    expect(implied.status).toBe(429)
    expect(implied.headers.get('retry-after')).toBe('3')
    expect(server.inbox.list()).toEqual([])
  })

  it('applies to protected routes too', async () => {
    const server = await start()
    const { token } = await login(server)
    server.faults.add({ route: 'GET /network/v1/account', status: 500 })
    const res = await call(server, 'GET', '/network/v1/account', {
      headers: { 'auth-token': token, 'organization-id': 'org_demo' },
    })
    expect(res.status).toBe(500)
  })

  it('counts faulted requests in the stats (counted before faults apply)', async () => {
    const server = await start()
    server.faults.add({ route: REFRESH, status: 500, times: 2 })
    server.faults.add({ route: REFRESH, drop: true })
    await refresh(server, 'a')
    await refresh(server, 'b')
    await fetch(server.url + REFRESH, { method: 'POST', headers: JSON_TYPE, body: '{}' }).catch(
      () => undefined,
    )
    await refresh(server, 'c')
    expect(server.stats.count(`POST ${REFRESH}`)).toBe(4)
  })

  it('validates faults given programmatically', () =>
    start().then((server) => {
      expect(() => server.faults.add({ route: 'refresh', status: 500 })).toThrow(TypeError)
      expect(() => server.faults.add({ route: REFRESH })).toThrow(/at least one/)
      expect(() => server.faults.add({ route: REFRESH, status: 99 })).toThrow(/status/)
      expect(() => server.faults.add({ route: REFRESH, drop: true, malformed: true })).toThrow()
      expect(() => server.faults.add({ route: REFRESH, status: 500, times: 0 })).toThrow(/times/)
      expect(() => server.faults.add({ route: '/__dev/inbox', status: 500 })).toThrow(/__dev/)
      expect(server.faults.list()).toEqual([])
    }))
})

describe('/__dev/faults', () => {
  it('arms a fault over HTTP, lists it and clears it', async () => {
    const server = await start()
    const armed = await post(server, '/__dev/faults', {
      route: `post ${REFRESH}`,
      status: 500,
      times: -1,
    })
    expect(armed.status).toBe(200)
    expect(armed.body.data.fault).toEqual({ route: `POST ${REFRESH}`, status: 500, times: -1 })
    expect((await call(server, 'GET', '/__dev/faults')).body.data.faults).toHaveLength(1)
    expect((await refresh(server, 'x')).status).toBe(500)
    expect((await call(server, 'DELETE', '/__dev/faults')).status).toBe(200)
    expect(server.faults.list()).toEqual([])
    expect((await refresh(server, 'x')).status).toBe(401)
  })

  it('rejects invalid faults with 400 and a clear message', async () => {
    const server = await start()
    const cases: Array<[unknown, RegExp]> = [
      [{ status: 500 }, /route/],
      [{ route: REFRESH, status: '500' }, /status/],
      [{ route: REFRESH, delayMs: -5 }, /delayMs/],
      [{ route: REFRESH, drop: 'yes' }, /drop/],
      [{ route: REFRESH, status: 500, colour: 'red' }, /colour/],
      [{ route: REFRESH, retryAfter: 1.5 }, /retryAfter/],
      [[], /object/],
    ]
    for (const [body, message] of cases) {
      const res = await post(server, '/__dev/faults', body)
      expect(res.status).toBe(400)
      expect(res.body.status).toBe(false)
      expect(res.body.message).toMatch(message)
    }
    expect(server.faults.list()).toEqual([])
  })
})
