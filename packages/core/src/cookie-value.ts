// The session cookie's format, written by the browser client (cookie/session-cookie.ts) and read by
// `@auth-state/core/server`: one definition, so the two cannot drift. No browser globals here.

/** What the session cookie carries: the session view, the token's expiry, and opt-in the token. */
export interface CookieSession {
  email: string
  organizationId: string
  accountId: string | null
  /** When the access token expires (the writing device's clock, epoch ms), or null. */
  expiresAt: number | null
  /** Only with `sessionCookie({ token: true })`. Never the refresh token. */
  token?: string
}

export const DEFAULT_COOKIE_NAME = 'auth-state'
/** Browsers keep at least 4096 bytes per cookie; name and value stay under this, with room to spare. */
export const MAX_COOKIE_BYTES = 4000
const VERSION = 1

/** `[1, email, organizationId, accountId, expiresAt, token?]` as URI-encoded JSON: cookie-safe ASCII. */
export function encodeCookieSession(s: CookieSession): string {
  const fields = [VERSION, s.email, s.organizationId, s.accountId, s.expiresAt]
  return encodeURIComponent(JSON.stringify(s.token ? [...fields, s.token] : fields))
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const CONTROL = /[\0-\x1f\x7f]/
// Strings a page may render: non-empty, bounded, and no control characters.
const text = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length < 4096 && !CONTROL.test(value)

/** The cookie's session, or null for anything malformed. Never throws. */
export function decodeCookieSession(value: string): CookieSession | null {
  let a: unknown
  try {
    a = JSON.parse(decodeURIComponent(value))
  } catch {
    return null
  }
  if (!Array.isArray(a) || a.length < 5 || a.length > 6 || a[0] !== VERSION) return null
  const [, email, organizationId, accountId, expiresAt, token] = a
  if (!text(email) || !email.includes('@') || !text(organizationId)) return null
  if (accountId !== null && !text(accountId)) return null
  if (expiresAt !== null && !Number.isFinite(expiresAt)) return null
  // A token travels in an HTTP header: printable ASCII only.
  if (a.length === 6 && !(typeof token === 'string' && /^[\x21-\x7e]+$/.test(token))) return null
  return a.length === 6
    ? { email, organizationId, accountId, expiresAt, token }
    : { email, organizationId, accountId, expiresAt }
}

/** The value of cookie `name` in a `Cookie` header (the first one, the most specific path). */
export function cookieValue(header: string, name: string): string | null {
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim()
  }
  return null
}
