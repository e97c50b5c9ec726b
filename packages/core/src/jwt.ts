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
  const exp = typeof payload?.exp === 'number' ? payload.exp : null
  if (exp === null) return { expiresAt: null, lifetimeMs: null }
  const iat = typeof payload?.iat === 'number' && payload.iat <= exp ? payload.iat : null
  if (iat === null) return { expiresAt: exp * 1000, lifetimeMs: Math.max(0, exp * 1000 - now) }
  const lifetimeMs = (exp - iat) * 1000
  return { expiresAt: now + lifetimeMs, lifetimeMs }
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
