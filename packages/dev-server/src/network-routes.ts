import type { Hono } from 'hono'
import { authenticate } from './authenticate'
import { ok } from './envelope'
import type { AppEnv, DevState } from './state'

/** Sample protected routes, standing in for the vendor's business APIs. */
export function registerNetworkRoutes(app: Hono<AppEnv>, state: DevState): void {
  app.get('/network/v1/account', async (c) => {
    const { user, organization } = await authenticate(c, state)
    return ok(c, {
      email: user.email,
      organizationId: organization.id,
      accountId: user.accountId,
      organizationName: organization.name,
    })
  })

  app.get('/network/v1/organizations', async (c) => {
    const { user } = await authenticate(c, state)
    return ok(c, { organizations: user.organizations.map((org) => ({ ...org })) })
  })
}
