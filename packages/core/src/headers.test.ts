import { describe, expect, it } from 'vitest'
import { clientHarness } from '../test/harness'
import { mapStorage } from '../test/helpers'
import { jwt, ok } from '../test/identity-server'
import { carryable, checkHeaders, isHeaderValue } from './headers'
import type { AuthError } from './index'

// Values that end up in headers are refused where they enter: by a setter (`invalid_input`),
// in a sign-in or refresh response (`invalid_response`), in options. Never a `network` error
// later, and never a logout that stays at home.

const LOGIN = 'POST /identity/user/login'
const REFRESH = 'POST /identity/user/refresh-token'
const LOGOUT = 'POST /identity/user/logout'
const BAD = ['x\r\nevil: 1', 'x\nevil', 'org-\u0142', 'org\u0000', ' padded ', '\u{1F600}']

const t = clientHarness()
const { make, signedIn } = t
const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: AuthError) => error.code,
  )

describe('isHeaderValue', () => {
  it('accepts ids and tokens, refuses what fetch would reject or rewrite', () => {
    for (const value of ['org_1', 'Bearer a.b.c', 'caf\u00e9', '', 'a b'])
      expect(isHeaderValue(value)).toBe(true)
    for (const value of BAD) expect(isHeaderValue(value)).toBe(false)
    expect(isHeaderValue(42)).toBe(false)
  })

  it('checkHeaders names the header, never its value', () => {
    const error = (() => {
      try {
        checkHeaders({ 'auth-token': 'secret-token-value\r\nx: 1' }, 'test')
      } catch (e) {
        return e as AuthError
      }
    })()
    expect(error).toMatchObject({ code: 'invalid_input' })
    expect(error?.message).toContain('auth-token')
    expect(error?.message).not.toContain('secret-token-value')
    expect(() => checkHeaders({ 'bad name': 'x' }, 'test')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })

  it('carryable keeps what can be sent, drops the rest, survives a throwing mapper', () => {
    expect(carryable(() => ({ 'auth-token': 't', 'organization-id': 'x\r\ny' }))).toEqual({
      'auth-token': 't',
    })
    expect(
      carryable(() => {
        throw new Error('boom')
      }),
    ).toEqual({})
  })
})

describe('header values in the client', () => {
  it.each(BAD)(
    'setOrganization and setAccount refuse %j with invalid_input, changing nothing',
    async (bad) => {
      const { client, storage } = await signedIn()
      const before = storage.map.get('auth-state')
      expect(() => client.setOrganization(bad)).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      )
      expect(() => client.setAccount(bad)).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      )
      expect(storage.map.get('auth-state')).toBe(before)
      expect(await client.fetch('/me')).toEqual({ org: 'org_1', account: 'acc_1' })
    },
  )

  it.each([
    ['organizationId', { organizationId: 'x\r\nevil: 1' }],
    ['accountId', { accountId: 'acc-\u0142' }],
    ['token', { token: 'a.b.c\r\nevil: 1' }],
  ])(
    'a login response with a bad %s is invalid_response, and nothing is stored',
    async (_, bad) => {
      const { client, storage } = make()
      t.server.next(LOGIN, () =>
        ok({ token: jwt({}), refreshToken: 'r'.repeat(32), organizationId: 'org_1', ...bad }),
      )
      expect(await settle(client.login({ email: 'ada@example.com', otp: '123456' }))).toBe(
        'invalid_response',
      )
      expect(client.$session.get().status).toBe('unauthenticated')
      expect(storage.map.has('auth-state')).toBe(false)
    },
  )

  it('a refresh response with a bad token is invalid_response; the session keeps its token', async () => {
    const { client } = await signedIn()
    const token = await client.getToken()
    t.server.next(REFRESH, () => ok({ token: 'a.b.c\nevil: 1' }))
    expect(await settle(client.refresh())).toBe('invalid_response')
    expect(await client.getToken()).toBe(token)
  })

  it('a stored record with a bad id: fetch is invalid_input (not network), logout still reaches the server', async () => {
    const now = Math.floor(Date.now() / 1000)
    const token = jwt({ iat: now, exp: now + 300 })
    const storage = mapStorage({
      'auth-state': JSON.stringify({
        v: 1,
        email: 'ada@example.com',
        token,
        refreshToken: 'r'.repeat(32),
        organizationId: 'x\r\nevil: 1',
        accountId: 'acc-\u0142',
        expiresAt: Date.now() + 300_000,
        lifetimeMs: 300_000,
      }),
    })
    const { client } = make({}, storage)
    expect(client.$session.get().status).toBe('authenticated')
    expect(await settle(client.fetch('/me'))).toBe('invalid_input')
    expect(t.server.count('GET /me')).toBe(0)
    await client.logout()
    const logout = t.server.requests.find((r) => r.route === LOGOUT)
    expect(logout?.headers['auth-token']).toBe(token)
    expect(logout?.headers['organization-id']).toBeUndefined()
  })

  it('a throwing authHeaders does not keep logout at home', async () => {
    let broken = false
    const { client } = await signedIn({
      authHeaders: ({ token }) => {
        if (broken) throw new Error('mapper bug')
        return { 'auth-token': token }
      },
    })
    broken = true
    expect(await settle(client.fetch('/me'))).toBe('invalid_input')
    await client.logout()
    expect(t.server.count(LOGOUT)).toBe(1)
  })

  it('authHeaders output that cannot be a header is invalid_input, not network', async () => {
    const { client } = await signedIn({
      authHeaders: ({ token }) => ({ authorization: `Bearer ${token}\r\nx: 1` }),
    })
    expect(await settle(client.fetch('/me'))).toBe('invalid_input')
    expect(t.server.count('GET /me')).toBe(0)
  })

  it('per-call headers that cannot be headers are invalid_input', async () => {
    const { client } = await signedIn()
    expect(await settle(client.fetch('/me', { headers: { 'x-trace': 'a\r\nb: c' } }))).toBe(
      'invalid_input',
    )
  })

  it('createAuthClient refuses static headers that cannot be headers', () => {
    expect(() => make({ headers: { 'x-aui-client': 'AUI\r\nevil: 1' } })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
    expect(() => make({ headers: { 'bad name': 'AUI' } })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })
})
