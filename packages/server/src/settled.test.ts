import { whenSettled } from '@auth-state/core/server-session'
import { expect, test } from 'vitest'
import { createTestServerSession } from './testing'

test('whenSettled: after a switch, a server render (getSession) already sees the new organization', async () => {
  const kit = createTestServerSession()
  await kit.signIn()
  kit.client.setOrganization('org_demo_labs')
  // Shown at once in the page; the handler is told after.
  expect(kit.client.$session.get()).toMatchObject({ organizationId: 'org_demo_labs' })
  await whenSettled(kit.client)
  expect(await kit.server.getSession(kit.browser.request('/account'))).toMatchObject({
    status: 'authenticated',
    organizationId: 'org_demo_labs',
  })
  kit.client.destroy?.()
})
