import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { proxyPath } from '../src/proxy-path'
import { appHarness, Jar } from '../test/app'

const app = appHarness()

describe('proxy paths', () => {
  const prefixes = ['/network/v1/']
  it('allows plain paths under a prefix, with their query', () => {
    expect(proxyPath('/network/v1/account', prefixes)).toBe('/network/v1/account')
    expect(proxyPath('/network/v1/a%20b', prefixes)).toBe('/network/v1/a%20b')
  })
  const tricks = [
    '/identity/user/login',
    '/network/v1',
    '/network/v2/x',
    '//evil.test/network/v1/x',
    'http://evil.test/network/v1/x',
    '/network/v1/../../identity/user/logout',
    '/network/v1/%2e%2e/%2e%2e/identity/user/logout',
    '/network/v1/..%2f..%2fidentity',
    '/network/v1/%2E%2E/x',
    '/network/v1/%252e%252e/x',
    '/network/v1/a%5c..%5cb',
    '/network/v1/a\\..\\b',
    '/network/v1//evil.test',
    '/network/v1/./x',
    '/network/v1/%00',
    '/network/v1/%0d%0aX-Injected:%201',
    '/network/v1/%E0%A4%A',
    '/Network/v1/x',
  ]
  for (const path of tricks)
    it(`refuses ${JSON.stringify(path)}`, () => {
      expect(proxyPath(path, prefixes)).toBeNull()
    })
})

describe('proxy over the dev server', () => {
  it('forwards to a configured prefix with the session headers', async () => {
    const jar = await app.signIn()
    const answer = await app.call('/auth/api/network/v1/account', jar)
    expect(answer.status).toBe(200)
    expect((await answer.json()).data).toMatchObject({
      email: 'demo@example.com',
      accountId: 'acc_demo',
    })
  })

  it('refuses paths outside the prefixes and the identity routes', async () => {
    const jar = await app.signIn()
    app.dev.stats.reset()
    for (const path of [
      '/auth/api/identity/user/logout',
      '/auth/api/network/v1/%2e%2e/%2e%2e/identity/user/logout',
      '/auth/api/network/v1/..%2f..%2fidentity/user/logout',
      '/auth/api/network/v1//x',
    ]) {
      const answer = await app.call(path, jar, { method: 'POST', body: {} })
      expect(answer.status, path).toBe(404)
    }
    expect(app.dev.stats.count('POST /identity/user/logout')).toBe(0)
  })

  it('answers 401 unauthenticated without a session', async () => {
    const answer = await app.call('/auth/api/network/v1/account', new Jar())
    expect(answer.status).toBe(401)
    expect((await answer.json()).error.code).toBe('unauthenticated')
  })
})

describe('proxy: what crosses', () => {
  let seen: IncomingHttpHeaders[] = []
  let upstream: ReturnType<typeof createServer>
  let url = ''
  beforeEach(async () => {
    seen = []
    upstream = createServer((req, res) => {
      seen.push(req.headers)
      if (req.url?.startsWith('/network/v1/big')) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' })
        res.end(Buffer.alloc(2 * 1024 * 1024))
        return
      }
      if (req.url?.startsWith('/network/v1/slow')) return // never answers
      if (req.url?.startsWith('/network/v1/redirect')) {
        res.writeHead(302, { location: '/identity/user/logout' })
        res.end()
        return
      }
      res.writeHead(201, {
        'content-type': 'application/json',
        'set-cookie': 'api=1; Path=/',
        'x-request-id': 'r-1',
        connection: 'close',
      })
      res.end(JSON.stringify({ status: true, data: { url: req.url }, message: 'OK' }))
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  })
  afterEach(async () => {
    upstream.closeAllConnections()
    await new Promise((resolve) => upstream.close(resolve))
  })

  it("never forwards the browser's cookies nor the API's Set-Cookie, and passes the rest as it came", async () => {
    // Sign in against the dev server, then point the proxy at the echo server: same secret and
    // store, so the session carries over.
    const jar = await app.signIn()
    app.remake({ apiURL: url, store: app.sharedStore, fetchTimeoutMs: 2_000 })
    jar.cookies.set('other', 'browser-cookie')
    const answer = await app.call('/auth/api/network/v1/echo?x=1&y=%20', jar, {
      method: 'POST',
      body: { hello: 'world' },
      headers: { authorization: 'Bearer from-page', 'x-custom': 'no' },
    })
    expect(answer.status).toBe(201)
    expect(answer.headers.get('set-cookie')).toBeNull()
    expect(answer.headers.get('x-request-id')).toBe('r-1')
    expect(answer.headers.get('connection')).toBeNull()
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
    expect((await answer.json()).data).toEqual({ url: '/network/v1/echo?x=1&y=%20' })
    const headers = seen[0]!
    expect(headers.cookie).toBeUndefined()
    expect(headers.authorization).toBeUndefined()
    expect(headers['x-auth-state']).toBeUndefined()
    expect(headers.origin).toBeUndefined()
    expect(headers['x-custom']).toBeUndefined()
    expect(headers['auth-token']).toMatch(/^ey/)
    expect(headers['organization-id']).toBe('org_demo')
  })

  it('never follows a redirect (it would carry the session headers elsewhere)', async () => {
    const jar = await app.signIn()
    app.remake({ apiURL: url, store: app.sharedStore })
    const answer = await app.call('/auth/api/network/v1/redirect', jar)
    expect(answer.status).toBe(502)
    expect((await answer.json()).error.code).toBe('invalid_response')
    expect(seen).toHaveLength(1)
  })

  it('caps the response size and times out', async () => {
    const jar = await app.signIn()
    app.remake({ apiURL: url, store: app.sharedStore, fetchTimeoutMs: 500 })
    const big = await app.call('/auth/api/network/v1/big', jar)
    expect(big.status).toBe(502)
    expect((await big.json()).error.code).toBe('invalid_response')
    const slow = await app.call('/auth/api/network/v1/slow', jar)
    expect(slow.status).toBe(504)
    expect((await slow.json()).error.code).toBe('network')
  })
})
