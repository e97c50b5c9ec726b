import {
  AuthError,
  type AuthServerOptions,
  createAuthServer,
  PRIVATE_CACHE_CONTROL,
  safeRedirect,
} from '@auth-state/server'
import { redirect } from '@sveltejs/kit'
import type { Handle } from '@sveltejs/kit/hooks'

const ENDED = new Set(['unauthenticated', 'session_expired'])

/**
 * `createAuthServer`'s options, where `apiURL` and `secret` default to the environment's
 * `AUTH_API_URL` and `AUTH_SECRET` (read from `process.env` where the runtime has one, as in
 * Node, Bun and Deno; pass them on runtimes without it).
 */
export type HandleAuthOptions = Omit<AuthServerOptions, 'apiURL' | 'secret'> &
  Partial<Pick<AuthServerOptions, 'apiURL' | 'secret'>>

/** An environment variable, where there is an environment (never at import time). */
const fromEnv = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name]

/**
 * The app's `handle` hook for server sessions. Requests under `basePath` (default `/auth`) go to
 * the `@auth-state/server` handler (the browser client's endpoints, the sign-in form posts and
 * the API proxy). Every other request gets `event.locals.session`, the verified session, and
 * `event.locals.fetch`, the API as this user; a response rendered for a signed-in user is sent
 * `Cache-Control: private, no-store`. Throws `invalid_input` at startup for a bad option (a
 * missing or short `secret`). `apiURL` and `secret` default to `AUTH_API_URL` and `AUTH_SECRET`
 * from the environment.
 *
 * Combine it with other hooks through `sequence` from `@sveltejs/kit/hooks`.
 *
 * @example
 * // src/hooks.server.ts
 * import { handleAuth } from '@auth-state/sveltekit'
 *
 * // AUTH_API_URL and AUTH_SECRET from the environment
 * export const handle = handleAuth({ proxy: ['/network/v1/'], pages: { afterSignIn: '/account' } })
 */
export function handleAuth(options: HandleAuthOptions = {}): Handle {
  const auth = createAuthServer({
    ...options,
    apiURL: options.apiURL ?? fromEnv('AUTH_API_URL') ?? '',
    secret: options.secret ?? fromEnv('AUTH_SECRET') ?? '',
  })
  const base = (options.basePath ?? '/auth').replace(/\/+$/, '')
  return async ({ event, resolve }) => {
    const { pathname } = event.url
    if (pathname === base || pathname.startsWith(`${base}/`)) return auth.handle(event.request)
    // Read here, from the request, before anything renders: no route can be taken for static.
    const session = await auth.getSession(event.request)
    event.locals.session = session
    event.locals.fetch = async (path, fetchOptions) => {
      try {
        return await auth.fetch(event.request, path, fetchOptions)
      } catch (error) {
        // The session ended under this request (its refresh token was refused): to sign-in,
        // back here after, as the guard would have sent a visitor who came a moment later.
        if (error instanceof AuthError && ENDED.has(error.code)) {
          const here = safeRedirect(event.url.pathname + event.url.search, '')
          const { signIn } = auth.pages
          redirect(303, here ? `${signIn}?next=${encodeURIComponent(here)}` : signIn)
        }
        throw error
      }
    }
    event.locals.auth = auth
    const response = await resolve(event)
    return session.status === 'authenticated' ? privately(response) : response
  }
}

/**
 * A response rendered for a signed-in user must not be kept by a shared cache (a CDN, a proxy)
 * nor by the browser's back/forward and disk caches, where the next person on the device could
 * read it. Pages and their `__data.json` alike: both carry the session.
 */
function privately(response: Response): Response {
  try {
    response.headers.set('cache-control', PRIVATE_CACHE_CONTROL)
    return response
  } catch {
    // Immutable headers (a response passed through from `fetch`): a copy can be changed.
    const copy = new Response(response.body, response)
    copy.headers.set('cache-control', PRIVATE_CACHE_CONTROL)
    return copy
  }
}
