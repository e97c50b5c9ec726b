/**
 * Why a session is not there: the user signed out, the session ran out (or was revoked), or no
 * request of it came within `idleTimeoutSeconds`.
 */
export type SessionEndReason = 'signed-out' | 'expired' | 'idle'

/**
 * What the browser and server code may see of a session: who, where, and until when. Never a
 * token.
 */
export type SessionView =
  | {
      status: 'authenticated'
      email: string
      organizationId: string
      accountId: string | null
      /** When the current access token expires, epoch ms. */
      expiresAt: number
      /** When the current access token was issued, epoch ms. */
      refreshedAt: number
      /** The absolute end of the server session, epoch ms; `null` for none. */
      sessionExpiresAt: number | null
      /** When the session ends unless a request of it comes (`idleTimeoutSeconds`); null for none. */
      idleExpiresAt: number | null
    }
  | { status: 'unauthenticated'; reason?: SessionEndReason }

/**
 * One server session as the store keeps it: the tokens and the ids the API's headers carry. It
 * never leaves the server.
 */
export interface SessionRecord {
  email: string
  organizationId: string
  accountId: string | null
  token: string
  refreshToken: string
  /** The access token's expiry (its `exp`), epoch ms; `null` when it has none. */
  expiresAt: number | null
  /** When this access token arrived, epoch ms. */
  refreshedAt: number
  /** The absolute end of the session, epoch ms. */
  sessionExpiresAt: number
  /** The last request of the session, epoch ms (absent in records from before idle timeouts). */
  activeAt?: number
}

/** When an idle session ends: its last activity (or, in an older record, its sign-in) plus the timeout. */
export function idleEndOf(record: SessionRecord, idleTimeoutMs: number | null): number | null {
  if (idleTimeoutMs === null) return null
  return (record.activeAt ?? record.refreshedAt) + idleTimeoutMs
}

export function viewOf(record: SessionRecord, idleTimeoutMs: number | null = null): SessionView {
  return {
    status: 'authenticated',
    email: record.email,
    organizationId: record.organizationId,
    accountId: record.accountId,
    expiresAt: record.expiresAt ?? record.sessionExpiresAt,
    refreshedAt: record.refreshedAt,
    sessionExpiresAt: record.sessionExpiresAt,
    idleExpiresAt: idleEndOf(record, idleTimeoutMs),
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** True for a value shaped like a SessionRecord: what a store hands back is checked, not trusted. */
export function isSessionRecord(value: unknown): value is SessionRecord {
  if (!value || typeof value !== 'object') return false
  const r = value as Record<string, unknown>
  return (
    isString(r.email) &&
    isString(r.organizationId) &&
    (r.accountId === null || isString(r.accountId)) &&
    isString(r.token) &&
    isString(r.refreshToken) &&
    (r.expiresAt === null || isTime(r.expiresAt)) &&
    isTime(r.refreshedAt) &&
    isTime(r.sessionExpiresAt) &&
    (r.activeAt === undefined || isTime(r.activeAt))
  )
}
