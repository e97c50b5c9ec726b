import {
  type CookieSession,
  DEFAULT_COOKIE_NAME,
  encodeCookieSession,
  MAX_COOKIE_BYTES,
} from './cookie-value'
import { AuthError } from './errors'
import type { Credentials } from './session'

/**
 * The first-party cookie that lets a server render see the session (`readSession` in
 * `@auth-state/core/server`). It is written by page script and is not signed: a server may use
 * it to render and route, never to authorize.
 */
export interface CookieOptions {
  /** Default `'auth-state'`; pass the same to `readSession({ cookieName })`. */
  name?: string
  domain?: string
  /** Default `'/'`. */
  path?: string
  /** Default `'lax'`. `'none'` needs `secure`. */
  sameSite?: 'lax' | 'strict' | 'none'
  /** Default: true on https pages. */
  secure?: boolean
  /**
   * Also carry the access token (never the refresh token), for `readToken` on the server.
   * Any script on the page and any server on the cookie's domain and path can then read it.
   * Default false.
   */
  token?: boolean
  /** Default 400 days (the longest browsers keep a cookie); it is rewritten on every page load. */
  maxAgeSeconds?: number
}

export interface SessionCookie {
  /** Writes the session's view (or clears the cookie for `null`). A no-op outside browsers. */
  write(credentials: Credentials | null): void
}

const TOKEN = /^[!#$%&'*+\-.^_`|~\w]+$/
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const ATTRIBUTE = /^[^;\0-\x1f\x7f]*$/

/** The session cookie for the `cookie` option, or undefined when it is off. */
export function createSessionCookie(
  option: boolean | CookieOptions | undefined,
): SessionCookie | undefined {
  if (!option) return
  const o = option === true ? {} : option
  const name = o.name ?? DEFAULT_COOKIE_NAME
  const path = o.path ?? '/'
  const sameSite = o.sameSite ?? 'lax'
  const maxAge = o.maxAgeSeconds ?? 400 * 86_400
  if (
    !TOKEN.test(name) ||
    path[0] !== '/' ||
    !ATTRIBUTE.test(path + (o.domain ?? '')) ||
    !['lax', 'strict', 'none'].includes(sameSite) ||
    !(Number.isInteger(maxAge) && maxAge >= 0) ||
    (sameSite === 'none' && o.secure === false)
  )
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? 'createAuthClient: `cookie` has an invalid option'
        : '',
    )

  const set = (value: string, age: number) => {
    const secure = o.secure ?? location.protocol === 'https:'
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is async and not in every browser; this write must land before the next request
    document.cookie = `${name}=${value}; Path=${path}; Max-Age=${age}; SameSite=${sameSite}${
      o.domain ? `; Domain=${o.domain}` : ''
    }${secure ? '; Secure' : ''}`
  }

  return {
    write(c) {
      if (typeof document === 'undefined') return
      const view: CookieSession | null = c && {
        email: c.email,
        organizationId: c.organizationId,
        accountId: c.accountId,
        expiresAt: c.expiresAt,
      }
      // Too big with the token (a very large JWT): the session view alone still reaches the
      // server; too big even without it, no cookie rather than a truncated one.
      const value = [view && o.token && { ...view, token: c?.token }, view]
        .map((v) => v && encodeCookieSession(v))
        .find((v) => v && name.length + v.length < MAX_COOKIE_BYTES)
      if (value) set(value, maxAge)
      else set('', 0)
    },
  }
}
