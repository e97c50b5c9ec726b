import type { Credentials } from './session'

/**
 * When the current access token expires and when it was obtained (sign-in or refresh), both on
 * this device's clock in epoch ms; `null` when signed out or when the token carries no `exp`.
 * Kept apart from `$session` so that a rotation re-renders only what shows these times.
 */
export interface TokenTimesState {
  expiresAt: number | null
  refreshedAt: number | null
}

export const NO_TOKEN_TIMES: TokenTimesState = { expiresAt: null, refreshedAt: null }

/**
 * Derived from the credentials alone, so a reload restores both times from storage: a token's
 * arrival is its expiry minus its lifetime, which the client records when the token arrives.
 */
export function tokenTimesOf(c: Credentials | null): TokenTimesState {
  if (!c || c.expiresAt === null) return NO_TOKEN_TIMES
  return {
    expiresAt: c.expiresAt,
    refreshedAt: c.lifetimeMs === null ? null : c.expiresAt - c.lifetimeMs,
  }
}
