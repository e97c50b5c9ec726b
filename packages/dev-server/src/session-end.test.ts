import { describe, expect, it } from 'vitest'
import { account, call, login, manualClock, post, refresh, start } from '../test/helpers'

// Ending a session without fault injection: a refresh-token lifetime, and an admin's revoke.

describe('refreshTtlSeconds (--refresh-ttl)', () => {
  it('refuses a refresh token past its lifetime with 401; each refresh starts a new lifetime', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, refreshTtlSeconds: 600, tokenTtlSeconds: 300 })
    const session = await login(server)
    clock.advance(599)
    const rotated = await refresh(server, session.refreshToken)
    expect(rotated.status).toBe(200)
    clock.advance(599)
    const again = await refresh(server, rotated.body.data.refreshToken)
    expect(again.status).toBe(200)
    clock.advance(600)
    const expired = await refresh(server, again.body.data.refreshToken)
    expect(expired.status).toBe(401)
    expect(expired.body).toMatchObject({ status: false, message: expect.stringMatching(/expired/) })
  })

  it('is off by default: a refresh token never expires on its own', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now })
    const session = await login(server)
    clock.advance(30 * 86_400)
    expect((await refresh(server, session.refreshToken)).status).toBe(200)
  })

  it('refuses a nonsense lifetime with a message naming the option', async () => {
    await expect(start({ refreshTtlSeconds: -1 })).rejects.toThrow(/refreshTtlSeconds/)
  })
})

describe('POST /__dev/sessions/revoke', () => {
  it("ends every session of one user: their refresh and access tokens get 401, others' do not", async () => {
    const server = await start({ otp: { cooldownSeconds: 0 } })
    const first = await login(server)
    const second = await login(server)
    const other = await login(server, 'second@example.com')
    const res = await post(server, '/__dev/sessions/revoke', { email: 'DEMO@example.com' })
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual({ revoked: 2 })
    expect((await refresh(server, first.refreshToken)).status).toBe(401)
    expect((await refresh(server, second.refreshToken)).status).toBe(401)
    expect((await account(server, first.token)).status).toBe(401)
    expect((await refresh(server, other.refreshToken)).status).toBe(200)
    expect(server.revokeSessions('second@example.com')).toBe(1)
  })

  it('says what is wrong with bad input, and is refused to a foreign page like the inbox', async () => {
    const server = await start()
    expect((await post(server, '/__dev/sessions/revoke', {})).status).toBe(400)
    expect((await post(server, '/__dev/sessions/revoke', { email: 'nobody@x.test' })).status).toBe(
      404,
    )
    const foreign = await post(
      server,
      '/__dev/sessions/revoke',
      { email: 'demo@example.com' },
      { origin: 'https://evil.example' },
    )
    expect(foreign.status).toBe(403)
    const off = await start({ devRoutes: false })
    expect((await call(off, 'POST', '/__dev/sessions/revoke', { body: {} })).status).toBe(404)
  })
})

describe('GET /__dev/refused', () => {
  it('lists the sends it refused, newest first, with the reason and never a code', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, otp: { cooldownSeconds: 30 } })
    await login(server)
    clock.advance(5)
    expect(
      (await post(server, '/identity/user/otp/email', { email: 'demo@example.com' })).status,
    ).toBe(429)
    clock.advance(1)
    expect(
      (await post(server, '/identity/user/otp/email', { email: 'typo@example.com' })).status,
    ).toBe(400)
    const res = await call(server, 'GET', '/__dev/refused')
    expect(res.body.data.refused).toEqual([
      { email: 'typo@example.com', reason: 'unknown-email', at: clock.now() },
      {
        email: 'demo@example.com',
        reason: 'cooldown',
        retryAfterSeconds: 25,
        at: clock.now() - 1000,
      },
    ])
    expect(server.refusedSends.list()).toEqual(res.body.data.refused)
    expect(JSON.stringify(res.body)).not.toContain(server.inbox.latest('demo@example.com'))
    await call(server, 'DELETE', '/__dev/refused')
    expect(server.refusedSends.list()).toEqual([])
  })

  it('names the per-minute cap when that is what holds a send back', async () => {
    const server = await start({ otp: { cooldownSeconds: 0, maxSendsPerMinute: 2 } })
    for (let i = 0; i < 3; i++)
      await post(server, '/identity/user/otp/email', { email: 'demo@example.com' })
    expect(server.refusedSends.list()).toMatchObject([{ email: 'demo@example.com', reason: 'cap' }])
  })
})
