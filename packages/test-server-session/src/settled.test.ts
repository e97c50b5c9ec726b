// whenSettled(client): resolves once the handler holds what the tab shows, so a router can ask
// the server to render again (React Router's revalidation, Next's router.refresh) without
// rendering the state from before a switch or a sign-out.
import { createAuthClient } from '@auth-state/core'
import { whenSettled } from '@auth-state/core/server-session'
import { describe, expect, it } from 'vitest'
import { app, EMAIL } from './harness'

describe('whenSettled', () => {
  it('after setOrganization, resolves once server code reads the new organization', async () => {
    const a = await app()
    const client = a.tab()
    await a.signIn(client)
    const before = client.$session.get()
    if (before.status !== 'authenticated') throw new Error('not signed in')
    const orgs = a.dev.users.find((u) => u.email === EMAIL)?.organizations ?? []
    const other = orgs.find((o) => o.id !== before.organizationId)?.id ?? 'none'
    client.setOrganization(other)
    await whenSettled(client)
    expect(await a.auth.getSession(a.browser.request('/'))).toMatchObject({ organizationId: other })
  })

  it('after logout(), resolves once the server has ended the session', async () => {
    const a = await app()
    const client = a.tab()
    await a.signIn(client)
    void client.logout()
    await whenSettled(client)
    expect(await a.auth.getSession(a.browser.request('/'))).toMatchObject({
      status: 'unauthenticated',
    })
  })

  it('resolves at once for a client of the direct mode', async () => {
    const direct = createAuthClient({ baseURL: 'http://127.0.0.1:9', storage: 'memory' })
    await expect(whenSettled(direct)).resolves.toBeUndefined()
    direct.destroy()
  })
})
