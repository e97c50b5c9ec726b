import { describe, expect, it } from 'vitest'
import { call, get, login, manualClock, post, sendCode, start } from '../test/helpers'

describe('/__dev/inbox', () => {
  it('lists delivered codes newest first, filtered by email', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now })
    await sendCode(server, 'demo@example.com')
    clock.advance(1)
    await sendCode(server, 'second@example.com')
    clock.advance(30)
    await sendCode(server, 'demo@example.com')

    const all = await get(server, '/__dev/inbox')
    expect(all.status).toBe(200)
    expect(all.body.data.messages.map((m: { email: string }) => m.email)).toEqual([
      'demo@example.com',
      'second@example.com',
      'demo@example.com',
    ])

    const demo = await get(server, '/__dev/inbox?email=DEMO%40example.com')
    const messages = demo.body.data.messages
    expect(messages).toHaveLength(2)
    expect(messages[0]).toEqual({
      email: 'demo@example.com',
      code: server.inbox.latest('demo@example.com'),
      sentAt: clock.now(),
    })
    expect(messages[0].sentAt).toBeGreaterThan(messages[1].sentAt)
    expect(server.inbox.list('demo@example.com')).toEqual(messages)
  })

  it('is cleared programmatically and over HTTP', async () => {
    const server = await start({ otp: { cooldownSeconds: 0 } })
    await sendCode(server)
    server.inbox.clear()
    expect(server.inbox.latest('demo@example.com')).toBeUndefined()
    await sendCode(server)
    expect((await call(server, 'DELETE', '/__dev/inbox')).status).toBe(200)
    expect(server.inbox.list()).toEqual([])
  })
})

describe('/__dev/stats', () => {
  it("counts requests per 'METHOD /path' of its routes, others as 'other', leaving /__dev out", async () => {
    const server = await start()
    await login(server)
    await post(server, '/identity/user/email/check-availability', { email: 'a@b.c' })
    await get(server, '/nope')
    const res = await get(server, '/__dev/stats')
    expect(res.body.data.counts).toEqual({
      'POST /identity/user/otp/email': 1,
      'POST /identity/user/login': 1,
      'POST /identity/user/email/check-availability': 1,
      other: 1,
    })
    expect(server.stats.count('POST /identity/user/login')).toBe(1)
    expect(server.stats.count('/identity/user/login')).toBe(1)
    expect(server.stats.count('GET /identity/user/login')).toBe(0)
    expect(server.stats.get()).toEqual(res.body.data.counts)
  })

  it('resets programmatically and over HTTP', async () => {
    const server = await start()
    await get(server, '/nope')
    server.stats.reset()
    expect(server.stats.get()).toEqual({})
    await get(server, '/nope')
    expect((await post(server, '/__dev/stats/reset')).status).toBe(200)
    expect(server.stats.get()).toEqual({})
  })
})

describe('/__dev/clock', () => {
  it('sets the skew that token expiry follows', async () => {
    const server = await start({ tokenTtlSeconds: 60 })
    const { token } = await login(server)
    const res = await post(server, '/__dev/clock', { offsetSeconds: 61 })
    expect(res.status).toBe(200)
    expect(res.body.data.offsetSeconds).toBe(61)
    expect(server.clock.offsetSeconds).toBe(61)
    const after = await get(server, '/network/v1/account', {
      'auth-token': token,
      'organization-id': 'org_demo',
    })
    expect(after.status).toBe(401)
    expect((await get(server, '/__dev/clock')).body.data.offsetSeconds).toBe(61)
  })

  it('rejects a non-numeric offset', async () => {
    const server = await start()
    for (const body of [{}, { offsetSeconds: '5' }, { offsetSeconds: null }]) {
      const res = await post(server, '/__dev/clock', body)
      expect(res.status).toBe(400)
      expect(res.body.message).toMatch(/offsetSeconds/)
    }
    expect(server.clock.offsetSeconds).toBe(0)
  })
})

describe('/__dev/users', () => {
  it('lists the users with their organizations', async () => {
    const server = await start()
    const res = await get(server, '/__dev/users')
    expect(res.body.data.users).toEqual(server.users)
  })
})

describe('devRoutes: false', () => {
  it('hides every /__dev route', async () => {
    const server = await start({ devRoutes: false })
    await sendCode(server)
    for (const [method, path] of [
      ['GET', '/__dev/inbox'],
      ['GET', '/__dev/stats'],
      ['POST', '/__dev/stats/reset'],
      ['POST', '/__dev/faults'],
      ['DELETE', '/__dev/faults'],
      ['POST', '/__dev/clock'],
    ] as const) {
      const res = await call(server, method, path, { body: method === 'GET' ? undefined : {} })
      expect(res.status).toBe(404)
      expect(res.body.status).toBe(false)
    }
    // the programmatic handle still works
    expect(server.inbox.latest('demo@example.com')).toMatch(/^\d{6}$/)
  })
})
