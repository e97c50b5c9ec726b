import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mapStorage } from '../test/helpers'
import { type IdentityServer, jwt, startIdentityServer } from '../test/identity-server'
import { createAuthClient } from './index'

let server: IdentityServer
beforeEach(async () => {
  server = await startIdentityServer()
})
afterEach(async () => {
  vi.useRealTimers()
  await server.close()
})

const stored = () => {
  const now = Math.floor(Date.now() / 1000)
  return mapStorage({
    'auth-state': JSON.stringify({
      v: 1,
      email: 'ada@example.com',
      // Already due for a refresh: a client that restored it would refresh at once.
      token: jwt({ iat: now - 300, exp: now + 1 }),
      refreshToken: 'r'.repeat(32),
      organizationId: 'org_1',
      accountId: null,
      expiresAt: Date.now() + 1000,
      lifetimeMs: 300_000,
    }),
  })
}

describe('the ssr option', () => {
  it('is on by default on a server with no storage option: loading, for good', async () => {
    const client = createAuthClient({ baseURL: server.url })
    await client.ready
    expect(client.$session.get()).toEqual({ status: 'loading' })
    expect(client.$tokenTimes.get()).toEqual({ expiresAt: null, refreshedAt: null })
    client.destroy()
  })

  it('is off by default when a storage is given, so a script sees its storage at once', () => {
    const client = createAuthClient({ baseURL: server.url, storage: 'memory' })
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
    client.destroy()
  })

  it('reads no storage and starts no timer, even with a due session stored', async () => {
    vi.useFakeTimers()
    const storage = stored()
    const read = vi.spyOn(storage, 'getItem')
    const client = createAuthClient({ baseURL: server.url, storage, ssr: true })
    await client.ready
    expect(read).not.toHaveBeenCalled()
    expect(client.$session.get()).toEqual({ status: 'loading' })
    expect(client.$otp.get()).toEqual(client.initialOtp)
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(600_000)
    expect(server.requests).toHaveLength(0)
    client.destroy()
  })

  it('ssr: false on a server restores and refreshes as a script would', async () => {
    const client = createAuthClient({ baseURL: server.url, storage: stored(), ssr: false })
    expect(client.$session.get()).toMatchObject({ status: 'authenticated' })
    await vi.waitFor(() => expect(server.requests.length).toBeGreaterThan(0))
    client.destroy()
  })

  it('initialOtp is the flow at rest for these options, whatever storage holds', async () => {
    const storage = mapStorage()
    const first = createAuthClient({
      baseURL: server.url,
      storage,
      otp: { maxSendsPerMinute: 5, maxAttempts: 4 },
    })
    await first.sendOtp('ada@example.com')
    const second = createAuthClient({
      baseURL: server.url,
      storage,
      otp: { maxSendsPerMinute: 5, maxAttempts: 4 },
    })
    expect(second.$otp.get().sendsLeft).toBe(4)
    expect(second.initialOtp).toEqual({
      step: 'idle',
      email: null,
      resendAvailableAt: null,
      sendsLeft: 5,
      attemptsLeft: 4,
      error: null,
    })
    first.destroy()
    second.destroy()
  })
})
