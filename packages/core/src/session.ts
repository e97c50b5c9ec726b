import { atom, type ReadableAtom } from 'nanostores'
import { publish, publishChanged, settled } from './publish'
import type { StoredSignedIn } from './schemas'
import { NO_TOKEN_TIMES, type TokenTimesState, tokenTimesOf } from './token-times'

/**
 * Why the session ended: a sign-out here, an expiry (in any tab), or a sign-out in another tab.
 * After a reload, the reason stored with the signed-out state (`signed-out`, `expired` or `idle`).
 * `idle`: the idle timeout (`@auth-state/core/idle`) ended it, in every tab.
 */
export type SignOutReason = 'signed-out' | 'expired' | 'other-tab' | 'idle'

/**
 * What the UI sees. It holds no token and nothing that changes when a token rotates, so a
 * refresh notifies no subscriber and re-renders nothing. `reason` is absent when no session ended
 * on this storage since the last sign-in or `clearSignOutReason()`.
 */
export type SessionState =
  | { status: 'loading' }
  | { status: 'unauthenticated'; reason?: SignOutReason }
  | { status: 'authenticated'; email: string; organizationId: string; accountId: string | null }

/** The private side of a session: tokens and their timing. Never put in an atom. */
export type Credentials = Omit<StoredSignedIn, 'v' | 'rev'>

export interface Session {
  readonly $session: ReadableAtom<SessionState>
  /** The token's times, apart from `$session`: only what shows them re-renders on rotation. */
  readonly $tokenTimes: ReadableAtom<TokenTimesState>
  /** The current credentials, or null. Replaced, never mutated. */
  readonly credentials: Credentials | null
  /**
   * Bumped whenever a session ends or another begins (not on rotation). Async work captures it
   * at its start and drops its result when it changed: a late refresh cannot undo a logout.
   */
  readonly generation: number
  /**
   * A new session (login, restore) or the end of one (`null`, with why): bumps the generation.
   * Ending no session keeps the reason already shown.
   */
  replace(credentials: Credentials | null, reason?: SignOutReason): void
  /** New tokens (or ids) for the same session: the generation stays. */
  update(credentials: Credentials): void
  /** Signed out, the reason shown is dropped: `{ status: 'unauthenticated' }`. */
  clearReason(): void
  /**
   * Runs a whole state change (credentials, storage, timers, events); `$session.get()` shows it at
   * once, but subscribers run when it is done. A subscriber therefore sees a finished change, and
   * one that throws or signs out from its callback cannot leave the change half done. Nests.
   */
  change<T>(fn: () => T): T
}

export function createSession(): Session {
  const $session = atom<SessionState>({ status: 'loading' })
  const $tokenTimes = atom<TokenTimesState>(NO_TOKEN_TIMES)
  let credentials: Credentials | null = null
  let generation = 0

  const notify = (reason?: SignOutReason) => {
    const current = $session.get()
    const next: SessionState = credentials
      ? {
          status: 'authenticated',
          email: credentials.email,
          organizationId: credentials.organizationId,
          accountId: credentials.accountId,
        }
      : reason
        ? { status: 'unauthenticated', reason }
        : current.status === 'unauthenticated'
          ? current
          : { status: 'unauthenticated' }
    // Writes that change nothing notify nobody.
    if (!sameState(current, next)) publish($session, next)
    // Flat, of finite numbers and nulls, built in one key order: equal JSON is equal times.
    publishChanged($tokenTimes, tokenTimesOf(credentials))
  }

  return {
    $session,
    $tokenTimes,
    get credentials() {
      return credentials
    },
    get generation() {
      return generation
    },
    replace(next, reason) {
      generation++
      credentials = next
      notify(reason)
    },
    update(next) {
      credentials = next
      notify()
    },
    clearReason() {
      if ($session.get().status === 'unauthenticated')
        publish($session, { status: 'unauthenticated' })
    },
    change: settled,
  }
}

/**
 * True when two session states show the same thing: status, reason, email and ids.
 *
 * @example
 * sameSession({ status: 'loading' }, { status: 'loading' }) // true
 */
export function sameState(a: SessionState, b: SessionState): boolean {
  if (a.status !== b.status) return false
  if (a.status === 'unauthenticated' || b.status === 'unauthenticated')
    return (a as { reason?: string }).reason === (b as { reason?: string }).reason
  if (a.status !== 'authenticated' || b.status !== 'authenticated') return true
  return a.email === b.email && a.organizationId === b.organizationId && a.accountId === b.accountId
}
