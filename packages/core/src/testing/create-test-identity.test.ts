import { describe, expect, it } from 'vitest'
import { AuthError } from '../errors'
import { createTestIdentityApi } from './index'

const post = (api: ReturnType<typeof createTestIdentityApi>, path: string, body: unknown) =>
  api.fetch(`${api.baseURL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('createTestIdentityApi', () => {
  it('is the identity API in memory, as a fetch for server code: codes, login, sessions', async () => {
    const api = createTestIdentityApi()
    await post(api, '/identity/user/otp/email', { email: 'demo@example.com' })
    const code = api.inbox.latestCode('demo@example.com')
    expect(code).toMatch(/^\d+$/)
    const login = await post(api, '/identity/user/login', {
      email: 'demo@example.com',
      password: code,
      isOTP: true,
    })
    const body = (await login.json()) as { status: boolean; data: { token: string } }
    expect(body.status).toBe(true)
    expect(api.secrets()).toContain(body.data.token)
    expect(api.identity.sessions()).toEqual([
      expect.objectContaining({ email: 'demo@example.com' }),
    ])
    expect(api.identity.requests('/identity/user/login')).toBe(1)
    expect(api.identity.revokeSessions()).toBe(1)
    expect(api.identity.sessions()).toEqual([])
  })

  it('refuses any other origin, and bad options are invalid_input', async () => {
    const api = createTestIdentityApi({ baseURL: 'https://id.test' })
    await expect(api.fetch('https://elsewhere.test/identity/user/login')).rejects.toThrow(TypeError)
    expect(() => createTestIdentityApi({ tokenTtlSeconds: 0 })).toThrow(AuthError)
  })
})
