import type { AuthError } from './errors'

/**
 * The longest server wait (a 429's `Retry-After`) the client honours: one hour. A bogus header
 * (a date in the year 9999) must not lock the sign-in form or stop refreshes for good.
 */
export const MAX_SERVER_WAIT_MS = 3_600_000

/** How long the server asked to wait, in ms, capped; 0 when it did not ask. */
export const serverWaitMs = (error: AuthError): number =>
  Math.min((error.retryAfterSeconds ?? 0) * 1000, MAX_SERVER_WAIT_MS)
