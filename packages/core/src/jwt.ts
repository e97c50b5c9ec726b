export interface TokenTimes {
  /** When the token expires, on this device's clock (ms), or null when it carries no `exp`. */
  expiresAt: number | null
  /** The token's whole lifetime in ms, or null when unknown. */
  lifetimeMs: number | null
}

/**
 * Reads `exp` (and `iat`) from a JWT without checking its signature: the client only needs to
 * know when to refresh, and the server decides what is valid. When the token has `iat`, expiry is
 * placed relative to now, so a client clock that disagrees with the server's does not matter.
 */
export function tokenTimes(token: string, now: number): TokenTimes {
  const payload = decodePayload(token)
  const exp = seconds(payload?.exp)
  if (exp === null) return { expiresAt: null, lifetimeMs: null }
  const iat = seconds(payload?.iat)
  if (iat === null || iat > exp)
    return { expiresAt: exp * 1000, lifetimeMs: Math.max(0, exp * 1000 - now) }
  const lifetimeMs = (exp - iat) * 1000
  return { expiresAt: now + lifetimeMs, lifetimeMs }
}

// The range of a JS Date, in seconds. JSON turns `1e400` into Infinity, which would be stored as
// null ("never expires"); a time outside this range is clamped to its edge, so `-1e400` is long
// past and `1e400` is far future, and every time stays a finite number.
const MAX_SECONDS = 8.64e12

function seconds(value: unknown): number | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return null
  return Math.min(MAX_SECONDS, Math.max(-MAX_SECONDS, value))
}

function decodePayload(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1]
  if (!part) return null
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
    const json = JSON.parse(
      atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=')),
    )
    return json && typeof json === 'object' ? json : null
  } catch {
    return null
  }
}

/** The token's own `exp` in epoch ms (the issuer's clock), or null when it has none. */
export function jwtExpiry(token: string): number | null {
  const exp = decodePayload(token)?.exp
  return typeof exp === 'number' ? exp * 1000 : null
}
