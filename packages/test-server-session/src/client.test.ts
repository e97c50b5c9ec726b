// createServerSessionClient against the real handler on the real dev server (loopback): the
// whole public API of AuthClient, with no token in the page.
import { AuthError } from '@auth-state/core'
import { describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import { app, EMAIL, expectNoSecret } from './harness'

const Account = z.object({ email: z.string(), organizationId: z.string() })

describe('createServerSessionClient on the real handler', () => {
  it('signs in with a code: $session, $tokenTimes and the login event, and no secret in the page', async () => {
    const a = await app()
    const client = a.tab()
    await client.ready
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
    const events: unknown[] = []
    client.on('login', (payload) => events.push(payload))
    await a.signIn(client)
    expect(client.$session.get()).toMatchObject({ status: 'authenticated', email: EMAIL })
    const times = client.$tokenTimes.get()
    expect(times.expiresAt).toBeGreaterThan(Date.now())
    expect(times.refreshedAt).toBeLessThanOrEqual(Date.now())
    expect(events).toEqual([expect.objectContaining({ email: EMAIL })])
    expect(client.$otp.get().step).toBe('idle')
    // What the page holds: storage, the atoms, the cookie a script could read (none).
    const secrets = a.secrets()
    expect(secrets.length).toBeGreaterThanOrEqual(3)
    expectNoSecret(JSON.stringify([...a.storage.map]), secrets, 'storage')
    expectNoSecret(JSON.stringify([client.$session.get(), client.$otp.get()]), secrets, 'the atoms')
    expect(a.browser.cookies().filter((c) => !c.httpOnly)).toEqual([])
    expect(a.storage.map.get('auth-state:view')).toContain(EMAIL)
  })

  it('getToken and isEmailRegistered reject with unsupported: this mode has no token to give', async () => {
    const a = await app()
    const client = a.tab()
    await a.signIn(client)
    const error = await client.getToken().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect(error).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/server/) })
    await expect(client.isEmailRegistered(EMAIL)).rejects.toMatchObject({ code: 'unsupported' })
  })

  it('fetch goes through the proxy, unwraps the envelope and validates the schema; fetchRaw does not unwrap', async () => {
    const a = await app()
    const client = a.tab()
    await a.signIn(client)
    const account = await client.fetch('/network/v1/account', { schema: Account })
    expect(account.email).toBe(EMAIL)
    const raw = await client.fetchRaw<{ status: boolean; data: unknown }>('/network/v1/account')
    expect(raw).toMatchObject({ status: true, data: { email: EMAIL } })
    await expect(
      client.fetch('/network/v1/account', { schema: z.object({ nope: z.string() }) }),
    ).rejects.toMatchObject({
      code: 'invalid_response',
      // As in the direct mode: where and what kind, never the value.
      message: expect.stringContaining('data.nope: missing'),
    })
    expect(a.dev.stats.count('GET /network/v1/account')).toBe(3)
    // Not a Standard Schema: refused before anything is sent.
    await expect(
      client.fetch('/network/v1/account', { schema: { parse: () => 1 } as never }),
    ).rejects.toMatchObject({ code: 'invalid_input' })
    expect(a.dev.stats.count('GET /network/v1/account')).toBe(3)
  })

  it('refuses a path that leaves the proxy before anything is sent', async () => {
    const a = await app()
    const client = a.tab()
    await a.signIn(client)
    a.dev.stats.reset()
    for (const path of ['https://evil.test/x', '//evil.test/x', '../otp/verify', '/x/../../logout'])
      await expect(client.fetch(path)).rejects.toMatchObject({ code: 'invalid_input' })
    // The handler refuses a prefix it was not given.
    await expect(client.fetch('/identity/user/logout', { method: 'POST' })).rejects.toBeInstanceOf(
      AuthError,
    )
    expect(a.dev.stats.count('POST /identity/user/logout')).toBe(0)
    expect(client.$session.get().status).toBe('authenticated')
  })

  it('signed out, fetch rejects unauthenticated without a request', async () => {
    const a = await app()
    const client = a.tab()
    await client.ready
    await expect(client.fetch('/network/v1/account')).rejects.toMatchObject({
      code: 'unauthenticated',
    })
    expect(a.dev.stats.count('GET /network/v1/account')).toBe(0)
  })

  it('setOrganization shows the change at once, and a fetch right after runs under it', async () => {
    const a = await app()
    const client = a.tab()
    await a.signIn(client)
    const before = client.$session.get()
    if (before.status !== 'authenticated') throw new Error('not signed in')
    const orgs = a.dev.users.find((u) => u.email === EMAIL)?.organizations ?? []
    const other = orgs.find((o) => o.id !== before.organizationId)?.id ?? 'none'
    client.setOrganization(other)
    // Optimistic: the setter returns void, and the UI shows the new organization at once.
    expect(client.$session.get()).toMatchObject({ organizationId: other })
    const account = await client.fetch('/network/v1/account', { schema: Account })
    expect(account.organizationId).toBe(other)
    // The server holds it too: a new tab (same cookie) reads it from the handler.
    expect(await a.auth.getSession(a.browser.request('/'))).toMatchObject({ organizationId: other })
    expect(() => client.setOrganization('')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
    expect(() => client.setAccount('a\nb')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })

  it('a switch the handler refuses is reported, and the view goes back to what the handler holds', async () => {
    const a = await app()
    const client = a.tab()
    await a.signIn(client)
    const errors: AuthError[] = []
    client.on('error', ({ error }) => errors.push(error))
    // The server session is gone (its cookie cleared): the handler refuses the switch.
    a.browser.clearCookies()
    client.setAccount('acc-2')
    expect(client.$session.get()).toMatchObject({ accountId: 'acc-2' })
    await vi.waitFor(() => expect(client.$session.get().status).toBe('unauthenticated'))
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
    expect(errors.map((e) => e.code)).toEqual(['unauthenticated'])
  })

  it('logout ends the session here at once and on the server: the cookie goes, upstream hears it', async () => {
    const a = await app()
    const client = a.tab()
    await a.signIn(client)
    const events: unknown[] = []
    client.on('logout', (payload) => events.push(payload))
    await client.logout()
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'signed-out' })
    expect(events).toEqual([{ reason: 'user' }])
    expect(a.browser.cookies()).toEqual([])
    // Storage keeps why, and nothing else: a reload and the other tabs show the same reason.
    expect(JSON.parse(a.storage.map.get('auth-state:view')!)).toEqual({
      v: 1,
      reason: 'signed-out',
    })
    expect(a.dev.stats.count('POST /identity/user/logout')).toBe(1)
    expect(await a.auth.getSession(a.browser.request('/'))).toMatchObject({
      status: 'unauthenticated',
    })
  })

  it('a session the handler no longer holds ends on the next proxied call, as expired', async () => {
    const a = await app()
    const client = a.tab()
    await a.signIn(client)
    const expired: unknown[] = []
    client.on('expired', (payload) => expired.push(payload))
    a.browser.setCookie(a.browser.cookies()[0]!.name, 'forged')
    await expect(client.fetch('/network/v1/account')).rejects.toMatchObject({
      code: 'unauthenticated',
    })
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
    expect(expired).toEqual([{ reason: 'refresh_rejected' }])
  })

  it('a reload shows the stored view at once, then the handler confirms it (or ends it)', async () => {
    const a = await app()
    const first = a.tab()
    await a.signIn(first)
    first.destroy()
    // A reload: a new client on the same storage and cookie.
    const reloaded = a.tab()
    expect(reloaded.$session.get()).toMatchObject({ status: 'authenticated', email: EMAIL })
    await reloaded.ready
    expect(reloaded.$session.get()).toMatchObject({ status: 'authenticated', email: EMAIL })
    reloaded.destroy()
    // The cookie is gone (cleared by the user, another browser profile): the handler says so.
    a.browser.clearCookies()
    const stale = a.tab()
    expect(stale.$session.get().status).toBe('authenticated')
    await stale.ready
    expect(stale.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
    expect(JSON.parse(a.storage.map.get('auth-state:view')!)).toEqual({ v: 1, reason: 'expired' })
    stale.destroy()
    // The reason survives a reload until the app has shown it and clears it.
    const again = a.tab()
    expect(again.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
    await again.ready
    expect(again.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
    again.clearSignOutReason()
    expect(again.$session.get()).toEqual({ status: 'unauthenticated' })
    expect(a.storage.map.has('auth-state:view')).toBe(false)
  })

  it('refresh() asks the handler, which refreshes the token when it is due', async () => {
    // The handler's clock, moved instead of waiting: the token it holds becomes due.
    let shift = 0
    const a = await app({}, { now: () => Date.now() + shift })
    const client = a.tab()
    await a.signIn(client)
    const first = client.$tokenTimes.get()
    const refreshes: unknown[] = []
    client.on('refresh', (payload) => refreshes.push(payload))
    await client.refresh()
    expect(a.dev.stats.count('POST /identity/user/refresh-token')).toBe(0)
    shift = 10 * 60_000
    await client.refresh()
    expect(a.dev.stats.count('POST /identity/user/refresh-token')).toBe(1)
    expect(client.$tokenTimes.get().refreshedAt).toBeGreaterThan(first.refreshedAt! + 5 * 60_000)
    expect(refreshes).toEqual([expect.objectContaining({ source: 'this-tab' })])
    expectNoSecret(JSON.stringify([...a.storage.map]), a.secrets(), 'storage')
  })

  it('the OTP flow: a wrong code spends an attempt, the page throttle refuses a quick resend without a request', async () => {
    const a = await app()
    const client = a.tab()
    await client.ready
    await client.sendOtp(EMAIL)
    expect(client.$otp.get()).toMatchObject({ step: 'code-sent', email: EMAIL, attemptsLeft: 3 })
    const code = a.dev.latestCode(EMAIL)!
    const wrong = code === '000000' ? '111111' : '000000'
    await expect(client.verifyOtp(wrong)).rejects.toMatchObject({ code: 'otp_invalid' })
    expect(client.$otp.get()).toMatchObject({ step: 'code-sent', attemptsLeft: 2 })
    a.dev.stats.reset()
    await expect(client.sendOtp(EMAIL)).rejects.toMatchObject({ code: 'otp_cooldown' })
    expect(a.dev.stats.count('POST /identity/user/otp/email')).toBe(0)
    await client.verifyOtp(code)
    expect(client.$session.get().status).toBe('authenticated')
  })

  it('the handler’s own send limit reaches the flow as a wait it honours', async () => {
    // A page throttle looser than the handler's: the handler's 429 decides.
    const a = await app({}, { throttle: { sendPerEmail: { max: 1, windowSeconds: 60 } } })
    const client = a.tab({ otp: { resendCooldownSeconds: 0, maxSendsPerMinute: 10 } })
    await client.sendOtp(EMAIL)
    const error = await client.sendOtp(EMAIL).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'rate_limited' })
    expect((error as AuthError).retryAfterSeconds).toBeGreaterThan(0)
    expect(client.$otp.get().resendAvailableAt).toBeGreaterThan(Date.now())
  })

  it('a refused CSRF check is invalid_input naming the refusal, and changes nothing', async () => {
    const a = await app({}, { origins: ['https://elsewhere.test'] })
    const client = a.tab()
    await client.ready
    await expect(client.sendOtp(EMAIL)).rejects.toMatchObject({
      code: 'invalid_input',
      status: 403,
    })
    expect(a.dev.stats.count('POST /identity/user/otp/email')).toBe(0)
  })

  it('tabs share the view: a sign-in and a sign-out in one reach the other with no request', async () => {
    const a = await app()
    const one = a.tab({ crossTab: true })
    const two = a.tab({ crossTab: true })
    await Promise.all([one.ready, two.ready])
    // Every message on the channel, as the page posts it: the leak guard checks them for
    // secrets too; here, that they carry nothing at all.
    const posted: unknown[] = []
    const post = BroadcastChannel.prototype.postMessage
    vi.spyOn(BroadcastChannel.prototype, 'postMessage').mockImplementation(function (
      this: BroadcastChannel,
      message: unknown,
    ) {
      posted.push(message)
      post.call(this, message)
    })
    await a.signIn(one)
    await vi.waitFor(() => expect(two.$session.get()).toMatchObject({ status: 'authenticated' }))
    await one.logout()
    await vi.waitFor(() =>
      expect(two.$session.get()).toEqual({ status: 'unauthenticated', reason: 'other-tab' }),
    )
    // Clearing the reason in one tab clears it in the other.
    two.clearSignOutReason()
    await vi.waitFor(() => expect(one.$session.get()).toEqual({ status: 'unauthenticated' }))
    expect(new Set(posted)).toEqual(new Set(['auth-state:changed']))
    vi.restoreAllMocks()
  })
})
