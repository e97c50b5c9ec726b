import { atom, type ReadableAtom } from 'nanostores'
import { publish, settled } from './publish'
import type { StoredSession } from './schemas'

/**
 * What the UI sees. It holds no token and nothing that changes when a token rotates, so a
 * refresh notifies no subscriber and re-renders nothing.
 */
export type SessionState =
  | { status: 'loading' }
  | { status: 'unauthenticated' }
  | { status: 'authenticated'; email: string; organizationId: string; accountId: string | null }

/** The private side of a session: tokens and their timing. Never put in an atom. */
export type Credentials = Omit<StoredSession, 'v' | 'rev'>

export interface Session {
  readonly $session: ReadableAtom<SessionState>
  /** The current credentials, or null. Replaced, never mutated. */
  readonly credentials: Credentials | null
  /**
   * Bumped whenever a session ends or another begins (not on rotation). Async work captures it
   * at its start and drops its result when it changed: a late refresh cannot undo a logout.
   */
  readonly generation: number
  /** A new session (login, restore) or the end of one (`null`): bumps the generation. */
  replace(credentials: Credentials | null): void
  /** New tokens (or ids) for the same session: the generation stays. */
  update(credentials: Credentials): void
  /**
   * Runs a whole state change (credentials, storage, timers, events); `$session.get()` shows it at
   * once, but subscribers run when it is done. A subscriber therefore sees a finished change, and
   * one that throws or signs out from its callback cannot leave the change half done. Nests.
   */
  change<T>(fn: () => T): T
}

export function createSession(): Session {
  const $session = atom<SessionState>({ status: 'loading' })
  let credentials: Credentials | null = null
  let generation = 0

  const notify = () => {
    const next: SessionState = credentials
      ? {
          status: 'authenticated',
          email: credentials.email,
          organizationId: credentials.organizationId,
          accountId: credentials.accountId,
        }
      : { status: 'unauthenticated' }
    // Writes that change nothing notify nobody.
    if (!sameState($session.get(), next)) publish($session, next)
  }

  return {
    $session,
    get credentials() {
      return credentials
    },
    get generation() {
      return generation
    },
    replace(next) {
      generation++
      credentials = next
      notify()
    },
    update(next) {
      credentials = next
      notify()
    },
    change: settled,
  }
}

export function sameState(a: SessionState, b: SessionState): boolean {
  if (a.status !== b.status) return false
  if (a.status !== 'authenticated' || b.status !== 'authenticated') return true
  return a.email === b.email && a.organizationId === b.organizationId && a.accountId === b.accountId
}
