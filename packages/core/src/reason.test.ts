import { describe, expect, it, vi } from 'vitest'
import { clientHarness } from '../test/harness'
import { mapStorage } from '../test/helpers'
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
})
