/** The cookie's name: `__Host-` on https (no Domain, Path=/, Secure: the browser enforces it). */
export function cookieName(secure: boolean): string {
  return secure ? '__Host-auth-state' : 'auth-state'
}

/** The value of cookie `name` in a `Cookie` header, or `null`. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const at = part.indexOf('=')
    if (at < 0) continue
    if (part.slice(0, at).trim() !== name) continue
    const value = part.slice(at + 1).trim()
    return value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value
  }
  return null
}

export interface CookieAttributes {
  secure: boolean
  sameSite: 'lax' | 'strict'
  /** Seconds; 0 deletes the cookie. */
  maxAge: number
}

/** A `Set-Cookie` value: HttpOnly always, so page script never reads the session. */
export function serializeCookie(name: string, value: string, a: CookieAttributes): string {
  const parts = [
    `${name}=${value}`,
    'Path=/',
    'HttpOnly',
    `SameSite=${a.sameSite === 'strict' ? 'Strict' : 'Lax'}`,
    `Max-Age=${Math.max(0, Math.floor(a.maxAge))}`,
  ]
  if (a.maxAge <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT')
  if (a.secure) parts.push('Secure')
  return parts.join('; ')
}
