import type { StorageAdapter } from './storage'

/** What the client hands an idle timer: where to share activity, and how to end the session. */
export interface IdleContext {
  storage: StorageAdapter
  /** The storage key activity is shared under, across tabs. */
  key: string
  now(): number
  /** The idle timer's state changed (a warning began or was lifted): health recomputes. */
  changed(): void
  /** Time is up: the client signs out with reason `'idle'` in every tab. */
  expire(): void
  /**
   * Activity was recorded here (at most once a second; `explicit` for `stayActive()`): a
   * server-session client tells its handler, whose own idle timeout then restarts too.
   */
  active?(explicit: boolean): void
}

/** A running idle timer, as the client drives it. */
export interface IdleHandle {
  /** When the session ends without activity, and when the warning begins; null when signed out. */
  ending(): { endsAt: number; warnAt: number; reason: 'idle' } | null
  /** A session began (`fresh`: a sign-in here, which counts as activity) or was restored. */
  start(fresh: boolean): void
  /** Activity, explicit: lifts a warning in every tab. */
  stayActive(): void
  /** The session ended: timers and listeners stop until the next `start`. */
  stop(): void
}

/**
 * An idle timeout, from `@auth-state/core/idle`: `createAuthClient({ idle: idleTimeout({...}) })`.
 * A function, so an app that does not pass one does not bundle it.
 */
export type IdleTimer = (context: IdleContext) => IdleHandle
