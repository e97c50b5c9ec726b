import { describe, expect, it } from 'vitest'
import { loginWith, manualClock, post, sendCode, start } from '../test/helpers'

describe('POST /identity/user/email/check-availability', () => {
  it('answers true only for an email that is NOT registered', async () => {
    const server = await start()
    const taken = await post(server, '/identity/user/email/check-availability', {
      email: 'Demo@Example.com',
    })
    expect(taken.status).toBe(200)
    expect(taken.body).toEqual({ status: true, data: { isAvailableEmail: false }, message: 'OK' })
    const free = await post(server, '/identity/user/email/check-availability', {
      email: 'nobody@example.com',
    })
    expect(free.body.data).toEqual({ isAvailableEmail: true })
  })
})

describe('POST /identity/user/otp/email', () => {
  it('delivers a 6-digit code to the inbox and echoes the email', async () => {
    const server = await start()
    const res = await sendCode(server)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: true, data: { email: 'demo@example.com' } })
    expect(JSON.stringify(res.body)).not.toMatch(/\d{6}/)
    expect(server.inbox.latest('demo@example.com')).toMatch(/^\d{6}$/)
  })

  it('fails generically for an unregistered email', async () => {
    const server = await start()
    const res = await sendCode(server, 'nobody@example.com')
    expect(res.status).toBe(400)
    expect(res.body.status).toBe(false)
    expect(res.body.message).not.toMatch(/regist/i)
    expect(server.inbox.list()).toEqual([])
  })

  it('enforces the cooldown with 429 and an integer Retry-After', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now })
    expect((await sendCode(server)).status).toBe(200)
    clock.advance(10.2)
    const limited = await sendCode(server)
    expect(limited.status).toBe(429)
    expect(limited.body.status).toBe(false)
    expect(limited.headers.get('retry-after')).toBe('20')
    clock.advance(19.8)
    expect((await sendCode(server)).status).toBe(200)
  })

  it('allows at most 3 sends in any rolling minute', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, otp: { cooldownSeconds: 0 } })
    for (let i = 0; i < 3; i++) {
      expect((await sendCode(server)).status).toBe(200)
      clock.advance(5)
    }
    const limited = await sendCode(server)
    expect(limited.status).toBe(429)
    // the first send was 15 s ago, so it leaves the window in 45 s
    expect(limited.headers.get('retry-after')).toBe('45')
    clock.advance(45)
    expect((await sendCode(server)).status).toBe(200)
    expect(server.inbox.list('demo@example.com')).toHaveLength(4)
  })

  it('keeps limits per email', async () => {
    const server = await start({ now: manualClock().now })
    expect((await sendCode(server, 'demo@example.com')).status).toBe(200)
    expect((await sendCode(server, 'second@example.com')).status).toBe(200)
    expect((await sendCode(server, 'demo@example.com')).status).toBe(429)
  })
})

describe('POST /identity/user/login', () => {
  it('returns the token pair, organization, account and user', async () => {
    const server = await start()
    await sendCode(server)
    const res = await loginWith(
      server,
      'demo@example.com',
      server.inbox.latest('demo@example.com')!,
    )
    expect(res.status).toBe(200)
    expect(res.body.status).toBe(true)
    expect(res.body.data).toEqual({
      token: expect.stringMatching(/^eyJ/),
      refreshToken: expect.stringMatching(/^[\w-]{43}$/),
      organizationId: 'org_demo',
      accountId: 'acc_demo',
      user: { email: 'demo@example.com', name: 'Demo User' },
    })
  })

  it('rejects a wrong code with 401 and a fixed message', async () => {
    const server = await start()
    await sendCode(server)
    const code = server.inbox.latest('demo@example.com')!
    const wrong = code === '000000' ? '111111' : '000000'
    const res = await loginWith(server, 'demo@example.com', wrong)
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ status: false, data: {}, message: 'Invalid or expired code' })
    expect((await loginWith(server, 'demo@example.com', code)).status).toBe(200)
  })

  it('kills the code after 3 wrong tries, so even the right code then fails', async () => {
    const server = await start()
    await sendCode(server)
    const code = server.inbox.latest('demo@example.com')!
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 3; i++) {
      expect((await loginWith(server, 'demo@example.com', wrong)).status).toBe(401)
    }
    const res = await loginWith(server, 'demo@example.com', code)
    expect(res.status).toBe(401)
    expect(res.body.message).toBe('Invalid or expired code')
  })

  it('honours otp.maxAttempts', async () => {
    const server = await start({ otp: { maxAttempts: 1 } })
    await sendCode(server)
    const code = server.inbox.latest('demo@example.com')!
    await loginWith(server, 'demo@example.com', code === '000000' ? '111111' : '000000')
    expect((await loginWith(server, 'demo@example.com', code)).status).toBe(401)
  })

  it('expires codes after otpTtlSeconds', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, otpTtlSeconds: 60 })
    await sendCode(server)
    clock.advance(60)
    const res = await loginWith(
      server,
      'demo@example.com',
      server.inbox.latest('demo@example.com')!,
    )
    expect(res.status).toBe(401)
    expect(res.body.message).toBe('Invalid or expired code')
  })

  it('accepts a code until just before it expires (default 5 minutes)', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now })
    await sendCode(server)
    clock.advance(299)
    const code = server.inbox.latest('demo@example.com')!
    expect((await loginWith(server, 'demo@example.com', code)).status).toBe(200)
  })

  it('accepts a code only once', async () => {
    const server = await start()
    await sendCode(server)
    const code = server.inbox.latest('demo@example.com')!
    expect((await loginWith(server, 'demo@example.com', code)).status).toBe(200)
    expect((await loginWith(server, 'demo@example.com', code)).status).toBe(401)
  })

  it('replaces the previous code when a new one is sent', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now })
    await sendCode(server)
    const first = server.inbox.latest('demo@example.com')!
    clock.advance(30)
    await sendCode(server)
    const second = server.inbox.latest('demo@example.com')!
    if (first !== second) {
      expect((await loginWith(server, 'demo@example.com', first)).status).toBe(401)
    }
    expect((await loginWith(server, 'demo@example.com', second)).status).toBe(200)
  })

  it('answers an unregistered email exactly like a wrong code', async () => {
    const server = await start()
    const res = await loginWith(server, 'nobody@example.com', '123456')
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ status: false, data: {}, message: 'Invalid or expired code' })
  })

  it('requires isOTP: true', async () => {
    const server = await start()
    await sendCode(server)
    const code = server.inbox.latest('demo@example.com')!
    const res = await post(server, '/identity/user/login', {
      email: 'demo@example.com',
      password: code,
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/isOTP/)
    // a rejected request must not burn the code
    expect((await loginWith(server, 'demo@example.com', code)).status).toBe(200)
  })
})

describe('POST /identity/user/logout', () => {
  it('is 200 even without a token or with a bad one', async () => {
    const server = await start()
    const variants: Record<string, string>[] = [
      {},
      { 'auth-token': 'garbage' },
      { authorization: 'Bearer x.y.z' },
    ]
    for (const headers of variants) {
      const res = await post(server, '/identity/user/logout', {}, headers)
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ status: true, data: {} })
    }
    const bare = await fetch(`${server.url}/identity/user/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    expect(bare.status).toBe(200)
  })
})
