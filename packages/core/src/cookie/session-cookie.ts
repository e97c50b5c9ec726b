import type { CookieOptions, SessionCookie } from '../cookie'
import {
  type CookieSession,
  DEFAULT_COOKIE_NAME,
  encodeCookieSession,
  MAX_COOKIE_BYTES,
} from '../cookie-value'
import { AuthError } from '../errors'

const TOKEN = /^[!#$%&'*+\-.^_`|~\w]+$/
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const ATTRIBUTE = /^[^;\0-\x1f\x7f]*$/

/**
 * Keeps a first-party cookie in step with the session, for `readSession` (and, with
 * `token: true`, `readToken`) from `@auth-state/core/server`. It holds the session view (no
 * secret) unless `token: true`. Import it from its own entry: an app that does not use it does
 * not bundle it. Throws `AuthError` (`invalid_input`) for an invalid option.
 *
 * @example
 * import { sessionCookie } from '@auth-state/core/cookie'
 * const auth = createAuthClient({ baseURL, cookie: sessionCookie() })
 */
export function sessionCookie(options?: CookieOptions): SessionCookie {
  const o = options ?? {}
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
        ? 'sessionCookie: an option is invalid (`name` must be a cookie name, `path` start with /, `path` and `domain` hold no ; or control character, `sameSite` be lax, strict or none and none needs `secure`, `maxAgeSeconds` be an integer >= 0)'
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
    // The options as given: data that `tabAuthClient` compares (functions it leaves out).
    ...o,
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
