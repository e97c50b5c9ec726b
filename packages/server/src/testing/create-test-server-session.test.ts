import { AuthError } from '@auth-state/core'
import { describe, expect, it } from 'vitest'
import { createTestServerSession } from './index'

describe('createTestServerSession', () => {
  it('signs a real server-session client in through the handler, with no token in the page', async () => {
    const kit = createTestServerSession()
    await kit.client.ready
    expect(kit.client.$session.get()).toEqual({ status: 'unauthenticated' })
    await kit.signIn('demo@example.com')
    expect(kit.client.$session.get()).toMatchObject({
      status: 'authenticated',
      email: 'demo@example.com',
    })
    expect(kit.identity.sessions()).toHaveLength(1)
    // The browser holds one HttpOnly cookie; the page sees no token anywhere.
    const [cookie, ...others] = kit.browser.cookies()
    expect(others).toEqual([])
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, name: '__Host-auth-state' })
    const secrets = kit.secrets()
    expect(secrets.length).toBeGreaterThan(0)
    for (const secret of secrets) {
      expect(cookie!.value).not.toContain(secret)
      expect(JSON.stringify(kit.client.$session.get())).not.toContain(secret)
    }
    await expect(kit.client.getToken()).rejects.toMatchObject({ code: 'unsupported' })
  })

  it('serves server code the same session: getSession and fetch on the page’s request', async () => {
    const kit = createTestServerSession()
    await kit.signIn()
    const request = kit.browser.request('/account')
    expect(await kit.server.getSession(request)).toMatchObject({
      status: 'authenticated',
      email: 'demo@example.com',
    })
    const account = await kit.client.fetch<{ email: string }>('/network/v1/account')
    expect(account.email).toBe('demo@example.com')
  })

  it('logs out through the handler: the cookie goes and the server session ends', async () => {
    const kit = createTestServerSession()
    await kit.signIn()
    await kit.client.logout()
    expect(kit.client.$session.get()).toEqual({ status: 'unauthenticated', reason: 'signed-out' })
    expect(kit.browser.cookies()).toEqual([])
    expect(kit.identity.sessions()).toEqual([])
  })

  it('signIn names an unknown email instead of hanging', async () => {
    const kit = createTestServerSession()
    await expect(kit.signIn('nobody@example.com')).rejects.toBeInstanceOf(AuthError)
  })
})
