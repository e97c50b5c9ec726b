/** The numbers the identity API enforces. Every server of the contract reads them from here. */
export interface WireRules {
  /** Digits in a code. */
  codeLength: number
  /** Lifetime of a sent code in seconds. */
  codeTtlSeconds: number
  /** Wrong codes a sent code survives; the last one kills it. */
  maxAttempts: number
  /** Seconds after a send before the next send to the same email. */
  cooldownSeconds: number
  /** Sends per email in any rolling `sendWindowSeconds`. */
  maxSendsPerWindow: number
  sendWindowSeconds: number
  /** Access token lifetime in seconds. */
  tokenTtlSeconds: number
  /** How long a just-rotated refresh token may be replayed for the same pair; 0 disables. */
  refreshGraceSeconds: number
  /**
   * Lifetime of each refresh token in seconds, from when it was minted (every rotation mints a
   * new one, so a session lasts while it is refreshed within this); 0: no limit. An expired one
   * is refused like a revoked one, which ends the session for the client.
   */
  refreshTtlSeconds: number
  /** Largest request body accepted. */
  maxBodyBytes: number
}

export const DEFAULT_RULES: Readonly<WireRules> = {
  codeLength: 6,
  codeTtlSeconds: 300,
  maxAttempts: 3,
  cooldownSeconds: 30,
  maxSendsPerWindow: 3,
  sendWindowSeconds: 60,
  tokenTtlSeconds: 300,
  refreshGraceSeconds: 10,
  refreshTtlSeconds: 0,
  maxBodyBytes: 16 * 1024,
}

/** The clock and the randomness every rule runs on, injected so that tests can own both. */
export interface WireEnvironment {
  /** Time in ms. */
  now: () => number
  /** Uniform in [0, 1), like `Math.random`. */
  random: () => number
}

const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** An opaque base64url string (43 characters: 256 bits from a good source). */
export function randomSecret(random: () => number, length = 43): string {
  let out = ''
  for (let i = 0; i < length; i++) out += SECRET_ALPHABET[Math.floor(random() * 64)]
  return out
}
