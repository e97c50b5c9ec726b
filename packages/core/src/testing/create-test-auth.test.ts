import { PATHS } from '@auth-state/wire'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AuthError } from '../errors'
import { createTestAuth, type TestAuth } from './index'

const kits: TestAuth[] = []
function kit(...args: Parameters<typeof createTestAuth>) {
  const created = createTestAuth(...args)
  kits.push(created)
  return created
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  for (const { client } of kits.splice(0)) client.destroy()
  vi.useRealTimers()
})

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error as AuthError,
  )

describe('createTestAuth', () => {
  it('signIn runs the real code flow against the in-memory API', async () => {
    const { client, signIn, identity } = kit()
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
    await signIn('demo@example.com')
    expect(client.$session.get()).toEqual({
      status: 'authenticated',
      email: 'demo@example.com',
      organizationId: 'org_demo',
      accountId: 'acc_demo',
    })
    expect(identity.requests(PATHS.checkAvailability)).toBe(1)
    expect(identity.requests(PATHS.sendOtp)).toBe(1)
    expect(identity.requests(PATHS.login)).toBe(1)
    expect(identity.sessions()).toEqual([
      { email: 'demo@example.com', organizationId: 'org_demo', accountId: 'acc_demo' },
    ])
    await expect(client.fetch('/network/v1/account')).resolves.toMatchObject({
      email: 'demo@example.com',
      organizationName: 'Demo Company',
    })
  })

  it('signedInAs starts signed in with no request, and the session is live on the API', async () => {
    const { client, identity } = kit({
      signedInAs: { email: 'ada@example.com', organizationId: 'org_ada', accountId: 'acc_ada' },
    })
    expect(client.$session.get()).toEqual({
      status: 'authenticated',
      email: 'ada@example.com',
      organizationId: 'org_ada',
      accountId: 'acc_ada',
    })
    expect(Object.values(PATHS).map(identity.requests)).toEqual(Object.values(PATHS).map(() => 0))
    await expect(client.fetch('/network/v1/account')).resolves.toMatchObject({
      email: 'ada@example.com',
      organizationId: 'org_ada',
    })
  })

  it('refreshes on the faked clock: one rotation at ttl - leeway, with no session notification', async () => {
    const { client, identity } = kit({ signedInAs: { email: 'demo@example.com' } })
    const seen = vi.fn()
    const unlisten = client.$session.listen(seen)
    const refreshed = vi.fn()
    client.on('refresh', refreshed)
    const before = await client.getToken()

    await vi.advanceTimersByTimeAsync(239_000) // 300 s token, 60 s leeway
    expect(identity.requests(PATHS.refreshToken)).toBe(0)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(identity.requests(PATHS.refreshToken)).toBe(1)
    expect(refreshed).toHaveBeenCalledTimes(1)
    expect(await client.getToken()).not.toBe(before)
    expect(seen).not.toHaveBeenCalled()
    unlisten()
  })

  it('keeps the client throttle: a resend inside the cooldown is refused without a request', async () => {
    const { client, identity } = kit()
    await client.sendOtp('demo@example.com')
    const refused = await rejection(client.sendOtp('demo@example.com'))
    expect(refused.code).toBe('otp_cooldown')
    expect(identity.requests(PATHS.sendOtp)).toBe(1)
    await vi.advanceTimersByTimeAsync(30_000)
    await client.sendOtp('demo@example.com')
    expect(identity.requests(PATHS.sendOtp)).toBe(2)
  })

  it('locks the flow after three wrong codes, as the API kills the code', async () => {
    const { client, inbox } = kit()
    await client.sendOtp('demo@example.com')
    const code = inbox.latestCode('demo@example.com')!
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 3; i++) await rejection(client.verifyOtp(wrong))
    expect(client.$otp.get().step).toBe('locked')
  })

  it('failNext scripts one answer of one route: a status, a dropped connection, a stall', async () => {
    const { client, signIn, failNext, identity } = kit()
    await signIn()
    // A 4xx: client.fetch (as in production) retries a GET once after a 5xx or a dropped connection.
    failNext('/network/v1/account', { status: 403 })
    expect(await rejection(client.fetch('/network/v1/account'))).toMatchObject({
      code: 'server',
      status: 403,
    })
    await expect(client.fetch('/network/v1/account')).resolves.toMatchObject({
      email: 'demo@example.com',
    })
    failNext(PATHS.refreshToken, 'network')
    expect((await rejection(client.refresh())).code).toBe('network')

    failNext(PATHS.sendOtp, { status: 429, headers: { 'Retry-After': '45' } })
    await vi.advanceTimersByTimeAsync(30_000)
    // A 429 on a send ends like a sent code (an unregistered email must look the same), and the
    // server's wait becomes the resend countdown.
    const sends = identity.requests(PATHS.sendOtp)
    await client.sendOtp('demo@example.com')
    expect(identity.requests(PATHS.sendOtp)).toBe(sends + 1)
    expect(client.$otp.get()).toMatchObject({ step: 'code-sent', error: null })
    expect(client.$otp.get().resendAvailableAt).toBe(Date.now() + 45_000)

    // (the refresh after the dropped connection was retried with backoff meanwhile)
    const refreshes = identity.requests(PATHS.refreshToken)
    failNext(PATHS.refreshToken, 'stall')
    const refresh = rejection(client.refresh())
    await vi.advanceTimersByTimeAsync(15_000) // the client's timeoutMs
    expect((await refresh).code).toBe('network')
    expect(identity.requests(PATHS.refreshToken)).toBe(refreshes + 1)
    expect(client.$session.get().status).toBe('authenticated')
  })

  it('ends the session when the API revokes it, at the next refresh', async () => {
    const { client, identity } = kit({ signedInAs: { email: 'demo@example.com' } })
    const expired = vi.fn()
    client.on('expired', expired)
    expect(identity.revokeSessions('demo@example.com')).toBe(1)
    await vi.advanceTimersByTimeAsync(240_000)
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
    expect(expired).toHaveBeenCalledTimes(1)
  })

  it('logout ends the session on the API too', async () => {
    const { client, signIn, identity } = kit()
    await signIn()
    await client.logout()
    expect(identity.sessions()).toEqual([])
    expect(identity.requests(PATHS.logout)).toBe(1)
  })

  it('has no network: a request to another origin is refused and reaches nothing', async () => {
    const { client, signIn, identity } = kit()
    await signIn()
    const before = Object.values(PATHS).map(identity.requests)
    const error = await rejection(client.fetch('https://elsewhere.example/steal'))
    // The client refuses another origin before anything is sent (the kit's fetch would too).
    expect(error.code).toBe('invalid_input')
    expect(Object.values(PATHS).map(identity.requests)).toEqual(before)
  })

  it('refreshTtlSeconds ends the session at the first refresh past it, as the dev server does', async () => {
    const { client, identity } = kit({
      signedInAs: { email: 'demo@example.com' },
      tokenTtlSeconds: 300,
      refreshTtlSeconds: 120,
    })
    await vi.advanceTimersByTimeAsync(300_000)
    expect(identity.requests(PATHS.refreshToken)).toBeGreaterThanOrEqual(1)
    expect(client.$session.get()).toMatchObject({ status: 'unauthenticated' })
    expect(() => createTestAuth({ refreshTtlSeconds: -1 })).toThrow(AuthError)
  })

  it('refuses bad input with a typed AuthError', () => {
    const { failNext, signIn } = kit()
    expect(() => failNext('account', 'network')).toThrow(AuthError)
    expect(() => failNext('/x', { status: 42 })).toThrow(/status: 200..599/)
    expect(() => createTestAuth({ tokenTtlSeconds: 0 })).toThrow(AuthError)
    expect(() => createTestAuth({ users: ['not an email'] })).toThrow(AuthError)
    expect(() => createTestAuth({ signedInAs: { email: 'nope' } })).toThrow(AuthError)
    expect(() =>
      createTestAuth({ signedInAs: { email: 'demo@example.com', organizationId: 'org_x' } }),
    ).toThrow(/not a member/)
    return expect(signIn('nobody@example.com')).rejects.toMatchObject({ code: 'invalid_input' })
  })
})
