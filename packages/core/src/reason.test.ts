import { describe, expect, it, vi } from 'vitest'
import { clientHarness } from '../test/harness'
import { asyncStorage, mapStorage, signedOutRecord } from '../test/helpers'
import { no } from '../test/identity-server'
import type { AuthClient, AuthClientOptions } from './index'

// Why a tab is signed out, in `$session` itself: signed out here, expired, or another tab.
const t = clientHarness()
const make = (options: Partial<AuthClientOptions> = {}, storage = mapStorage()) =>
  t.make(options, storage).client
const signIn = (client: AuthClient) => client.login({ email: 'ada@example.com', otp: '123456' })

describe('the reason for being signed out', () => {
  it('is absent when this tab never signed in, even after a logout call', async () => {
    const client = make()
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
    await client.logout()
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
  })

  it('is signed-out after logout()', async () => {
    const client = make()
    await signIn(client)
    await client.logout()
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'signed-out' })
  })

  it('is expired when the refresh token is rejected, and a later logout() keeps it', async () => {
    const client = make()
    await signIn(client)
    t.server.next('POST /identity/user/refresh-token', () => no(401))
    await client.refresh().catch(() => {})
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
    await client.logout()
    expect(client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
  })

  it('is other-tab when another tab signed out, and is cleared by the next sign-in', async () => {
    const storage = mapStorage()
    const a = make({ crossTab: true }, storage)
    const b = make({ crossTab: true }, storage)
    await signIn(a)
    await vi.waitFor(() => expect(b.$session.get().status).toBe('authenticated'))
    await a.logout()
    await vi.waitFor(() =>
      expect(b.$session.get()).toEqual({ status: 'unauthenticated', reason: 'other-tab' }),
    )
    expect(a.$session.get()).toEqual({ status: 'unauthenticated', reason: 'signed-out' })
    await signIn(b)
    expect(b.$session.get().status).toBe('authenticated')
  })

  it('is expired in every tab when one tab\u2019s refresh is refused, with an expired event', async () => {
    const storage = mapStorage()
    const a = make({ crossTab: true }, storage)
    const b = make({ crossTab: true }, storage)
    const heard = vi.fn()
    b.on('expired', heard)
    await signIn(a)
    await vi.waitFor(() => expect(b.$session.get().status).toBe('authenticated'))
    t.server.next('POST /identity/user/refresh-token', () => no(401))
    await a.refresh().catch(() => {})
    expect(a.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
    await vi.waitFor(() =>
      expect(b.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' }),
    )
    expect(heard).toHaveBeenCalledWith({ reason: 'other-tab' })
  })

  it.each([
    ['expired', true],
    ['signed-out', false],
  ] as const)('survives a reload (%s), and the next sign-in clears it', async (reason, expire) => {
    const storage = mapStorage()
    const client = make({}, storage)
    await signIn(client)
    if (expire) {
      t.server.next('POST /identity/user/refresh-token', () => no(401))
      await client.refresh().catch(() => {})
    } else await client.logout()
    expect(storage.map.get('auth-state')).toBe(signedOutRecord(reason))
    const reloaded = make({}, storage)
    expect(reloaded.$session.get()).toEqual({ status: 'unauthenticated', reason })
    // A logout() with no session keeps the reason.
    await reloaded.logout()
    expect(make({}, storage).$session.get()).toEqual({ status: 'unauthenticated', reason })
    await signIn(reloaded)
    await reloaded.logout()
    expect(make({}, storage).$session.get()).toEqual({
      status: 'unauthenticated',
      reason: 'signed-out',
    })
  })

  it('survives a reload from an async storage', async () => {
    const storage = asyncStorage()
    const client = make({}, storage)
    await signIn(client)
    t.server.next('POST /identity/user/refresh-token', () => no(401))
    await client.refresh().catch(() => {})
    const reloaded = make({}, storage)
    await reloaded.ready
    expect(reloaded.$session.get()).toEqual({ status: 'unauthenticated', reason: 'expired' })
  })

  it('is cleared by clearSignOutReason called before an async storage was read', async () => {
    const storage = asyncStorage()
    const client = make({}, storage)
    await signIn(client)
    await client.logout()
    const reloaded = make({}, storage)
    reloaded.clearSignOutReason()
    await reloaded.ready
    await vi.waitFor(() => expect(storage.map.has('auth-state')).toBe(false))
    expect(reloaded.$session.get()).toEqual({ status: 'unauthenticated' })
  })

  it('is cleared by clearSignOutReason, here and after a reload', async () => {
    const storage = mapStorage()
    const client = make({}, storage)
    await signIn(client)
    await client.logout()
    client.clearSignOutReason()
    expect(client.$session.get()).toEqual({ status: 'unauthenticated' })
    expect(make({}, storage).$session.get()).toEqual({ status: 'unauthenticated' })
    expect(storage.map.has('auth-state')).toBe(false)
  })

  it('clearSignOutReason does nothing while signed in, nor to a session another tab began', async () => {
    const storage = mapStorage()
    const a = make({}, storage)
    await signIn(a)
    a.clearSignOutReason()
    expect(a.$session.get().status).toBe('authenticated')
    // b read storage before a signed in again: it still shows the old reason, storage a session.
    await a.logout()
    const b = make({}, storage)
    await signIn(a)
    b.clearSignOutReason()
    expect(b.$session.get()).toEqual({ status: 'unauthenticated' })
    expect(make({}, storage).$session.get().status).toBe('authenticated')
  })
})
