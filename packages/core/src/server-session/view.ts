import type { SessionState } from '../session'
import { is, nullable, object, optional, type Read, reason, text, time, validator } from '../stored'
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

/** A signed-in view's fields, in the view's order (the stored view reads them after its `v`). */
export const signedInFields: Record<string, Read> = {
  status: is((value) => value === 'authenticated'),
  email: text,
  organizationId: text,
  accountId: nullable(text),
  expiresAt: time,
  refreshedAt: time,
  sessionExpiresAt: nullable(time),
  // A handler from before idle timeouts sends none.
  idleExpiresAt: (value) => (value == null ? null : time(value)),
}

const views = validator<SessionView>(
  object({ status: is((value) => value === 'unauthenticated'), reason: optional(reason) }),
  object(signedInFields),
)

/**
 * The view as the handler sent it, or undefined when it is not one. Unknown fields are dropped,
 * so nothing else a response carried reaches storage or an atom; the fields come in one order
 * whatever the source (see `sameView`).
 */
export const parseView = (value: unknown): SessionView | undefined =>
  // A failure has no `data`.
  (views.safeParse(value) as { data?: SessionView }).data

/** The UI's `$session` for a signed-in view: the same shape the direct mode shows. */
export const stateOf = (view: SignedInView): SessionState => ({
  status: 'authenticated',
  email: view.email,
  organizationId: view.organizationId,
  accountId: view.accountId,
})

/**
 * The page's `SessionState` for any view the handler gives (who and where, or why signed out;
 * never a time or a token): what a framework integration renders with and hydrates from.
 *
 * @example
 * const initialSession = sessionStateOf(await auth.getSession(request))
 */
export const sessionStateOf = (view: SessionView): SessionState =>
  view.status === 'authenticated'
    ? stateOf(view)
    : view.reason
      ? { status: 'unauthenticated', reason: view.reason }
      : { status: 'unauthenticated' }

/** `$tokenTimes` for a view: the server's token, seen from here. */
export const timesOf = (view: SignedInView | null): TokenTimesState =>
  view
    ? { expiresAt: view.expiresAt, refreshedAt: view.refreshedAt }
    : { expiresAt: null, refreshedAt: null }
