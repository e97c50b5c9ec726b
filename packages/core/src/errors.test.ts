import { describe, expect, it } from 'vitest'
import { AuthError, scrub } from './errors'

const JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGFAZXhhbXBsZS5jb20iLCJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlLXNpZw'
const REFRESH = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0'

describe('AuthError', () => {
  it('carries code, status and retryAfterSeconds, and serialises without a stack', () => {
    const error = new AuthError('rate_limited', '[POST] /x: 429', {
      status: 429,
      retryAfterSeconds: 3,
    })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('AuthError')
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'AuthError',
      code: 'rate_limited',
      message: '[POST] /x: 429',
      status: 429,
      retryAfterSeconds: 3,
    })
  })

  it('scrubs tokens and codes from its message and from its cause', () => {
    const raw = Object.assign(new Error(`bad token ${JWT} refresh ${REFRESH} code 123456`), {
      options: { headers: { 'auth-token': JWT } },
    })
    const error = new AuthError('server', `failed with ${JWT}`, { cause: raw })
    const text = JSON.stringify({ ...error, message: error.message, cause: error.cause })
    const shown = `${error.message} ${(error.cause as Error).message} ${text}`
    for (const secret of [JWT, REFRESH, '123456']) expect(shown).not.toContain(secret)
    expect((error.cause as Error & { options?: unknown }).options).toBeUndefined()
    expect((error.cause as Error).stack).toBeUndefined()
  })
})

describe('scrub', () => {
  it('keeps ordinary text, status codes and short numbers', () => {
    expect(scrub('[POST] /identity/user/login: 401 Try again in 30 s')).toBe(
      '[POST] /identity/user/login: 401 Try again in 30 s',
    )
  })
})
