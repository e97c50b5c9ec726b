import { describe, expect, it } from 'vitest'
import { AuthError, createRedactor, redactedCause, scrub } from './errors'

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

describe('createRedactor', () => {
  const REFRESH_B64 = 'q+9Zk/3vX0a7+Tm2Lw8rYg=='
  const OPAQUE = 'tk_9f3a'
  const redact = createRedactor(() => [REFRESH_B64, OPAQUE, '123456', null, undefined, 'ab'])

  it('removes the exact secrets held, wherever they sit in the text', () => {
    const text = `bad refresh ${REFRESH_B64}; code OTP123456 for token=${OPAQUE}x`
    const out = redact(text)
    for (const secret of [REFRESH_B64, OPAQUE, '123456']) expect(out).not.toContain(secret)
    expect(out).toContain('bad refresh')
  })

  it('removes their URL-encoded form and the extra secrets of a call', () => {
    expect(redact(`echo ${encodeURIComponent(REFRESH_B64)}`)).not.toContain('q%2B9Zk')
    expect(redact('the value s3cr3t was wrong', ['s3cr3t'])).toBe('the value [redacted] was wrong')
  })

  it('leaves values too short to be secrets, and ordinary text', () => {
    expect(redact('ab cd: 401 Try again in 30 s')).toBe('ab cd: 401 Try again in 30 s')
  })

  it('redactedCause keeps a name and a redacted message only', () => {
    const cause = Object.assign(new TypeError(`fetch failed for ${OPAQUE}`), { headers: OPAQUE })
    const copy = redactedCause(cause, redact)
    expect(copy.name).toBe('TypeError')
    expect(copy.message).not.toContain(OPAQUE)
    expect(Object.keys(copy)).toEqual(['name'])
    expect(copy.stack).toBeUndefined()
  })
})
