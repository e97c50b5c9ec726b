import { type } from 'arktype'
import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as zc from 'zod'
import * as z from 'zod/mini'
import { mapStorage } from '../test/helpers'
import { type IdentityServer, no, ok, startIdentityServer } from '../test/identity-server'
import { type AuthClient, type AuthError, createAuthClient } from './index'

// Typed data calls: fetch unwraps the envelope and resolves to `data` (checked by a schema when
// one is given); fetchRaw resolves to the body as it came. Both share one path.

let server: IdentityServer
let client: AuthClient
beforeEach(async () => {
  server = await startIdentityServer()
  client = createAuthClient({ baseURL: server.url, storage: mapStorage() })
  await client.login({ email: 'ada@example.com', otp: '123456' })
})
afterEach(async () => {
  client.destroy()
  await server.close()
})

const Me = z.object({ org: z.string(), account: z.nullable(z.string()) })
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: AuthError) => error,
  )

describe('client.fetch', () => {
  it('resolves to the envelope’s data, checked by the schema', async () => {
    expect(await client.fetch('/me', { schema: Me })).toEqual({ org: 'org_1', account: 'acc_1' })
  })

  it('sends query, JSON body and method', async () => {
    server.next('POST /items', ({ body }) => ok({ echoed: body }))
    const result = await client.fetch('/items', {
      method: 'post',
      body: { name: 'Ada' },
      query: { page: 2, skip: undefined },
    })
    expect(result).toEqual({ echoed: { name: 'Ada' } })
    const seen = server.requests.at(-1)!
    expect(seen.headers['content-type']).toBe('application/json')
    expect(seen.headers['auth-token']).toBeTypeOf('string')
  })

  it('a data shape the schema refuses is invalid_response, without echoing the data', async () => {
    server.next('GET /me', () => ok({ org: 42, secretish: 'do-not-echo' }))
    const error = await failure(client.fetch('/me', { schema: Me }))
    expect(error).toMatchObject({ code: 'invalid_response', status: 200 })
    expect(error.message).not.toContain('do-not-echo')
  })

  it('status:false on a 200 rejects with the status and the server’s message', async () => {
    server.next('GET /me', () => ({ status: 200, body: { status: false, message: 'No access' } }))
    const error = await failure(client.fetch('/me'))
    expect(error).toMatchObject({ code: 'server', status: 200 })
    expect(error.message).toBe('[GET] /me: 200 No access')
  })

  it('a non-2xx envelope rejects with its status and message', async () => {
    server.next('GET /me', () => no(404, 'Not here'))
    const error = await failure(client.fetch('/me'))
    expect(error).toMatchObject({ code: 'server', status: 404 })
    expect(error.message).toBe('[GET] /me: 404 Not here')
  })

  it('a 204 resolves to undefined; a 304 is an answer, not a redirect', async () => {
    server.next('DELETE /items/1', () => ({ status: 204, raw: '' }))
    expect(await client.fetch('/items/1', { method: 'DELETE' })).toBeUndefined()
    server.next('GET /me', () => ({ status: 304, raw: '' }))
    expect(await client.fetchRaw('/me')).toBeUndefined()
  })

  it('refuses headers it cannot read, and a body on a GET, as invalid_input', async () => {
    const headers = new Headers({ 'x-trace': '1' }) as never
    expect(await failure(client.fetch('/me', { headers }))).toMatchObject({ code: 'invalid_input' })
    expect(await failure(client.fetch('/me', { body: { a: 1 } }))).toMatchObject({
      code: 'invalid_input',
    })
  })

  it('encodes each kind of body as it always has (JSON, text, or as it is)', async () => {
    const sent: Array<{ body: unknown; type: string | null; accept: string | null }> = []
    const spy = createAuthClient({
      baseURL: server.url,
      storage: mapStorage(),
      fetch: (input, init) => {
        const headers = new Headers(init?.headers)
        sent.push({
          body: init?.body,
          type: headers.get('content-type'),
          accept: headers.get('accept'),
        })
        return fetch(input, init)
      },
    })
    await spy.login({ email: 'ada@example.com', otp: '123456' })
    const form = new URLSearchParams({ a: '1' })
    const bare = Object.assign(Object.create(null), { x: 1 })
    const date = new Date(0)
    const cases: Array<[string, unknown, Record<string, string>?]> = [
      ['POST', { a: 1 }],
      ['PUT', [1, 2]],
      ['POST', 'hello'],
      ['POST', 0],
      ['PATCH', false],
      ['POST', bare],
      ['POST', { buffer: 1 }],
      ['POST', { a: 1 }, { 'content-type': 'application/x-www-form-urlencoded' }],
      ['POST', { a: 1 }, { 'Content-Type': 'application/vnd.api+json', accept: 'text/csv' }],
      ['POST', 'hi', { 'content-type': 'text/csv' }],
      ['POST', form],
      ['OPTIONS', { a: 1 }],
      ['OPTIONS', 'hello'],
      ['DELETE', date],
    ]
    for (const [method, body, headers] of cases) {
      server.next(`${method} /items`, () => ok({}))
      await spy.fetchRaw('/items', { method, body, headers })
    }
    spy.destroy()
    const json = { type: 'application/json', accept: 'application/json' }
    expect(sent.slice(-cases.length)).toEqual([
      { body: '{"a":1}', ...json },
      { body: '[1,2]', ...json },
      { body: 'hello', type: 'text/plain;charset=UTF-8', accept: '*/*' },
      { body: '0', ...json },
      { body: 'false', ...json },
      { body: '{"x":1}', ...json },
      { body: '{"buffer":1}', ...json },
      { body: '{"a":1}', type: 'application/x-www-form-urlencoded', accept: 'application/json' },
      { body: '{"a":1}', type: 'application/vnd.api+json', accept: 'text/csv' },
      { body: 'hi', type: 'text/csv', accept: '*/*' },
      { body: form, type: null, accept: null },
      { body: '{"a":1}', ...json },
      { body: 'hello', type: null, accept: null },
      { body: JSON.stringify(date), ...json },
    ])
  })

  it('a 2xx body that is not an envelope is invalid_response', async () => {
    server.next('GET /me', () => ({ status: 200, body: [1, 2, 3] }))
    expect(await failure(client.fetch('/me'))).toMatchObject({ code: 'invalid_response' })
  })
})

describe('client.fetchRaw', () => {
  it('resolves to the body as it came, with the same auth', async () => {
    expect(await client.fetchRaw('/me')).toEqual({
      status: true,
      data: { org: 'org_1', account: 'acc_1' },
      message: 'OK',
    })
    server.next('GET /plain', ({ headers }) => ({
      status: 200,
      raw: `hello ${headers['organization-id']}`,
      headers: { 'content-type': 'text/plain' },
    }))
    expect(await client.fetchRaw('/plain')).toBe('hello org_1')
  })

  it('checks the body with a schema, and reads text or bytes on request', async () => {
    server.next('GET /list', () => ({ status: 200, body: [1, 2] }))
    expect(await client.fetchRaw('/list', { schema: z.array(z.number()) })).toEqual([1, 2])
    server.next('GET /list', () => ({ status: 200, body: [1, 2] }))
    expect(await client.fetchRaw('/list', { responseType: 'text' })).toBe('[1,2]')
    server.next('GET /list', () => ({ status: 200, body: [1, 2] }))
    const bytes = await client.fetchRaw<ArrayBuffer>('/list', { responseType: 'arrayBuffer' })
    expect(new TextDecoder().decode(bytes)).toBe('[1,2]')
  })

  it('replays once after a 401, like fetch', async () => {
    server.revokeAll()
    expect(await client.fetchRaw('/me')).toMatchObject({ data: { org: 'org_1' } })
    expect(server.count('POST /identity/user/refresh-token')).toBe(1)
  })
})

describe('schemas', () => {
  const orgs = (id: unknown) => ({ organizations: [{ id, name: 'Labs' }] })
  const schemas = {
    'zod (classic)': zc.object({
      organizations: zc.array(zc.object({ id: zc.string(), name: zc.string() })),
    }),
    'zod/mini': z.object({
      organizations: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    valibot: v.object({ organizations: v.array(v.object({ id: v.string(), name: v.string() })) }),
    arktype: type({ organizations: type({ id: 'string', name: 'string' }).array() }),
  }

  for (const [library, schema] of Object.entries(schemas)) {
    it(`${library}: checks the data, and a mismatch names the first failing path, not the value`, async () => {
      server.next('GET /orgs', () => ok(orgs('org_1')))
      expect(await client.fetch('/orgs', { schema })).toEqual(orgs('org_1'))

      // A value that must not show: it looks like data the API would not want in a log line.
      server.next('GET /orgs', () => ok(orgs(987_654_321)))
      const error = await failure(client.fetch('/orgs', { schema }))
      expect(error).toMatchObject({ code: 'invalid_response', status: 200 })
      expect(error.message).toBe(
        '[GET] /orgs: 200 OK: data.organizations[0].id: expected string, got number',
      )
      expect(error.message).not.toContain('987654321')

      server.next('GET /orgs', () => ({ status: 200, body: { organizations: [{ name: 'Labs' }] } }))
      const raw = await failure(client.fetchRaw('/orgs', { schema }))
      expect(raw.message).toMatch(/: body\.organizations\[0\]\.id: missing$/)
    })
  }

  it('a key that is not an identifier is quoted; a refinement’s own message is not repeated', async () => {
    const Weird = z.object({
      'x-rate': z.number().check(z.refine((n) => n < 10, { message: 'was 4242, too big' })),
    })
    server.next('GET /w', () => ok({ 'x-rate': 4242 }))
    const error = await failure(client.fetch('/w', { schema: Weird }))
    expect(error.message).toBe('[GET] /w: 200 OK: data["x-rate"]: unexpected number')
  })

  it('waits for an async schema, and refuses what is no schema before sending', async () => {
    const Later = {
      '~standard': {
        version: 1 as const,
        vendor: 'test',
        validate: async (value: unknown) =>
          typeof value === 'object' && value !== null && 'org' in value
            ? { value: (value as { org: string }).org }
            : { issues: [{ message: 'Expected object', path: [] }] },
      },
    }
    expect(await client.fetch('/me', { schema: Later })).toBe('org_1')
    const sent = server.requests.length
    // @ts-expect-error: a parse function is not a Standard Schema
    const error = await failure(client.fetch('/me', { schema: { parse: (x: unknown) => x } }))
    expect(error).toMatchObject({ code: 'invalid_input' })
    expect(server.requests.length).toBe(sent)
  })

  it('a schema that throws is invalid_input, its message redacted', async () => {
    const Throws = {
      '~standard': {
        version: 1 as const,
        vendor: 'test',
        validate: () => {
          throw new Error('broken schema')
        },
      },
    }
    const error = await failure(client.fetch('/me', { schema: Throws }))
    expect(error).toMatchObject({ code: 'invalid_input' })
    expect(error.message).toBe('[GET] /me: schema threw')
  })
})

// Per-call cost (issue 23): what a successful call does beyond the request itself.
describe('client.fetch on the happy path', () => {
  it('arms one timer (the request’s, body included) when the token is at hand and not due', async () => {
    await client.fetch('/me')
    const armed: unknown[] = []
    const original = globalThis.setTimeout
    globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
      armed.push(args[1])
      return original(...args)
    }) as typeof setTimeout
    try {
      expect(await client.fetch('/me')).toEqual({ org: 'org_1', account: 'acc_1' })
    } finally {
      globalThis.setTimeout = original
    }
    // The call's timeout is fetchTimeoutMs (30 s); the identity server's own timers are not ours.
    expect(armed.filter((ms) => ms === 30_000)).toHaveLength(1)
  })
})
