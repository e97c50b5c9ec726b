import type { Context, RequestLike } from './context'
import { createHandler, currentSession } from './handler'
import { type AuthServerOptions, resolveOptions } from './options'
import { createPages, type Guarded, type SignInForm } from './pages'
import { createSessions } from './refresh'
import { createSealer } from './seal'
import { type ServerFetchOptions, type ServerFetchResult, serverFetch } from './server-fetch'
import type { SessionView } from './session-view'
import type { StandardSchemaV1 } from './standard-schema'
import { createUpstream } from './upstream'

export interface AuthServer {
  /**
   * The endpoints the browser client calls, mounted under `basePath`: a web-standard
   * `(request: Request) => Promise<Response>` for any framework.
   */
  handle(request: Request): Promise<Response>
  /**
   * The request's verified session: `authenticated` with the email and ids (never a token), or
   * `unauthenticated` with its `reason`. A forged, tampered, expired or foreign cookie reads as
   * unauthenticated; it never throws. Refreshes the token first when it is due (the refresh
   * token is saved in the store, so this works where a cookie cannot be set). Takes the
   * `Request`, or its `Headers` where a framework gives no Request (a Next.js server component's
   * `await headers()`).
   */
  getSession(request: RequestLike): Promise<SessionView>
  /**
   * Calls the API as the request's user: their session's headers, a refresh first when the token
   * is due, one replay after a 401; unwraps the envelope and validates `data` with `schema`.
   * Rejects with an AuthError (`unauthenticated`, `session_expired`, `invalid_response`...).
   */
  fetch<S extends StandardSchemaV1 | undefined = undefined>(
    request: RequestLike,
    path: string,
    options?: ServerFetchOptions<S>,
  ): Promise<ServerFetchResult<S>>
  /**
   * For a guarded page: the verified session, or `redirect`, the sign-in page with this page's
   * path (and query) in `?next=` (`/sign-in?next=%2Faccount`). Give `path` where the request has
   * no URL (bare `Headers`).
   */
  guard(request: RequestLike, options?: { path?: string }): Promise<Guarded>
  /**
   * For the sign-in page: where a signed-in visitor goes instead (`?next=` when it is a safe
   * path of this app, else `pages.afterSignIn`), or `null` for a signed-out one. `next` defaults
   * to the request URL's `?next=`.
   */
  signedInRedirect(request: RequestLike, options?: { next?: string | null }): Promise<string | null>
  /**
   * What the sign-in page renders before its script runs: the step, email and error the last
   * plain form post left (from the `auth-state-flow` cookie), the safe `?next=`, and the form
   * actions to post to. Synchronous: it reads only the request's cookie.
   */
  signInForm(request: RequestLike, options?: { next?: string | null }): SignInForm
  /** `pages.signIn` and `pages.afterSignIn`, resolved. */
  readonly pages: { signIn: string; afterSignIn: string }
}

/**
 * Server sessions for auth-state: the tokens stay on the server (in `store`), the browser holds
 * a sealed HttpOnly cookie with the session's id and sees only the session view. Throws
 * `invalid_input` at startup for a missing or short secret or a malformed option.
 *
 * @example
 * // auth.ts, on the server
 * export const auth = createAuthServer({
 *   apiURL: process.env.API_URL!,
 *   secret: process.env.AUTH_SECRET!,          // >= 32 characters
 *   proxy: ['/network/v1/'],
 * })
 * // Next.js: app/auth/[...path]/route.ts
 * export const GET = auth.handle, POST = auth.handle
 * // a server component
 * const account = await auth.fetch(request, '/network/v1/account', { schema: Account })
 */
export function createAuthServer(options: AuthServerOptions): AuthServer {
  const o = resolveOptions(options)
  const upstream = createUpstream({ apiURL: o.apiURL, fetch: o.fetch, headers: o.headers })
  const c: Context = {
    o,
    upstream,
    sessions: createSessions(o, upstream),
    sealer: createSealer(o.secrets, o.now),
  }
  const handle = createHandler(c)
  const getSession = async (request: RequestLike): Promise<SessionView> => {
    try {
      return (await currentSession(c, request, { cookies: false })).view
    } catch {
      return { status: 'unauthenticated' }
    }
  }
  return {
    handle: (request) => handle(request),
    getSession,
    fetch: (request, path, fetchOptions) => serverFetch(c, request, path, fetchOptions),
    ...createPages(c, getSession),
    pages: { ...o.pages },
  }
}
