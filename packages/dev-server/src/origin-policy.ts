/**
 * Which web origins may talk to the dev server. A page from any other origin could otherwise
 * read codes from the dev inbox, arm faults or move the clock from the developer's own browser.
 */

/** Pages served from loopback on any port: the playground, a Vite or Next dev server. */
export const LOOPBACK_ORIGINS: readonly string[] = [
  'http://localhost:*',
  'http://127.0.0.1:*',
  'http://[::1]:*',
]

interface OriginPattern {
  protocol: string
  hostname: string
  /** The exact origin, or undefined when any port matches. */
  origin: string | undefined
}

export type OriginPolicy = '*' | readonly OriginPattern[]

function parseOrigin(value: string): URL | undefined {
  try {
    const url = new URL(value)
    // Only a bare origin: a path, query or credentials would never equal a browser's Origin.
    return url.origin !== 'null' && url.origin === value.toLowerCase() ? url : undefined
  } catch {
    return undefined
  }
}

/** Checks the `corsOrigins` option; throws a TypeError naming the bad entry. */
export function parseOriginPolicy(value: unknown): OriginPolicy {
  if (value === '*') return '*'
  if (!Array.isArray(value)) throw new TypeError("corsOrigins must be '*' or an array of origins")
  return value.map((entry: unknown) => {
    const text = typeof entry === 'string' ? entry.trim() : ''
    const anyPort = text.endsWith(':*')
    const url = parseOrigin(anyPort ? text.slice(0, -2) : text)
    if (!url || (anyPort && url.port !== '')) {
      throw new TypeError(
        `corsOrigins: ${JSON.stringify(entry)} is not an origin like "http://localhost:5173" or "http://localhost:*" (no path, no trailing slash)`,
      )
    }
    return {
      protocol: url.protocol,
      hostname: url.hostname,
      origin: anyPort ? undefined : url.origin,
    }
  })
}

/** Whether a request's `Origin` header names an allowed origin. `null` never does, but for '*'. */
export function isAllowedOrigin(origin: string, policy: OriginPolicy): boolean {
  if (policy === '*') return true
  const url = parseOrigin(origin)
  if (!url) return false
  return policy.some((pattern) =>
    pattern.origin === undefined
      ? pattern.protocol === url.protocol && pattern.hostname === url.hostname
      : pattern.origin === url.origin,
  )
}
