// `@auth-state/next`: server sessions in the Next.js App Router. Server only; the provider is
// `@auth-state/next/client`.
import {
  type AuthServer,
  type AuthServerOptions,
  PRIVATE_CACHE_CONTROL,
  type ServerFetchOptions,
  type ServerFetchResult,
  type SessionView,
  type SignedInView,
  type SignInForm,
  type StandardSchemaV1,
} from '@auth-state/server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { connection, type NextRequest, NextResponse } from 'next/server'
import { sharedServer } from './global-server'
import { onPublicURL, publicURL } from './public-url'

export type { SessionView, SignedInView, SignInForm } from '@auth-state/server'

type Handler = (request: Request) => Promise<Response>

export interface NextAuth {
  /** The `@auth-state/server` instance: `getSession(request)`, `fetch(request, …)`, `guard`... */
  readonly server: AuthServer
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
   * The request's verified session, in a server component, route handler or server action.
   * Reads `headers()` first: the page renders per request, and under Cache Components nothing
   * (no `Date.now()`) runs before the request is read.
   */
  session(): Promise<SessionView>
  /**
   * The signed-in session, or a `redirect()` to the sign-in page (`next` is this page's path,
   * which a server component cannot read: pass it). The proxy step is the guard that answers
   * before any HTML; this one is for pages it does not cover.
   */
  requireSession(next?: string): Promise<SignedInView>
  /** `server.fetch` as the request's user: the API's data, validated by `schema`. */
  fetch<S extends StandardSchemaV1 | undefined = undefined>(
    path: string,
    options?: ServerFetchOptions<S>,
  ): Promise<ServerFetchResult<S>>
  /** For the sign-in page: the step, email and error a plain form post left, and its actions. */
  signInForm(next?: string | string[] | null): Promise<SignInForm>
}

const first = (value: string | string[] | null | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? null

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
 * auth-state for a Next.js app on server sessions. Create it once, in a server-only module.
 *
 * @example
 * // auth.ts
 * export const auth = createNextAuth({
 *   apiURL: process.env.AUTH_API_URL!,
 *   secret: process.env.AUTH_SECRET!,
 *   proxy: ['/network/v1/'],
 *   pages: { afterSignIn: '/account' },
 * })
 * // app/auth/[...path]/route.ts
 * export const { GET, POST } = auth.handlers
 * // proxy.ts
 * export const proxy = auth.proxy(['/account', '/settings'])
 * export const config = { matcher: ['/((?!_next/|auth/|favicon.ico).*)'] }
 * // a server component
 * const account = await auth.fetch('/network/v1/account', { schema: Account })
 */
export function createNextAuth(options: AuthServerOptions): NextAuth {
  const server = sharedServer(options)
  const handle: Handler = (request) => server.handle(onPublicURL(request))
  const redirectTo = (to: string, request: NextRequest) => {
    const response = NextResponse.redirect(new URL(to, publicURL(request)))
    response.headers.set('cache-control', 'no-store')
    return response
  }

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
        if (url.pathname === server.pages.signIn) {
          const away = await server.signedInRedirect(request, {
            next: url.searchParams.get('next'),
          })
          if (away) return redirectTo(away, request)
        } else if (covers(url.pathname)) {
          // The page's own path and query, never the router's internal `_rsc` parameter.
          const query = new URLSearchParams(url.search)
          query.delete('_rsc')
          const path = url.pathname + (query.size ? `?${query}` : '')
          const { redirect: to } = await server.guard(request, { path })
          if (to) return redirectTo(to, request)
        }
        const response = NextResponse.next()
        response.headers.set('cache-control', PRIVATE_CACHE_CONTROL)
        return response
      }
    },
    session: async () => server.getSession(await request()),
    async requireSession(next) {
      const { session, redirect: to } = await server.guard(await request(), { path: next ?? '' })
      if (to) redirect(to)
      return session as SignedInView
    },
    fetch: async (path, fetchOptions) => server.fetch(await request(), path, fetchOptions),
    signInForm: async (next) => server.signInForm(await request(), { next: first(next) }),
  }
}
