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

/**
 * The session cookie, from `@auth-state/core/cookie`:
 * `createAuthClient({ cookie: sessionCookie({...}) })`. An object made there, so an app that does
 * not pass one does not bundle it. It carries its options as data (so `tabAuthClient` compares
 * them) and the writer the client calls.
 */
export interface SessionCookie extends Readonly<CookieOptions> {
  /**
   * Writes the session's view (or clears the cookie for `null`). A no-op outside browsers. The
   * client calls it with every write of the session; an app has no need to.
   */
  write(credentials: Credentials | null): void
}
