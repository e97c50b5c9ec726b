import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findSecret, mapStorage } from '../test/helpers'
import { type IdentityServer, jwt, no, ok, startIdentityServer } from '../test/identity-server'
import { type AuthClient, type AuthError, createAuthClient } from './index'

// A server message that echoes a secret the client holds never reaches an AuthError: the
// client redacts the exact values it holds, not only text shaped like a token.

const LOGIN = 'POST /identity/user/login'
const REFRESH = 'POST /identity/user/refresh-token'
// A refresh token in standard base64 (`+`, `/`, `=`), and a short opaque session token.
const REFRESH_TOKEN = 'q+9Zk/3vX0a7+Tm2Lw8rYg=='
const OPAQUE = 'tk_9f3a'

let server: IdentityServer
const clients: AuthClient[] = []
beforeEach(async () => {
  server = await startIdentityServer()
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

function make() {
  const client = createAuthClient({ baseURL: server.url, storage: mapStorage() })
  clients.push(client)
  const errors: AuthError[] = []
  client.on('error', ({ error }) => errors.push(error))
  return { client, errors }
}
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: AuthError) => error,
  )
const shown = (error: AuthError) =>
  `${error.message} ${(error.cause as Error | undefined)?.message} ${JSON.stringify(error)} ${
    ((error.cause as Error | undefined)?.cause as Error | undefined)?.message
  }`

describe('server messages echoing secrets', () => {
  it('a code glued to letters (OTP123456) is not in the error or its cause', async () => {
    const { client } = make()
    server.next(LOGIN, () => no(401, 'Code OTP123456 is not valid'))
    const error = await failure(client.login({ email: 'ada@example.com', otp: '123456' }))
    expect(error.code).toBe('otp_invalid')
    expect(shown(error)).not.toContain('123456')
    expect(findSecret(error, ['123456'])).toBeUndefined()
  })

  it('the last code typed is redacted from a later call’s error too', async () => {
    const { client } = make()
    server.next(LOGIN, () => no(401, 'wrong'))
    await failure(client.login({ email: 'ada@example.com', otp: '654321' }))
    server.next('POST /identity/user/email/check-availability', () =>
      no(500, 'last attempt was X654321X'),
    )
    const error = await failure(client.isEmailRegistered('ada@example.com'))
    expect(shown(error)).not.toContain('654321')
  })

  it('a standard-base64 refresh token and a short opaque token are not in refresh or fetch errors', async () => {
    const { client, errors } = make()
    server.next(LOGIN, () =>
      ok({ token: OPAQUE, refreshToken: REFRESH_TOKEN, organizationId: 'org_1' }),
    )
    await client.login({ email: 'ada@example.com', otp: '123456' })
    server.next(REFRESH, () => no(500, `cannot rotate ${REFRESH_TOKEN} for session ${OPAQUE}`))
    const refreshError = await failure(client.refresh())
    expect(refreshError.code).toBe('server')
    server.next('GET /me', () => no(403, `token ${OPAQUE} may not read this`))
    const fetchError = await failure(client.fetch('/me'))
    expect(fetchError).toMatchObject({ code: 'server', status: 403 })
    expect(fetchError.message).toContain('may not read this')
    for (const error of [refreshError, fetchError, ...errors]) {
      expect(findSecret(shown(error), [REFRESH_TOKEN, OPAQUE])).toBeUndefined()
    }
  })

  it('a refresh token the session no longer holds is still redacted from the call that sent it', async () => {
    const { client } = make()
    server.next(LOGIN, () =>
      ok({ token: jwt({}), refreshToken: REFRESH_TOKEN, organizationId: 'org_1' }),
    )
    await client.login({ email: 'ada@example.com', otp: '123456' })
    server.next(REFRESH, () => no(401, `refresh token ${REFRESH_TOKEN} is revoked`))
    const error = await failure(client.refresh())
    expect(error.code).toBe('session_expired')
    expect(client.$session.get().status).toBe('unauthenticated')
    expect(shown(error)).not.toContain(REFRESH_TOKEN)
  })

  it('a secret cut by the length limit on server messages is still removed whole', async () => {
    const { client } = make()
    server.next(LOGIN, () =>
      ok({ token: OPAQUE, refreshToken: REFRESH_TOKEN, organizationId: 'org_1' }),
    )
    await client.login({ email: 'ada@example.com', otp: '123456' })
    // The refresh token straddles the 120th character of the message.
    server.next(REFRESH, () => no(500, `${'x'.repeat(110)} ${REFRESH_TOKEN}`))
    const error = await failure(client.refresh())
    expect(error.message).not.toContain(REFRESH_TOKEN.slice(0, 9))
  })

  it('a path carrying a held secret is redacted from the error that names the call', async () => {
    const { client } = make()
    server.next(LOGIN, () =>
      ok({ token: OPAQUE, refreshToken: REFRESH_TOKEN, organizationId: 'org_1' }),
    )
    await client.login({ email: 'ada@example.com', otp: '123456' })
    const refused = await failure(client.fetch(`https://other.example/x?t=${OPAQUE}`))
    expect(refused.code).toBe('invalid_input')
    server.next(
      'GET /me',
      () => no(500, 'boom'),
      () => no(500, 'boom'),
    )
    const failed = await failure(client.fetch(`/me?t=${OPAQUE}`))
    for (const error of [refused, failed]) expect(shown(error)).not.toContain(OPAQUE)
  })
})
