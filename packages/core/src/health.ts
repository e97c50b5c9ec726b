import { atom, type ReadableAtom } from 'nanostores'
import type { AuthErrorCode } from './errors'
import { publishChanged } from './publish'

/** Why a session is about to end: nobody used the app, or the session reached its lifetime. */
export type EndingReason = 'idle' | 'lifetime'

/**
 * What the session is doing, for a banner or a dialog. Beside `$session`, never inside it: a
 * refresh changes this and re-renders only what reads it. It holds no token.
 *
 * - `healthy`: signed in, nothing pending.
 * - `refreshing`: a refresh is out (here, or in the tab that holds the refresh lock).
 * - `offline`: the browser is offline, or the last refresh could not reach the server; the session
 *   stays signed in. `retryAt` is the next attempt (epoch ms), null when it waits for `online`.
 * - `retrying`: the server answered the last refresh with a transient error (`server`,
 *   `rate_limited`); `retryAt` is the next attempt.
 * - `ending`: the session ends at `endsAt` (epoch ms) unless the person acts
 *   (`stayActive()` for `idle`, signing in again for `lifetime`).
 * - `ended`: no session (loading or signed out); `$session.reason` says why.
 */
export type HealthState =
  | { status: 'healthy' }
  | { status: 'refreshing' }
  | { status: 'offline'; retryAt: number | null }
  | { status: 'retrying'; retryAt: number; error: AuthErrorCode }
  | { status: 'ending'; endsAt: number; reason: EndingReason }
  | { status: 'ended' }

/** Everything health is computed from. Each part has one owner; health only reads them. */
export interface HealthInput {
  signedIn: boolean
  refreshing: boolean
  /** `navigator.onLine`, true where unknown. */
  online: boolean
  /**
   * The refresher's backoff: the last transient failure since the last success (kept after its
   * hold has passed, until a refresh succeeds), and its "not before" time (past once the retry
   * is due).
   */
  failure: { code: AuthErrorCode } | null
  retryAt: number
  /** When the session ends unless someone acts, and why; null when nothing ends it. */
  ending: { endsAt: number; reason: EndingReason; warnAt: number } | null
  now: number
}

const ENDED: HealthState = { status: 'ended' }
const HEALTHY: HealthState = { status: 'healthy' }

/**
 * The health a set of inputs shows. Pure, so a model test can drive it. The most urgent wins:
 * an ending the person can still stop, then a failing refresh (never `healthy` while one fails),
 * then a refresh in flight.
 *
 * @example
 * healthOf({ signedIn: true, refreshing: false, online: false, failure: null, retryAt: 0, ending: null, now })
 * // { status: 'offline', retryAt: null }
 */
export function healthOf(input: HealthInput): HealthState {
  const { failure, ending, now } = input
  if (!input.signedIn) return ENDED
  if (ending && now >= ending.warnAt)
    return { status: 'ending', endsAt: ending.endsAt, reason: ending.reason }
  // A hold whose time passed still reports its failure until a refresh succeeds: the retry may
  // not have run yet (a hidden tab's timer), and nothing says the server is back.
  const { retryAt } = input
  if (!input.online) return { status: 'offline', retryAt: failure ? retryAt : null }
  if (failure?.code === 'network') return { status: 'offline', retryAt }
  if (failure) return { status: 'retrying', retryAt, error: failure.code }
  return input.refreshing ? { status: 'refreshing' } : HEALTHY
}

/** True when two health states show the same thing. */
export function sameHealth(a: HealthState, b: HealthState): boolean {
  // Flat objects of numbers and strings, built in one key order by healthOf.
  return JSON.stringify(a) === JSON.stringify(b)
}

export interface HealthStore {
  readonly $health: ReadableAtom<HealthState>
  /** Recomputes from the inputs now; a result equal to the last notifies nobody. */
  update(): void
}

/**
 * The health atom. `read` gathers the inputs from their owners (session, refresher, idle timer);
 * the client calls `update()` whenever one of them may have changed.
 */
export function createHealth(read: () => HealthInput): HealthStore {
  const $health = atom<HealthState>(ENDED)
  return {
    $health,
    update() {
      publishChanged($health, healthOf(read()))
    },
  }
}
