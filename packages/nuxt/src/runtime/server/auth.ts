import { randomBytes } from 'node:crypto'
import {
  type AuthServer,
  createAuthServer,
  type ServerFetchOptions,
  type ServerFetchResult,
  type SessionView,
  type StandardSchemaV1,
} from '@auth-state/server'
import { getRequestURL, type H3Event } from 'h3'
import { useRuntimeConfig } from '#imports'

interface ServerConfig {
  apiURL?: string
  secret?: string
  proxy?: string[]
  basePath?: string
  pages?: { signIn: string; afterSignIn: string }
}

let server: AuthServer | undefined

/**
 * The app's `@auth-state/server` instance, made on first use from the runtime config
 * (`NUXT_AUTH_STATE_API_URL`, `NUXT_AUTH_STATE_SECRET`, else `AUTH_API_URL`, `AUTH_SECRET`).
 * One per server process: its memory store holds every session of the process.
 */
export function useAuthServer(): AuthServer {
  if (server) return server
  const config = (useRuntimeConfig().authState ?? {}) as ServerConfig
  let secret = config.secret || process.env.AUTH_SECRET
  if (!secret && import.meta.dev) {
    // `nuxt dev` without a secret: a random one per process. Sessions are in this process's
    // memory anyway, so a restart ends them either way. A production server without one throws.
    secret = randomBytes(32).toString('base64url')
    console.warn('[@auth-state/nuxt] no NUXT_AUTH_STATE_SECRET: using a random one until restart')
  }
  server = createAuthServer({
    apiURL: config.apiURL || process.env.AUTH_API_URL || '',
    secret: secret ?? '',
    basePath: config.basePath,
    proxy: config.proxy,
    pages: config.pages,
  })
  return server
}

/** The request's cookie and URL, as `@auth-state/server` reads them: no body needed. */
const requestOf = (event: H3Event) => ({ headers: event.headers, url: getRequestURL(event).href })

/**
 * The request's verified session (a forged or expired cookie reads as unauthenticated), read
 * once per request: the render, the guard and your handlers share it. Refreshes the token first
 * when it is due.
 *
 * @example
 * // server/api/me.get.ts
 * export default defineEventHandler(async (event) => {
 *   const session = await getAuthSession(event)
 *   if (session.status !== 'authenticated') throw createError({ statusCode: 401 })
 *   return { email: session.email }
 * })
 */
export function getAuthSession(event: H3Event): Promise<SessionView> {
  const context = event.context as { authStateSession?: Promise<SessionView> }
  const session = context.authStateSession ?? useAuthServer().getSession(requestOf(event))
  context.authStateSession = session
  return session
}

/**
 * Calls the API as the request's user (their session's headers, a refresh first when due),
 * unwraps the envelope and validates `data` with `schema`. Rejects with an `AuthError`.
 *
 * @example
 * const account = await authFetch(event, '/network/v1/account', { schema: Account })
 */
export function authFetch<S extends StandardSchemaV1 | undefined = undefined>(
  event: H3Event,
  path: string,
  options?: ServerFetchOptions<S>,
): Promise<ServerFetchResult<S>> {
  return useAuthServer().fetch(requestOf(event), path, options)
}
