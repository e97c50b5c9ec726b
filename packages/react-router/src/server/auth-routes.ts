import { type SessionState, safeRedirect } from '@auth-state/core'
import { type AuthServer, type AuthServerOptions, createAuthServer } from '@auth-state/server'
import { redirect } from 'react-router'
import { sessionState } from './session-state'
import { signInPath } from './sign-in-path'

/** What a React Router loader or action is given that these helpers read: the request. */
export interface RequestArgs {
  request: Request
}

export interface AuthRoutesOptions extends AuthServerOptions {
  /** The sign-in page, where guards send a visitor with no session. Default `'/sign-in'`. */
  signIn?: string
  /** Where a signed-in visitor to the sign-in page goes when `?next=` names nowhere safe. Default `'/account'`. */
  home?: string
}

/**
 * `@auth-state/server`'s `AuthServer` (`handle`, `getSession`, `fetch`) with the loaders a React
 * Router app needs. Each reads the request first, so no route is taken for a static one.
 */
export interface AuthRoutes extends AuthServer {
  /** The handler as a resource route's `loader` and `action` (mounted at `/auth/*`). */
  handler(args: RequestArgs): Promise<Response>
  /**
   * The root route's `loader`: `{ session }`, the verified session as the page shows it (no
   * token, no time). Hand it to `<AuthProvider session>`.
   */
  rootLoader(args: RequestArgs): Promise<{ session: SessionState }>
  /**
   * A guard `loader` (on a layout route above the pages it guards): the verified session, or a
   * redirect to the sign-in page with the path in `?next=`.
   */
  guard(args: RequestArgs): Promise<{ session: SessionState }>
  /**
   * The sign-in page's `loader`: a signed-in visitor is sent to `?next=` (when it is a path on
   * this site) or `home`.
   */
  signedOut(args: RequestArgs): Promise<null>
  /**
   * The root route's `headers`: `Cache-Control: private, no-store`, since every page shows the
   * session: no shared cache may keep one person's HTML, and no browser cache may show it after
   * a sign-out.
   */
  headers(): { 'Cache-Control': string }
}

/**
 * Creates the auth server of a React Router app and its route helpers. Server only: keep it in
 * a `.server.ts` module.
 *
 * @example
 * // app/auth.server.ts
 * export const auth = createAuthRoutes({ apiURL, secret, proxy: ['/network/v1/'] })
 * // app/routes/auth.ts: the handler at /auth/*
 * export const loader = auth.handler
 * export const action = auth.handler
 * // app/root.tsx
 * export const loader = auth.rootLoader
 * export const headers = auth.headers
 */
export function createAuthRoutes(options: AuthRoutesOptions): AuthRoutes {
  const { signIn = '/sign-in', home = '/account', ...serverOptions } = options
  const server = createAuthServer(serverOptions)
  return {
    ...server,
    handler: ({ request }) => server.handle(request),
    rootLoader: async ({ request }) => ({
      session: sessionState(await server.getSession(request)),
    }),
    async guard({ request }) {
      const session = sessionState(await server.getSession(request))
      if (session.status !== 'authenticated')
        throw redirect(signInPath(signIn, new URL(request.url)))
      return { session }
    },
    async signedOut({ request }) {
      const session = await server.getSession(request)
      if (session.status !== 'authenticated') return null
      const next = safeRedirect(new URL(request.url).searchParams.get('next'), home)
      // `?next=/sign-in` would send the visitor back here, for ever.
      throw redirect(new URL(next, request.url).pathname === signIn ? home : next)
    },
    headers: () => ({ 'Cache-Control': 'private, no-store' }),
  }
}
