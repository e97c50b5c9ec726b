// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://app.example.com/" }

import { afterEach, expect, it, vi } from 'vitest'
import { mapStorage } from '../test/helpers'
import { jwt } from '../test/identity-server'
import { sessionCookie } from './cookie/index'
import { createAuthClient } from './index'
import { readSession } from './server'

afterEach(() => vi.restoreAllMocks())

it('is Secure by default on an https page', () => {
  const now = Math.floor(Date.now() / 1000)
  const storage = mapStorage({
    'auth-state': JSON.stringify({
      v: 1,
      email: 'ada@example.com',
      token: jwt({ iat: now, exp: now + 300 }),
      refreshToken: 'r'.repeat(32),
      organizationId: 'org_1',
      accountId: null,
      expiresAt: Date.now() + 300_000,
      lifetimeMs: 300_000,
    }),
  })
  const written = vi.spyOn(document, 'cookie', 'set')
  const client = createAuthClient({
    baseURL: 'https://api.example.com',
    storage,
    crossTab: false,
    cookie: sessionCookie(),
  })
  expect(written.mock.lastCall?.[0]).toMatch(/; SameSite=lax; Secure$/)
  expect(readSession(document.cookie)).toMatchObject({ email: 'ada@example.com' })
  client.destroy()
})
