// `@auth-state/next`: server sessions in the Next.js App Router. Server only; the provider is
// `@auth-state/next/client`.
import {
  type AuthError,
  type AuthServer,
  PRIVATE_CACHE_CONTROL,
  type ServerFetchOptions,
  type ServerFetchResult,
  type SessionView,
  type SignedInView,
  type StandardSchemaV1,
} from '@auth-state/server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { connection, type NextRequest, NextResponse } from 'next/server'
import { type NextAuthOptions, sharedServer } from './global-server'
import { onPublicURL, publicURL } from './public-url'
import type { NextAuthState } from './state'

export type { SessionView, SignedInView, SignInForm } from '@auth-state/server'
export type { NextAuthOptions } from './global-server'
export type { NextAuthState } from './state'

type Handler = (request: Request) => Promise<Response>

export interface NextAuth {
  /** The `@auth-state/server` instance: `getSession(request)`, `fetch(request, …)`, `guard`... */
  server(): AuthServer
  /**
   * The route handler, for `app/auth/[...path]/route.ts`:
   * `export const { GET, POST } = auth.handlers` (add PUT, PATCH, DELETE if the proxy serves them).
   */
  readonly handlers: {
    GET: Handler
    HEAD: Handler
    POST: Handler
    PUT: Handler
    PATCH: Handler
    DELETE: Handler
  }
  /**
   * The `proxy.ts` step (`middleware.ts` before Next 16). Pages under `guarded` (a path and what
   * is below it) need a session: a signed-out visitor, or one with a forged or ended cookie, is
   * redirected to `/sign-in?next=<path>` before any HTML. A signed-in visitor to the sign-in page
   * goes to `?next=` or `pages.afterSignIn`. Every other page it runs for is sent
   * `Cache-Control: private, no-store`: it may show the user.
   */
  proxy(guarded: readonly string[]): (request: NextRequest) => Promise<NextResponse>
  /**
   * What the root layout hands `<AuthStateProvider state={…}>`: the request's verified session,
   * and what the sign-in form renders before its script has loaded.
   */
  state(): Promise<NextAuthState>
  /**
   * The request's verified session, in a server component, route handler or server action.
   * Waits for `connection()` first: the page renders per request, and under Cache Components
   * nothing (no `Date.now()`) runs before the request is there.
   */
  session(): Promise<SessionView>
  /**
   * The signed-in session, or a `redirect()` to the sign-in page with this page in `?next=`.
   * The proxy step is the guard that answers before any HTML; this one is for pages it does not
   * cover.
   */
  requireSession(): Promise<SignedInView>
  /**
   * `server.fetch` as the request's user: the API's data, validated by `schema`. If the session
   * has ended meanwhile, a `redirect()` to the sign-in page.
   */
  fetch<S extends StandardSchemaV1 | undefined = undefined>(
    path: string,
    options?: ServerFetchOptions<S>,
  ): Promise<ServerFetchResult<S>>
}

/** Set by the proxy step on the request it passes on: the page's path and query. */
const PATH_HEADER = 'x-auth-state-path'
const pathOf = (headers: Headers) => headers.get(PATH_HEADER) ?? ''

/**
 * The request's headers, once Next knows this render is for a request: `connection()` first, so
 * neither a build nor Cache Components' runtime prerender runs the session code (its clock, its
 * crypto) as if the page could be static. That is what keeps `next dev` free of the "unstable
 * value `Date.now()`" error, which reading a cookie alone does not.
 */
async function request(): Promise<Headers> {
  await connection()
  return headers()
}

/**
 * auth-state for a Next.js app on server sessions. Create it once, in a server-only module. The
 * identity API's URL and the cookie secret default to `AUTH_API_URL` and `AUTH_SECRET` (a random
 * one outside production); the server is made on first use, never during `next build`.
 *
 * @example
 * // auth.ts
 * export const auth = createNextAuth({ proxy: ['/network/v1/'], pages: { afterSignIn: '/account' } })
 * // app/auth/[...path]/route.ts
 * export const { GET, POST } = auth.handlers
 * // proxy.ts
 * export const proxy = auth.proxy(['/account', '/settings'])
 * export const config = { matcher: ['/((?!_next/|auth/|favicon.ico).*)'] }
 * // a server component
 * const account = await auth.fetch('/network/v1/account', { schema: Account })
 */
export function createNextAuth(options: NextAuthOptions = {}): NextAuth {
  const server = sharedServer(options)
  const handle: Handler = (request) => server().handle(onPublicURL(request))
  const redirectTo = (to: string, request: NextRequest) => {
    const response = NextResponse.redirect(new URL(to, publicURL(request)))
    response.headers.set('cache-control', 'no-store')
    return response
  }
  const toSignIn = async (from: Headers): Promise<never> =>
    redirect((await server().guard(from, { path: pathOf(from) })).redirect ?? server().pages.signIn)

  return {
    server,
    handlers: {
      GET: handle,
      HEAD: handle,
      POST: handle,
      PUT: handle,
      PATCH: handle,
      DELETE: handle,
    },
    proxy(guarded) {
      const covers = (path: string) =>
        guarded.some((page) => path === page || path.startsWith(`${page.replace(/\/$/, '')}/`))
      return async (request) => {
        const url = request.nextUrl
        // The page's own path and query, never the router's internal `_rsc` parameter.
        const query = new URLSearchParams(url.search)
        query.delete('_rsc')
        const path = url.pathname + (query.size ? `?${query}` : '')
        if (url.pathname === server().pages.signIn) {
          const next = query.get('next')
          const away = await server().signedInRedirect(request, { next })
          if (away) return redirectTo(away, request)
        } else if (covers(url.pathname)) {
          const { redirect: to } = await server().guard(request, { path })
          if (to) return redirectTo(to, request)
        }
        // The page's path, for the helpers (a server component cannot read its URL); whatever
        // the browser sent under that name is replaced.
        const forwarded = new Headers(request.headers)
        forwarded.set(PATH_HEADER, path)
        const response = NextResponse.next({ request: { headers: forwarded } })
        response.headers.set('cache-control', PRIVATE_CACHE_CONTROL)
        return response
      }
    },
    async state() {
      const from = await request()
      const next = new URL(pathOf(from) || '/', 'http://x').searchParams.get('next')
      return {
        session: await server().getSession(from),
        signIn: server().signInForm(from, { next }),
      }
    },
    session: async () => server().getSession(await request()),
    async requireSession() {
      const from = await request()
      const { session, redirect: to } = await server().guard(from, { path: pathOf(from) })
      if (to) redirect(to)
      return session as SignedInView
    },
    async fetch(path, fetchOptions) {
      const from = await request()
      try {
        return await server().fetch(from, path, fetchOptions)
      } catch (error) {
        // The session ended while this page rendered (a refresh token refused, a sign-out in
        // another tab): the sign-in page, as the guard would have answered a moment earlier.
        // By its code, not instanceof: a bundler may hold two copies of the class.
        const code = (error as AuthError | null)?.code
        if (code === 'unauthenticated' || code === 'session_expired') return toSignIn(from)
        throw error
      }
    },
  }
}
