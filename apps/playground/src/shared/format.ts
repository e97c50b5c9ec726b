// Display helpers shared by the three panels; no auth logic here.
import type { TokenTimesState } from '@auth-state/core'

/** 14:03:27 */
export function clockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-GB', { hour12: false })
}

/** Whole seconds from now until `epochMs`, never negative. */
export function secondsUntil(epochMs: number, now: number): number {
  return Math.max(0, Math.ceil((epochMs - now) / 1000))
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** The client's `$tokenTimes`: restored with the session, so a reload shows them at once. */
export type { TokenTimesState as TokenTimes } from '@auth-state/core'

export function expiryText(times: TokenTimesState, now: number): string {
  if (times.expiresAt === null) return 'no expiry in the token'
  return `${secondsUntil(times.expiresAt, now)} s (at ${clockTime(times.expiresAt)})`
}

/** When the current token arrived: at sign-in or at the last refresh, in this tab or another. */
export function refreshText(times: TokenTimesState): string {
  return times.refreshedAt === null ? '—' : clockTime(times.refreshedAt)
}
