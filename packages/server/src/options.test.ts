import { describe, expect, it } from 'vitest'
import { AuthError, type AuthServerOptions, createAuthServer } from './index'

const base: AuthServerOptions = {
  apiURL: 'https://api.example.com/api/outer-bridge',
  secret: 'a-first-secret-of-at-least-32-characters',
}

const code = (options: Partial<AuthServerOptions>) => {
  try {
    createAuthServer({ ...base, ...options })
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError)
    return { code: (error as AuthError).code, message: (error as AuthError).message }
  }
  return null
}

describe('options are checked at startup, naming the option', () => {
  it.each<[string, Partial<AuthServerOptions>, RegExp]>([
    ['apiURL not a URL', { apiURL: 'api.example.com' }, /apiURL/],
    ['apiURL not http(s)', { apiURL: 'ftp://api.example.com' }, /apiURL/],
    ['a proxy prefix without a trailing slash', { proxy: ['/network/v1'] }, /proxy prefix/],
    ['a proxy prefix with ..', { proxy: ['/network/../'] }, /proxy prefix/],
    ['a proxy prefix that is a URL', { proxy: ['https://evil.test/'] }, /proxy prefix/],
    ['a basePath that is not a path', { basePath: 'auth' }, /basePath/],
    ['an origin with a path', { origins: ['https://app.example.com/x'] }, /origins/],
    ['sameSite none', { cookie: { sameSite: 'none' as 'lax' } }, /sameSite/],
    ['a negative timeout', { timeoutMs: -1 }, /timeoutMs/],
  ])('refuses %s', (_, options, message) => {
    const error = code(options)
    expect(error?.code).toBe('invalid_input')
    expect(error?.message).toMatch(message)
  })

  it('accepts a full, sensible set', () => {
    expect(
      code({
        basePath: '/api/auth/',
        proxy: ['/network/v1/', '/billing/v2/'],
        origins: ['https://app.example.com', 'http://localhost:3000'],
        cookie: { sameSite: 'strict', secure: true },
        sessionTtlSeconds: 3600,
      }),
    ).toBeNull()
  })
})
