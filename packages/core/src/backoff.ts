import { AuthError } from './errors'
import { serverWaitMs } from './server-wait'

/**
 * Why refreshes are held back, as anything built on the refresher (a health view, a banner) can
 * read it. One "not before" time serves every path that refreshes: the timer, `refresh()`,
 * `getToken()`, `client.fetch` and its 401 replay, and the wake-ups.
 */
export interface BackoffState {
  /** Epoch ms (device clock) before which no refresh is sent; 0 when nothing holds one back. */
  readonly notBefore: number
  /**
   * The transient failure (`rate_limited`, `server`, `network`) that set `notBefore`; callers
   * before it get this failure instead of a request. Null when the hold follows a refresh that
   * yielded an already-due token: then the token in hand is the best there is.
   */
  readonly failure: AuthError | null
}

export interface Backoff {
  /** The hold of session `generation`; a hold of an earlier session is none. */
  state(generation: number): BackoffState
  /**
   * The last transient failure of session `generation` and the end of its hold, kept after the
   * hold has passed until a refresh succeeds: health must not say "healthy" before one does.
   */
  failing(generation: number): BackoffState
  /**
   * The network is back (`online`): a hold set by a `network` failure is lifted, so the next
   * refresh goes now. Holds the server asked for (429, 5xx) stay.
   */
  reconnected(): void
  /** The failure a caller of session `generation` gets now instead of a request, if any. */
  refusal(generation: number): AuthError | undefined
  /** A transient failure: holds refreshes back and returns for how long, in ms. */
  failed(error: AuthError, generation: number): number
  /** A refresh succeeded; `stillDue` when its token is already due (the server gives no better). */
  succeeded(generation: number, stillDue: boolean): void
  clear(): void
}

const MAX_BACKOFF = 30_000
const NONE: BackoffState = { notBefore: 0, failure: null }

/** 1 s, 2 s, 4 s … 30 s for the nth try in a row, ±25 % so that tabs and devices spread out. */
const exponential = (n: number) =>
  Math.min(MAX_BACKOFF, 1000 * 2 ** (n - 1)) * (0.75 + Math.random() / 2)

/**
 * The refresher's backoff: after a transient failure, its `Retry-After` for a 429 (at most an
 * hour), else 1 s … 30 s; after a token that came back already due, 1 s … 30 s. Kept per session
 * generation, so that a new sign-in never inherits the last session's hold.
 */
export function createBackoff(now: () => number): Backoff {
  let generation = -1
  let failures = 0
  // Refreshes in a row that yielded a token already due (exp in the past, exp = iat, negative).
  let early = 0
  let hold = NONE
  // The hold of the last failure in a row; NONE after a success.
  let lastFailure = NONE

  const reset = (g: number) => {
    generation = g
    failures = early = 0
    hold = lastFailure = NONE
  }
  const own = (g: number) => {
    if (g !== generation) reset(g)
  }

  return {
    state: (g) => (g === generation && now() < hold.notBefore ? hold : NONE),
    failing: (g) => (g === generation ? lastFailure : NONE),
    reconnected() {
      if (hold.failure?.code === 'network') hold = { notBefore: 0, failure: hold.failure }
    },
    refusal(g) {
      const { notBefore, failure } = this.state(g)
      if (!failure) return undefined
      // The same failure, with how long is left: a UI can show "try again in 42 s".
      return new AuthError(failure.code, failure.message, {
        status: failure.status,
        retryAfterSeconds: Math.ceil((notBefore - now()) / 1000),
        cause: failure,
      })
    },
    failed(error, g) {
      own(g)
      failures++
      // A 429 says when to come back; never sooner than that, never later than the ceiling.
      const wait = Math.max(exponential(failures), serverWaitMs(error))
      hold = lastFailure = { notBefore: now() + wait, failure: error }
      return wait
    },
    succeeded(g, stillDue) {
      own(g)
      failures = 0
      lastFailure = NONE
      if (stillDue) hold = { notBefore: now() + exponential(++early), failure: null }
      else {
        early = 0
        hold = NONE
      }
    },
    clear: () => reset(-1),
  }
}
