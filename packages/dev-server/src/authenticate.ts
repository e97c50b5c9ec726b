import type { Context } from 'hono'
import { readAccessToken, readOrganizationId } from './auth-headers'
import { HttpError } from './http-error'
import type { DevState } from './state'
import type { AccessClaims } from './tokens'
import type { DevOrganization, ResolvedDevUser } from './users'

export interface Authenticated {
  claims: AccessClaims
  user: ResolvedDevUser
  organization: DevOrganization
}

const REJECTIONS = {
  invalid: 'Invalid auth token',
  expired: 'Auth token expired',
  revoked: 'Session has been revoked',
} as const

/** The guard of the protected routes: a live token, and an organization the user belongs to. */
export async function authenticate(c: Context, state: DevState): Promise<Authenticated> {
  const token = readAccessToken(c)
  if (!token) throw new HttpError(401, 'Missing auth token (auth-token or Authorization: Bearer)')
  const verified = await state.tokens.verifyAccess(token)
  if (!verified.ok) throw new HttpError(401, REJECTIONS[verified.reason])
  const user = state.users.find(verified.claims.email)
  if (!user) throw new HttpError(401, REJECTIONS.invalid)

  const organizationId = readOrganizationId(c)
  if (!organizationId) {
    throw new HttpError(400, 'Missing organization-id (or X-Organization-ID) header')
  }
  const organization = user.organizations.find((org) => org.id === organizationId)
  if (!organization) throw new HttpError(403, 'Not a member of this organization')
  return { claims: verified.claims, user, organization }
}
