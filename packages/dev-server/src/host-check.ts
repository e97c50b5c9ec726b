import { isIP } from 'node:net'
import { WireError } from '@auth-state/wire'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './state'

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]'])
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]'])

function hostnameOf(host: string): string | undefined {
  try {
    const url = new URL(`http://${host}`)
    // Only host[:port]: anything more is not a Host header a browser sends.
    return url.host === host.toLowerCase() ? url.hostname : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether a request's Host header names this server. DNS rebinding points an attacker's name at
 * 127.0.0.1, making the attacker's page same-origin with the server in the browser's eyes; only
 * the Host header still shows the attacker's name. The port is not compared: rebinding cannot
 * change it, and a proxy or port forward legitimately does.
 */
export function isAllowedHost(host: string | undefined, boundHost: string): boolean {
  const hostname = host === undefined ? undefined : hostnameOf(host)
  if (hostname === undefined) return false
  if (LOOPBACK_NAMES.has(hostname)) return true
  const bound = hostnameOf(boundHost.includes(':') ? `[${boundHost}]` : boundHost)
  if (hostname === bound) return true
  // Bound to every interface, the server is reached by any of the machine's addresses. An IP
  // literal cannot be rebound, so it is safe; a name still has to be the bound host.
  return bound !== undefined && WILDCARDS.has(bound) && isIP(hostname.replace(/^\[|\]$/g, '')) !== 0
}

/** Refuses requests whose Host is not this server (DNS rebinding), before anything else runs. */
export function hostCheck(boundHost: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!isAllowedHost(c.req.header('host'), boundHost)) {
      throw new WireError(403, 'Unknown Host header; the dev server answers only to its own host')
    }
    await next()
  }
}
