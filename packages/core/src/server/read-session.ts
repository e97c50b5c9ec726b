import { cookieValue, DEFAULT_COOKIE_NAME, decodeCookieSession } from '../cookie-value'
import { jwtExpiry } from '../jwt'
import type { SessionState } from '../session'

/** Where the server finds the cookie: a `Request`, its `Headers`, a `Cookie` header, or nothing. */
export type SessionInput = Request | Headers | string | null | undefined

export interface ReadSessionOptions {
  /** The client's `cookie.name`. Default `'auth-state'`. */
  cookieName?: string
}

function read(input: SessionInput, options?: ReadSessionOptions) {
  try {
    // Duck-typed: a Request or Headers from another realm or fetch implementation fails
    // `instanceof`, and a test may hand in a plain look-alike.
    const from = input as { headers?: Headers; get?: Headers['get'] } | null | undefined
    const headers = typeof from?.get === 'function' ? from : from?.headers
    const header = typeof input === 'string' ? input : headers?.get?.('cookie')
    const value =
      typeof header === 'string' && cookieValue(header, options?.cookieName ?? DEFAULT_COOKIE_NAME)
    return value ? decodeCookieSession(value) : null
  } catch {
    return null
  }
}

/**
 * The session as the browser client last wrote it to its cookie (`cookie: sessionCookie()`):
 * `authenticated` with the email and ids, or `unauthenticated`. A missing, malformed or
 * forged-looking cookie gives `unauthenticated`; it never throws. The cookie is written by page
 * script and is not signed: use this to render and to route (a UX gate), and let the API
 * authorize every call with the token.
 *
 * @example
 * // Next.js App Router
 * import { readSession } from '@auth-state/core/server'
 * const session = readSession(await headers()) // from 'next/headers'
 * if (session.status !== 'authenticated') redirect('/sign-in?next=/account')
 */
export function readSession(input?: SessionInput, options?: ReadSessionOptions): SessionState {
  const s = read(input, options)
  return s
    ? {
        status: 'authenticated',
        email: s.email,
        organizationId: s.organizationId,
        accountId: s.accountId,
      }
    : { status: 'unauthenticated' }
}

/**
 * The access token, when the cookie carries one (`sessionCookie({ token: true })`) that has not expired
 * by its own `exp` (or, for a token without one, by the expiry the client wrote); else `null`.
 * Never throws. For server-side calls to your API on the user's behalf.
 *
 * @example
 * const token = readToken(request)
 * const account = token ? await api('/network/v1/account', { headers: { 'auth-token': token } }) : null
 */
export function readToken(input?: SessionInput, options?: ReadSessionOptions): string | null {
  const s = read(input, options)
  if (!s?.token) return null
  const expiresAt = jwtExpiry(s.token) ?? s.expiresAt
  return expiresAt === null || expiresAt > Date.now() ? s.token : null
}
