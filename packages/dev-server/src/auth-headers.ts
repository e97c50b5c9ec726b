import type { Context } from 'hono'

// The vendor's services disagree on header names; the dev server accepts both styles so the
// SDK's header-mapping option can be exercised against it.

export function readAccessToken(c: Context): string | undefined {
  const direct = c.req.header('auth-token')?.trim()
  if (direct) return direct
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')
  return match?.[1]
}

export function readOrganizationId(c: Context): string | undefined {
  const value = (c.req.header('organization-id') ?? c.req.header('x-organization-id'))?.trim()
  return value || undefined
}
