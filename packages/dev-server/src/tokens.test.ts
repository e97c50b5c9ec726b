import { describe, expect, it } from 'vitest'
import { account, decodeJwt, login, manualClock, post, refresh, start } from '../test/helpers'

describe('access tokens', () => {
  it('are HS256 JWTs carrying sub, email, org, sid, jti, iat and exp', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, tokenTtlSeconds: 120 })
    const session = await login(server)
    const header = JSON.parse(Buffer.from(session.token.split('.')[0]!, 'base64url').toString())
    expect(header.alg).toBe('HS256')
    const claims = decodeJwt(session.token)
    expect(claims).toMatchObject({
      sub: 'acc_demo',
      email: 'demo@example.com',
      org: 'org_demo',
      sid: expect.any(String),
      jti: expect.any(String),
      iat: clock.now() / 1000,
      exp: clock.now() / 1000 + 120,
    })
  })

  it('expire after tokenTtlSeconds', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, tokenTtlSeconds: 1 })
    const { token } = await login(server)
    expect((await account(server, token)).status).toBe(200)
    clock.advance(1)
    const expired = await account(server, token)
    expect(expired.status).toBe(401)
    expect(expired.body.message).toBe('Auth token expired')
  })

  it('follow the settable clock skew, for iat/exp and for the expiry check', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, tokenTtlSeconds: 60 })
    server.clock.offsetSeconds = 3600
    const { token } = await login(server)
    expect(decodeJwt(token).iat).toBe(clock.now() / 1000 + 3600)
    server.clock.offsetSeconds = 3660
    expect((await account(server, token)).status).toBe(401)
    server.clock.offsetSeconds = 3659
    expect((await account(server, token)).status).toBe(200)
  })

  it('from another server instance are rejected', async () => {
    const a = await start()
    const b = await start()
    const { token } = await login(a)
    expect((await account(b, token)).status).toBe(401)
  })
})

describe('POST /identity/user/refresh-token', () => {
  it('rotates: a new access token and a new refresh token every time', async () => {
    const server = await start()
    const session = await login(server)
    const res = await refresh(server, session.refreshToken)
    expect(res.status).toBe(200)
    expect(res.body.status).toBe(true)
    const { token, refreshToken } = res.body.data
    expect(token).not.toBe(session.token)
    expect(refreshToken).not.toBe(session.refreshToken)
    expect(decodeJwt(token).sid).toBe(decodeJwt(session.token).sid)
    expect((await account(server, token)).status).toBe(200)
    expect((await refresh(server, refreshToken)).status).toBe(200)
  })

  it('returns the SAME pair when the just-rotated token is replayed within the grace', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, refreshGraceSeconds: 10 })
    const session = await login(server)
    const first = await refresh(server, session.refreshToken)
    clock.advance(9)
    const second = await refresh(server, session.refreshToken)
    expect(second.status).toBe(200)
    expect(second.body.data).toEqual(first.body.data)
    // and the family stays healthy
    expect((await refresh(server, first.body.data.refreshToken)).status).toBe(200)
  })

  it('gives two racing tabs the same pair', async () => {
    const server = await start()
    const session = await login(server)
    const [a, b] = await Promise.all([
      refresh(server, session.refreshToken),
      refresh(server, session.refreshToken),
    ])
    expect(a.status).toBe(200)
    expect(b.status).toBe(200)
    expect(a.body.data).toEqual(b.body.data)
  })

  it('revokes the whole family when a rotated token is replayed after the grace', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, refreshGraceSeconds: 10 })
    const session = await login(server)
    const rotated = (await refresh(server, session.refreshToken)).body.data
    clock.advance(10)
    const replay = await refresh(server, session.refreshToken)
    expect(replay.status).toBe(401)
    expect(replay.body.status).toBe(false)
    // the newest refresh token and the access tokens of the family die too
    expect((await refresh(server, rotated.refreshToken)).status).toBe(401)
    expect((await account(server, rotated.token)).status).toBe(401)
    expect((await account(server, session.token)).status).toBe(401)
  })

  it('revokes the family when an older (not the latest rotated) token is replayed', async () => {
    const server = await start()
    const session = await login(server)
    const second = (await refresh(server, session.refreshToken)).body.data
    const third = (await refresh(server, second.refreshToken)).body.data
    expect((await refresh(server, session.refreshToken)).status).toBe(401)
    expect((await refresh(server, third.refreshToken)).status).toBe(401)
  })

  it('makes immediate reuse fatal when refreshGraceSeconds is 0', async () => {
    const server = await start({ now: manualClock().now, refreshGraceSeconds: 0 })
    const session = await login(server)
    const rotated = (await refresh(server, session.refreshToken)).body.data
    expect((await refresh(server, session.refreshToken)).status).toBe(401)
    expect((await refresh(server, rotated.refreshToken)).status).toBe(401)
  })

  it('leaves other sessions of the same user alone when one family is revoked', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, otp: { cooldownSeconds: 0 } })
    const a = await login(server)
    const b = await login(server)
    await refresh(server, a.refreshToken)
    clock.advance(11)
    expect((await refresh(server, a.refreshToken)).status).toBe(401)
    expect((await refresh(server, b.refreshToken)).status).toBe(200)
  })

  it('rejects an unknown refresh token with 401', async () => {
    const server = await start()
    const res = await refresh(server, 'not-a-real-refresh-token')
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ status: false, data: {} })
  })
})

describe('logout revocation', () => {
  it('kills the access token and the refresh token of that session only', async () => {
    const server = await start({ otp: { cooldownSeconds: 0 } })
    const mine = await login(server)
    const other = await login(server)
    const out = await post(server, '/identity/user/logout', {}, { 'auth-token': mine.token })
    expect(out.status).toBe(200)
    const after = await account(server, mine.token)
    expect(after.status).toBe(401)
    expect(after.body.message).toBe('Session has been revoked')
    expect((await refresh(server, mine.refreshToken)).status).toBe(401)
    expect((await account(server, other.token)).status).toBe(200)
    // idempotent
    const again = await post(server, '/identity/user/logout', {}, { 'auth-token': mine.token })
    expect(again.status).toBe(200)
  })

  it('accepts Authorization: Bearer and an expired access token', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, tokenTtlSeconds: 1 })
    const session = await login(server)
    clock.advance(5)
    const out = await post(
      server,
      '/identity/user/logout',
      {},
      {
        authorization: `Bearer ${session.token}`,
      },
    )
    expect(out.status).toBe(200)
    expect((await refresh(server, session.refreshToken)).status).toBe(401)
  })
})
