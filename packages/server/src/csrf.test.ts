import { describe, expect, it } from 'vitest'
import { appHarness, EMAIL, Jar } from '../test/app'

const app = appHarness()

// Every state-changing route, with a body it would accept.
const ROUTES: Array<[string, string, unknown]> = [
  ['POST', '/auth/otp/send', { email: EMAIL }],
  ['POST', '/auth/otp/verify', { email: EMAIL, code: '123456' }],
  ['POST', '/auth/organization', { organizationId: 'org_demo_labs' }],
  ['POST', '/auth/account', { accountId: null }],
  ['POST', '/auth/logout', undefined],
  ['GET', '/auth/api/network/v1/account', undefined],
]

describe('CSRF: the custom header and a same-origin Origin or Sec-Fetch-Site', () => {
  const refusals: Array<[string, Record<string, string>, boolean]> = [
    [
      'a cross-site fetch (foreign Origin, with the header)',
      { origin: 'https://evil.test', 'x-auth-state': '1' },
      true,
    ],
    ['a form post (same Origin, no header)', { origin: 'http://app.test' }, true],
    [
      'no Origin and Sec-Fetch-Site cross-site',
      { 'x-auth-state': '1', 'sec-fetch-site': 'cross-site' },
      true,
    ],
    ['no Origin and no Sec-Fetch-Site', { 'x-auth-state': '1' }, true],
    ['a wrong header value', { origin: 'http://app.test', 'x-auth-state': 'true' }, true],
    ['Origin null', { origin: 'null', 'x-auth-state': '1' }, true],
  ]
  for (const [name, headers] of refusals) {
    it(`refuses ${name} on every state-changing route, and nothing happens`, async () => {
      const jar = await app.signIn()
      const before = JSON.stringify(app.dev.stats.get())
      for (const [method, path, body] of ROUTES) {
        const answer = await app.call(path, jar, { method, body, headers, bare: true })
        expect(answer.status, `${method} ${path}`).toBe(403)
        expect((await answer.json()).error.code).toBe('forbidden')
      }
      // No upstream call happened and the session is intact.
      expect(JSON.stringify(app.dev.stats.get())).toBe(before)
      const session = await app.call('/auth/session', jar, { bare: true })
      expect((await session.json()).data).toMatchObject({
        status: 'authenticated',
        organizationId: 'org_demo',
      })
    })
  }

  it('accepts Sec-Fetch-Site: same-origin when a browser sent no Origin', async () => {
    const answer = await app.call('/auth/otp/send', new Jar(), {
      body: { email: EMAIL },
      headers: { 'x-auth-state': '1', 'sec-fetch-site': 'same-origin' },
      bare: true,
    })
    expect(answer.status).toBe(200)
  })

  it('refuses a form-encoded body even with the header', async () => {
    const answer = await app.call('/auth/otp/send', null, {
      body: `email=${encodeURIComponent(EMAIL)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(answer.status).toBe(400)
  })

  it('caps request bodies at 16 KiB', async () => {
    const answer = await app.call('/auth/otp/send', null, {
      body: { email: EMAIL, pad: 'x'.repeat(17_000) },
    })
    expect(answer.status).toBe(400)
    expect((await answer.json()).error.code).toBe('invalid_input')
  })

  it('honours the origins option (a proxy in front rewrote the host)', async () => {
    app.remake({ origins: ['https://www.app.example'] })
    const own = await app.call('/auth/otp/send', null, { body: { email: EMAIL } })
    expect(own.status).toBe(403)
    const site = await app.call('/auth/otp/send', null, {
      body: { email: EMAIL },
      headers: { origin: 'https://www.app.example' },
    })
    expect(site.status).toBe(200)
  })
})

describe('server throttles per client address', () => {
  it('counts per address from clientAddress, one bucket without it', async () => {
    app.remake({
      clientAddress: (request) => request.headers.get('x-test-ip'),
      throttle: { sendPerAddress: { max: 2, windowSeconds: 60 } },
    })
    const send = (email: string, ip: string) =>
      app.call('/auth/otp/send', null, { body: { email }, headers: { 'x-test-ip': ip } })
    expect((await send('a1@example.com', '10.0.0.1')).status).toBe(200)
    expect((await send('a2@example.com', '10.0.0.1')).status).toBe(200)
    const third = await send('a3@example.com', '10.0.0.1')
    expect(third.status).toBe(429)
    expect((await third.json()).error.code).toBe('otp_send_limit')
    expect((await send('a3@example.com', '10.0.0.2')).status).toBe(200)
  })

  it('ignores X-Forwarded-For unless trustProxy', async () => {
    app.remake({ throttle: { sendPerAddress: { max: 1, windowSeconds: 60 } } })
    const send = (email: string, ip: string) =>
      app.call('/auth/otp/send', null, { body: { email }, headers: { 'x-forwarded-for': ip } })
    expect((await send('b1@example.com', '10.0.0.1')).status).toBe(200)
    // A forged header cannot open a fresh bucket.
    expect((await send('b2@example.com', '10.0.0.2')).status).toBe(429)
    app.remake({ trustProxy: true, throttle: { sendPerAddress: { max: 1, windowSeconds: 60 } } })
    expect((await send('b3@example.com', '10.0.0.1')).status).toBe(200)
    expect((await send('b4@example.com', '10.0.0.2')).status).toBe(200)
    expect((await send('b5@example.com', '10.0.0.2')).status).toBe(429)
  })

  it('throttles verifies per email with rate_limited', async () => {
    app.remake({ throttle: { verifyPerEmail: { max: 2, windowSeconds: 60 } } })
    await app.call('/auth/otp/send', null, { body: { email: EMAIL } })
    for (let i = 0; i < 2; i++)
      await app.call('/auth/otp/verify', null, { body: { email: EMAIL, code: '999999x' } })
    const third = await app.call('/auth/otp/verify', null, {
      body: { email: EMAIL, code: '999999x' },
    })
    expect(third.status).toBe(429)
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await third.json()).error.code).toBe('rate_limited')
  })
})
