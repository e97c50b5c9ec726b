import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { AuthError } from '../errors'
import { CSRF_HEADER, createEndpoint } from './endpoint'

// The exchange with the handler against a real HTTP server on loopback that misbehaves on
// purpose: redirects, stalls, oversized answers, error answers.
type Route = (req: IncomingMessage, res: ServerResponse) => void
let server: Server | undefined
const seen: IncomingMessage[] = []

async function serve(route: Route) {
  server = createServer((req, res) => {
    seen.push(req)
    route(req, res)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return createEndpoint({ path: `http://127.0.0.1:${port}/auth` })
}
afterEach(async () => {
  seen.length = 0
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

const json = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

describe('the server-session endpoint', () => {
  it('sends the CSRF header on every call and unwraps the answer', async () => {
    const endpoint = await serve((req, res) => json(res, 200, { status: true, data: req.url }))
    expect(await endpoint.call('GET', '/session', undefined, 1000)).toBe('/auth/session')
    expect(await endpoint.call('POST', '/logout', {}, 1000)).toBe('/auth/logout')
    expect(seen.map((req) => req.headers[CSRF_HEADER])).toEqual(['1', '1'])
    expect(seen[1]!.headers['content-type']).toBe('application/json')
  })

  it('never follows a redirect: invalid_response, and the target is never asked', async () => {
    const endpoint = await serve((req, res) => {
      if (req.url === '/elsewhere') return json(res, 200, { status: true, data: 'followed' })
      res.writeHead(307, { location: '/elsewhere' }).end()
    })
    const error = await endpoint.call('POST', '/otp/verify', { code: '1' }, 1000).catch((e) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect(error).toMatchObject({ code: 'invalid_response', status: 307 })
    expect(seen.map((req) => req.url)).toEqual(['/auth/otp/verify'])
  })

  it('times out a handler that sends headers and then stalls', async () => {
    const endpoint = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"status":')
    })
    await expect(endpoint.call('GET', '/session', undefined, 200)).rejects.toMatchObject({
      code: 'network',
      message: expect.stringContaining('timed out'),
    })
  })

  it('caps what a handler answer may weigh', async () => {
    const endpoint = await serve((_req, res) =>
      json(res, 200, { status: true, data: 'x'.repeat(100 * 1024) }),
    )
    await expect(endpoint.call('GET', '/session', undefined, 5000)).rejects.toMatchObject({
      code: 'invalid_response',
    })
  })

  it('maps error answers: the handler’s code, forbidden as invalid_input, the wait, a scrubbed message', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ'
    const endpoint = await serve((req, res) => {
      if (req.url === '/auth/otp/verify')
        return json(res, 401, {
          status: false,
          error: { code: 'otp_invalid', message: `wrong code for ${token}`, attemptsLeft: 2 },
        })
      if (req.url === '/auth/otp/send')
        return json(
          res,
          429,
          { status: false, error: { code: 'otp_cooldown' } },
          { 'retry-after': '17' },
        )
      if (req.url === '/auth/logout')
        return json(res, 403, {
          status: false,
          error: { code: 'forbidden', message: 'cross-origin' },
        })
      json(res, 502, 'bad gateway')
    })
    const invalid = (await endpoint
      .call('POST', '/otp/verify', {}, 1000)
      .catch((e: unknown) => e)) as AuthError
    expect(invalid).toMatchObject({ code: 'otp_invalid', status: 401 })
    expect(invalid.message).not.toContain(token)
    await expect(endpoint.call('POST', '/otp/send', {}, 1000)).rejects.toMatchObject({
      code: 'otp_cooldown',
      retryAfterSeconds: 17,
    })
    await expect(endpoint.call('POST', '/logout', {}, 1000)).rejects.toMatchObject({
      code: 'invalid_input',
      status: 403,
    })
    await expect(endpoint.call('POST', '/account', {}, 1000)).rejects.toMatchObject({
      code: 'server',
      status: 502,
    })
  })

  it('keeps proxied paths below the proxy, before anything is sent', async () => {
    const endpoint = await serve((_req, res) => json(res, 200, { status: true }))
    expect(endpoint.proxied('x', '/network/v1/account')).toBe('/api/network/v1/account')
    for (const path of [
      'https://evil.test/',
      '//evil.test/x',
      '\\\\evil.test',
      '../logout',
      '/a/../../x',
    ])
      expect(() => endpoint.proxied('x', path), path).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      )
    expect(seen).toEqual([])
  })

  it('refuses a path that is not http(s) or carries credentials, at creation', () => {
    for (const path of ['ftp://host/auth', 'http://user:pw@host/auth', 'http://host/auth?x=1'])
      expect(() => createEndpoint({ path }).proxied('x', '/a'), path).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      )
  })
})
