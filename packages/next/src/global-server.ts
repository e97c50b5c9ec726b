import { type AuthServer, type AuthServerOptions, createAuthServer } from '@auth-state/server'

const KEY: unique symbol = Symbol.for('@auth-state/next:servers') as never

/** Options of `createNextAuth`: `apiURL` and `secret` default to the environment's. */
export type NextAuthOptions = Partial<AuthServerOptions>

let devSecret: string | undefined

/**
 * The options with `AUTH_API_URL` and `AUTH_SECRET` filled in. Outside production a missing
 * secret is a random one for this process (sessions end when it restarts); in production it is
 * required, and `createAuthServer` refuses to start without it.
 */
function resolve(options: NextAuthOptions): AuthServerOptions {
  const env = globalThis.process?.env ?? {}
  let secret = options.secret ?? env.AUTH_SECRET
  if (!secret && env.NODE_ENV !== 'production') {
    devSecret ??= btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))
    secret = devSecret
  }
  return { ...options, apiURL: options.apiURL ?? env.AUTH_API_URL ?? '', secret: secret ?? '' }
}

/**
 * One auth server per process and `basePath`, made on first use (never while `next build`
 * collects pages). Next bundles the proxy, route handlers and server components apart, so each
 * would make its own server from the same `auth.ts`, with its own memory store where a session
 * saved by the route handler is unknown to the proxy, and dev reloads would drop every session.
 * The first server made is kept on `globalThis` and shared.
 */
export function sharedServer(options: NextAuthOptions): () => AuthServer {
  let server: AuthServer | undefined
  return () => {
    if (server) return server
    const resolved = resolve(options)
    const store = globalThis as { [KEY]?: Map<string, AuthServer> }
    store[KEY] ??= new Map()
    const key = `${resolved.basePath ?? '/auth'} ${resolved.apiURL}`
    server = store[KEY].get(key) ?? createAuthServer(resolved)
    store[KEY].set(key, server)
    return server
  }
}
