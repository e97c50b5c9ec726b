import type { ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clientHarness } from '../test/harness'
import { type IdentityServer, jwt, ok, startIdentityServer } from '../test/identity-server'
import { type AuthError, createAuthClient } from './index'
import { MAX_IDENTITY_BYTES } from './transport'

// The transport under attack: where credentials may go, how long a call may take, how much a
// response may weigh. `server` is the API; `other` is any other origin, and must hear nothing.

const LOGIN = 'POST /identity/user/login'
const REFRESH = 'POST /identity/user/refresh-token'
const LOGOUT = 'POST /identity/user/logout'
const CHECK = 'POST /identity/user/email/check-availability'

const t = clientHarness()
const { make, signedIn } = t
let other: IdentityServer
beforeEach(async () => {
  other = await startIdentityServer()
})
afterEach(async () => {
  await other.close()
})

const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ code: 'ok' as const, value, error: undefined }),
    (error: AuthError) => ({ code: error.code, value: undefined, error }),
  )

const redirect = (status: number, location: string) => () => ({
  respond: (res: ServerResponse) => {
    res.writeHead(status, { location })
    res.end()
  },
})

/** Headers at once, then a body that never ends: ofetch's timer stopped at the headers. */
const stall = () => ({
  respond: (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{"status":true,"data":')
  },
})

/** A response as large as `bytes`, streamed as the client reads it; counts what left. */
function huge(bytes: number, withLength: boolean) {
  const sent = { bytes: 0, closed: false }
  const reply = () => ({
    respond: (res: ServerResponse) => {
      const chunk = Buffer.alloc(64 * 1024, 'a')
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(withLength ? { 'content-length': String(bytes) } : {}),
      })
      res.on('close', () => {
        sent.closed = true
      })
      const pump = () => {
        while (sent.bytes < bytes && !sent.closed) {
          sent.bytes += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        if (!sent.closed) res.end()
      }
      pump()
    },
  })
  return { sent, reply }
}

describe('credentials go to the API origin only', () => {
  it.each([
    ['an absolute URL on another origin', () => `${other.url}/me`],
    ['a scheme-relative URL', () => `//${new URL(other.url).host}/me`],
    ['a backslash scheme-relative URL', () => `/\\${new URL(other.url).host}/me`],
  ])('client.fetch refuses %s with invalid_input, and nothing leaves', async (_, path) => {
    const { client } = await signedIn()
    for (const call of [client.fetch, client.fetchRaw]) {
      const result = await settle(call(path()))
      expect(result.code).toBe('invalid_input')
      expect(result.error?.message).toContain('origin')
    }
    expect(other.requests).toHaveLength(0)
  })

  it("resolves 'http:host:port/x' against baseURL, as a link on the page would: it stays on the API", async () => {
    const { client } = await signedIn()
    const otherHost = new URL(other.url).host
    await settle(client.fetchRaw(`http:${otherHost}/me`))
    expect(other.requests).toHaveLength(0)
    expect(t.server.requests.at(-1)?.route).toBe(`GET /${otherHost}/me`)
  })

  it('ignores a baseURL in the call options: there is no way to point a call elsewhere', async () => {
    const { client } = await signedIn()
    await client.fetch('/me', { baseURL: other.url } as never)
    expect(other.requests).toHaveLength(0)
    expect(t.server.requests.at(-1)?.route).toBe('GET /me')
  })

  it('never refreshes for calls it refuses: twenty of them rotate nothing', async () => {
    const { client } = await signedIn()
    await Promise.all(Array.from({ length: 20 }, () => settle(client.fetch(`${other.url}/me`))))
    expect(t.server.count(REFRESH)).toBe(0)
    expect(other.requests).toHaveLength(0)
  })

  it('refuses a refreshEndpoint on another origin without posting the refresh token there', async () => {
    const { client } = await signedIn({
      refreshEndpoint: `${other.url}/identity/user/refresh-token`,
    })
    expect((await settle(client.refresh())).code).toBe('invalid_input')
    expect(other.requests).toHaveLength(0)
    expect(client.$session.get().status).toBe('authenticated')
  })

  it.each([
    ['javascript:alert(1)', 'not http(s)'],
    ['ftp://api.example.com', 'not http(s)'],
    ['https://user:secret@api.example.com', 'credentials'],
  ])('createAuthClient refuses the baseURL %s (%s)', (baseURL) => {
    expect(() => createAuthClient({ baseURL, storage: 'memory' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })

  it.each([301, 302, 303, 307, 308])(
    'client.fetch does not follow a %i to another origin: invalid_response, the other origin hears nothing',
    async (status) => {
      const { client } = await signedIn()
      t.server.next('GET /me', redirect(status, `${other.url}/me`))
      const result = await settle(client.fetch('/me'))
      expect(result).toMatchObject({ code: 'invalid_response', error: { status } })
      expect(other.requests).toHaveLength(0)
      // And the session is intact.
      expect(await client.fetch('/me')).toMatchObject({ org: 'org_1' })
    },
  )

  it('a 307 on refresh does not re-post the refresh token to the other origin', async () => {
    const { client } = await signedIn()
    t.server.next(REFRESH, redirect(307, `${other.url}/identity/user/refresh-token`))
    expect((await settle(client.refresh())).code).toBe('invalid_response')
    expect(other.requests).toHaveLength(0)
    // Transient: the session stays, a refresh inside the backoff shares the failure without a
    // request, and the backoff's own retry works.
    expect(client.$session.get().status).toBe('authenticated')
    expect((await settle(client.refresh())).code).toBe('invalid_response')
    expect(t.server.count(REFRESH)).toBe(1)
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(2), { timeout: 3000 })
    expect(other.requests).toHaveLength(0)
  })

  it('a 308 on logout does not forward the token', async () => {
    const { client } = await signedIn()
    t.server.next(LOGOUT, redirect(308, `${other.url}/identity/user/logout`))
    await client.logout()
    expect(t.server.count(LOGOUT)).toBe(1)
    expect(other.requests).toHaveLength(0)
  })

  it('a 302 on login with credentials in its Location goes nowhere', async () => {
    const { client } = make()
    const target = new URL(other.url)
    target.username = 'user'
    target.password = 'pass'
    t.server.next(LOGIN, redirect(302, `${target.href}identity/user/login`))
    const result = await settle(client.login({ email: 'ada@example.com', otp: '123456' }))
    expect(result.code).toBe('invalid_response')
    expect(other.requests).toHaveLength(0)
  })
})

describe('timeoutMs covers the whole exchange, body included', () => {
  const TIMEOUT = 300

  it('a refresh whose body stalls settles, releases its lock, and the next refresh works', async () => {
    const { client } = await signedIn({ timeoutMs: TIMEOUT, crossTab: true })
    t.server.next(REFRESH, stall)
    const started = Date.now()
    const result = await settle(client.refresh())
    expect(result).toMatchObject({ code: 'network' })
    expect(result.error?.message).toContain('timed out')
    expect(Date.now() - started).toBeLessThan(TIMEOUT + 2000)
    expect(client.$session.get().status).toBe('authenticated')
    // The backoff's retry takes the released lock and rotates the token.
    const refreshed = new Promise((resolve) => client.on('refresh', resolve))
    await vi.waitFor(() => expect(t.server.count(REFRESH)).toBe(2), { timeout: 3000 })
    await refreshed
    expect((await settle(client.refresh())).code).toBe('ok')
    expect(await client.fetch('/me')).toMatchObject({ org: 'org_1' })
  })

  it('getToken and client.fetch do not hang on a due token whose refresh stalls', async () => {
    // Tokens of 2 s: due for refresh after 1 s, still valid until 2 s.
    await t.restart({ ttlSeconds: 2 })
    const { client } = await signedIn({ timeoutMs: TIMEOUT })
    const token = await client.getToken()
    t.server.next(REFRESH, stall, stall, stall)
    await sleep(1100)
    const started = Date.now()
    // The refresh times out; the old token still serves.
    expect(await client.getToken()).toBe(token)
    expect(await client.fetch('/me')).toMatchObject({ org: 'org_1' })
    expect(Date.now() - started).toBeLessThan(4 * TIMEOUT + 1000)
  })

  it('sendOtp leaves `sending` when the check stalls, and a later send works', async () => {
    const { client } = make({ timeoutMs: TIMEOUT })
    t.server.next(CHECK, stall)
    expect((await settle(client.sendOtp('ada@example.com'))).code).toBe('network')
    expect(client.$otp.get().step).toBe('idle')
    await client.sendOtp('ada@example.com')
    expect(client.$otp.get().step).toBe('code-sent')
  })

  it('logout() resolves when the logout body stalls', async () => {
    const { client } = await signedIn({ timeoutMs: TIMEOUT })
    t.server.next(LOGOUT, stall)
    await client.logout()
    expect(client.$session.get().status).toBe('unauthenticated')
    await client.login({ email: 'ada@example.com', otp: '123456' })
    expect(client.$session.get().status).toBe('authenticated')
  })

  it('client.fetch stops at fetchTimeoutMs, or at the call’s own timeoutMs', async () => {
    const { client } = await signedIn({ fetchTimeoutMs: TIMEOUT })
    t.server.next('GET /me', stall, stall)
    const byDefault = await settle(client.fetch('/me', { retry: 0 }))
    expect(byDefault.code).toBe('network')
    expect(byDefault.error?.message).toBe('[GET] /me: timed out')
    const started = Date.now()
    const perCall = await settle(client.fetchRaw('/me', { timeoutMs: 50, retry: 0 }))
    expect(perCall.code).toBe('network')
    expect(Date.now() - started).toBeLessThan(TIMEOUT)
    expect(await client.fetch('/me')).toMatchObject({ org: 'org_1' })
  })

  it('an aborted signal rejects client.fetch with network "aborted"', async () => {
    const { client } = await signedIn()
    t.server.next('GET /me', stall)
    const controller = new AbortController()
    const pending = settle(client.fetch('/me', { signal: controller.signal }))
    setTimeout(() => controller.abort(), 50)
    const result = await pending
    expect(result.code).toBe('network')
    expect(result.error?.message).toBe('[GET] /me: aborted')
  })
})

describe('identity responses are capped', () => {
  it.each([
    ['streamed without a length', false],
    ['announced by Content-Length', true],
  ])(
    'a 50 MB login response (%s) is invalid_response after a bounded read',
    async (_, withLength) => {
      const { client } = make()
      const { sent, reply } = huge(50 * 1024 * 1024, withLength)
      t.server.next(LOGIN, reply)
      const result = await settle(client.login({ email: 'ada@example.com', otp: '123456' }))
      expect(result.code).toBe('invalid_response')
      expect(result.error?.message).toContain(`over ${MAX_IDENTITY_BYTES / 1024} KiB`)
      await expect.poll(() => sent.closed).toBe(true)
      // The read was aborted: what left the server is socket buffers, not 50 MB.
      expect(sent.bytes).toBeLessThan(16 * 1024 * 1024)
      expect(client.$session.get().status).toBe('unauthenticated')
    },
  )

  it('a response just under the cap is read', async () => {
    const { client } = make()
    const pad = 'x'.repeat(MAX_IDENTITY_BYTES - 2048)
    t.server.next(LOGIN, () =>
      ok({ token: jwt({}), refreshToken: 'r'.repeat(32), organizationId: 'o', pad }),
    )
    await client.login({ email: 'ada@example.com', otp: '123456' })
    expect(client.$session.get().status).toBe('authenticated')
  })
})
