import { AuthError, type SessionState } from '@auth-state/core'
import {
  type AuthServer,
  type AuthServerOptions,
  createAuthServer,
  PRIVATE_CACHE_CONTROL,
  type SignInForm,
} from '@auth-state/server'
import { redirect } from 'react-router'
import { sessionState } from './session-state'

/**
 * `createAuthServer`'s options, where `apiURL` and `secret` default to the environment's
 * `AUTH_API_URL` and `AUTH_SECRET` (missing both ways: `AuthError` `invalid_input` at startup).
 */
export type AuthRoutesOptions = Omit<AuthServerOptions, 'apiURL' | 'secret'> &
  Partial<Pick<AuthServerOptions, 'apiURL' | 'secret'>>

/** What a React Router loader or action is given that these helpers read: the request. */
export interface RequestArgs {
  request: Request
}

/**
 * `@auth-state/server`'s `AuthServer` (`handle`, `getSession`, `fetch`, `guard`...) with the
 * loaders a React Router app needs. Each reads the request first, so no route is taken for a
 * static one.
 */
export interface AuthRoutes extends AuthServer {
  /**
   * `AuthServer`'s `fetch`, for loaders and actions: when the session is gone (no session, or
   * the API refused its refresh token: `unauthenticated`, `session_expired`), it throws the
   * redirect to `pages.signIn` with the request's path in `?next=`, as a guard would. Every
   * other failure rejects with its `AuthError`.
   */
  fetch: AuthServer['fetch']
  /** The handler as a resource route's `loader` and `action` (mounted at `/auth/*`). */
  handler(args: RequestArgs): Promise<Response>
  /**
   * The root route's `loader`: `{ session }`, the verified session as the page shows it (no
   * token, no time). Hand it to `<AuthProvider session>`.
   */
  rootLoader(args: RequestArgs): Promise<{ session: SessionState }>
  /**
   * A guard `loader` (on a layout route above the pages it guards): the verified session, or a
   * redirect to `pages.signIn` with the path in `?next=`.
   */
  guardLoader(args: RequestArgs): Promise<{ session: SessionState }>
  /**
   * The sign-in page's `loader`: a signed-in visitor goes to `?next=` (when it is a path of this
   * app) or `pages.afterSignIn`; anyone else gets `{ form }`, what the form shows before the
   * page's script has loaded (`useSignInForm(form)`).
   */
  signInLoader(args: RequestArgs): Promise<{ form: SignInForm }>
  /**
   * The root route's `headers`: `Cache-Control: private, no-store`, since every page shows the
   * session: no shared cache may keep one person's HTML, no back button may show it after a
   * sign-out.
   */
  headers(): { 'Cache-Control': string }
}

/**
 * Creates the auth server of a React Router app (`createAuthServer`'s options; `apiURL` and
 * `secret` from `AUTH_API_URL` and `AUTH_SECRET` unless given) and its route helpers. Server
 * only: keep it in a `.server.ts` module. Every helper is a plain function (no `this`), so
 * they can be destructured and re-exported as route exports.
 *
 * @example
 * // app/auth.server.ts
 * export const auth = createAuthRoutes({ pages: { afterSignIn: '/account' } })
 * export const { handler, rootLoader, guardLoader, signInLoader, headers } = auth
 * // app/routes/auth.$.ts: the handler at /auth/*
 * export { handler as action, handler as loader } from '../auth.server'
 * // app/root.tsx
 * export { headers, rootLoader as loader } from './auth.server'
 */
export function createAuthRoutes(options: AuthRoutesOptions = {}): AuthRoutes {
  const env = typeof process === 'undefined' ? {} : process.env
  const server = createAuthServer({
    ...options,
    apiURL: options.apiURL ?? env.AUTH_API_URL ?? '',
    secret: options.secret ?? env.AUTH_SECRET ?? '',
  })
  return {
    ...server,
    async fetch(request, path, fetchOptions) {
      try {
        return await server.fetch(request, path, fetchOptions)
      } catch (error) {
        const code = error instanceof AuthError ? error.code : undefined
        if (code !== 'unauthenticated' && code !== 'session_expired') throw error
        const { redirect: to } = await server.guard(request)
        // The session is still there (the API's own 401 for this call): not a sign-in matter.
        if (to === null) throw error
        throw redirect(to)
      }
    },
    handler: ({ request }) => server.handle(request),
    rootLoader: async ({ request }) => ({
      session: sessionState(await server.getSession(request)),
    }),
    async guardLoader({ request }) {
      const { session, redirect: to } = await server.guard(request)
      if (to !== null) throw redirect(to)
      return { session: sessionState(session) }
    },
    async signInLoader({ request }) {
      const to = await server.signedInRedirect(request)
      // `?next=/sign-in` would send the visitor back here, for ever.
      if (to !== null)
        throw redirect(
          new URL(to, request.url).pathname === server.pages.signIn ? server.pages.afterSignIn : to,
        )
      return { form: server.signInForm(request) }
    },
    headers: () => ({ 'Cache-Control': PRIVATE_CACHE_CONTROL }),
  }
}
