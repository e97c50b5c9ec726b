import { type AuthServer, type AuthServerOptions, createAuthServer } from '@auth-state/server'

const KEY: unique symbol = Symbol.for('@auth-state/next:servers') as never

/**
 * One auth server per process and `basePath`. Next bundles the proxy, route handlers and server
 * components apart, so each would make its own server from the same `auth.ts` (and its own
 * memory store, where a session saved by the route handler is unknown to the proxy); dev reloads
 * would drop every session. The first server made is kept on `globalThis` and shared.
 */
export function sharedServer(options: AuthServerOptions): AuthServer {
  const store = globalThis as { [KEY]?: Map<string, AuthServer> }
  store[KEY] ??= new Map()
  const servers = store[KEY]
  const key = `${options.basePath ?? '/auth'} ${options.apiURL}`
  let server = servers.get(key)
  if (!server) {
    server = createAuthServer(options)
    servers.set(key, server)
  }
  return server
}
