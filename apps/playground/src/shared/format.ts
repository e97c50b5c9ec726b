// Display helpers shared by the three panels; no auth logic here.

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

/** What a session card shows from the last `refresh` event (its payload never holds a token). */
export interface TokenTimes {
  expiresAt: number | null
  refreshedAt: number
  source: 'this-tab' | 'other-tab'
}

export function expiryText(times: TokenTimes | null, now: number): string {
  if (!times) return '— (after the first refresh)'
  if (times.expiresAt === null) return 'no expiry in the token'
  return `${secondsUntil(times.expiresAt, now)} s (at ${clockTime(times.expiresAt)})`
}

export function refreshText(times: TokenTimes | null): string {
  if (!times) return 'none yet'
  return `${clockTime(times.refreshedAt)} (${times.source === 'this-tab' ? 'this tab' : 'another tab'})`
}
