import type { SessionState } from '../session'
import type { TokenTimesState } from '../token-times'

/**
 * Why the server says a session is not there: the user signed out, it ran out or was revoked, or
 * it was idle past the handler's `idleTimeoutSeconds` (or this page's idle timeout).
 */
export type SessionEndReason = 'signed-out' | 'expired' | 'idle'

/**
 * What the auth handler (`@auth-state/server`) tells the page about a session: who, where, and
 * until when. Never a token. Times are epoch ms on the server's clock.
 */
export type SessionView =
  | {
      status: 'authenticated'
      email: string
      organizationId: string
      accountId: string | null
      /** When the access token the server holds expires. */
      expiresAt: number
      /** When the server got that access token (sign-in or refresh). */
      refreshedAt: number
      /** The absolute end of the server session; null for none. */
      sessionExpiresAt: number | null
      /** When the server ends the session unless a request of it comes; null for none. */
      idleExpiresAt: number | null
    }
  | { status: 'unauthenticated'; reason?: SessionEndReason }

export type SignedInView = Extract<SessionView, { status: 'authenticated' }>

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0
/** A finite number: a time in epoch ms. */
export const time = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/**
 * The view as the handler sent it, or undefined when it is not one. Checked by hand rather than
 * with zod: this bundle's budget has no room for a schema library, and the shape is small.
 * Unknown fields are dropped, so nothing else a response carried reaches storage or an atom.
 */
export function parseView(value: unknown): SessionView | undefined {
  if (!value || typeof value !== 'object') return undefined
  const v = value as Record<string, unknown>
  if (v.status === 'unauthenticated') {
    if (v.reason === 'signed-out' || v.reason === 'expired' || v.reason === 'idle')
      return { status: 'unauthenticated', reason: v.reason }
    return v.reason === undefined ? { status: 'unauthenticated' } : undefined
  }
  if (
    v.status !== 'authenticated' ||
    !text(v.email) ||
    !text(v.organizationId) ||
    !(v.accountId === null || text(v.accountId)) ||
    !time(v.expiresAt) ||
    !time(v.refreshedAt) ||
    !(v.sessionExpiresAt === null || time(v.sessionExpiresAt)) ||
    !(v.idleExpiresAt == null || time(v.idleExpiresAt))
  )
    return undefined
  return {
    status: 'authenticated',
    email: v.email,
    organizationId: v.organizationId,
    accountId: v.accountId,
    expiresAt: v.expiresAt,
    refreshedAt: v.refreshedAt,
    sessionExpiresAt: v.sessionExpiresAt,
    // A handler from before idle timeouts sends none.
    idleExpiresAt: v.idleExpiresAt ?? null,
  }
}

/** The UI's `$session` for a signed-in view: the same shape the direct mode shows. */
export const stateOf = (view: SignedInView): SessionState => ({
  status: 'authenticated',
  email: view.email,
  organizationId: view.organizationId,
  accountId: view.accountId,
})

/** `$tokenTimes` for a view: the server's token, seen from here. */
export const timesOf = (view: SignedInView | null): TokenTimesState =>
  view
    ? { expiresAt: view.expiresAt, refreshedAt: view.refreshedAt }
    : { expiresAt: null, refreshedAt: null }
