import {
  AuthError,
  type AuthHeadersContext,
  defaultAuthHeaders,
  safeRedirect,
} from '@auth-state/core/server'
import { checkSecrets } from './keys'
import { memoryStore, type SessionStore } from './session-store'
import type { Limit } from './throttle'

/** The server's throttles; each is per email and per client address. */
export interface ThrottleOptions {
  /** Code sends per email. Default a 30 s gap and 3 per 60 s, as the identity API's rules. */
  sendPerEmail?: Limit
  /** Code sends per client address. Default 20 per 60 s. */
  sendPerAddress?: Limit
  /** Code checks per email. Default 10 per 10 min. */
  verifyPerEmail?: Limit
  /** Code checks per client address. Default 30 per 60 s. */
  verifyPerAddress?: Limit
}

export interface AuthServerOptions {
  /** The identity API's base URL, e.g. `https://api.example.com/api/outer-bridge`. */
  apiURL: string
  /**
   * At least 32 characters each. The first seals cookies; every one unseals, so a rotation puts
   * the new secret first and keeps the old one until its cookies have expired.
   */
  secret: string | string[]
  /** Where the app mounts `handle`. Default `'/auth'`. */
  basePath?: string
  /**
   * Path prefixes of the API that `{basePath}/api/*` may reach, e.g. `['/network/v1/']`.
   * Default none: no proxy.
   */
  proxy?: string[]
  /** Where sessions (and their tokens) live. Default `memoryStore()`: one process. */
  store?: SessionStore
  cookie?: {
    /** Default `'lax'`. */
    sameSite?: 'lax' | 'strict'
    /** Default: from the request's URL (`https:` → Secure and `__Host-`). */
    secure?: boolean
  }
  /**
   * The origins pages of this app are served from, e.g. `['https://app.example.com']`.
   * Default: the origin of the request's URL. Set it when a proxy in front rewrites the host.
   */
  origins?: string[]
  /** Static headers of every API call, as the browser client's `headers`. */
  headers?: Record<string, string>
  /** The session's headers on API calls. Default core's `defaultAuthHeaders`. */
  authHeaders?: (context: AuthHeadersContext) => Record<string, string>
  /** Default `'/identity/user/refresh-token'`. */
  refreshEndpoint?: string
  /** Refresh this many seconds before the token expires (at most half its life). Default 60. */
  refreshLeewaySeconds?: number
  /** Timeout of each identity API call in ms, body included. Default 15000. */
  timeoutMs?: number
  /** Timeout of proxied and server-side `fetch` calls in ms, body included. Default 30000. */
  fetchTimeoutMs?: number
  /** Largest proxied request or response body in bytes. Default 1 MiB. */
  maxProxyBytes?: number
  /** The fetch to call the API with. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch
  /** The absolute lifetime of a session in seconds, whatever the refreshes. Default 30 days. */
  sessionTtlSeconds?: number
  /**
   * End a session after this many seconds without a request of it (the page reports activity
   * with `POST {basePath}/activity`), so a closed laptop cannot outlive the browser client's
   * idle timeout. The view's `idleExpiresAt` says when. Default none.
   */
  idleTimeoutSeconds?: number
  /** The client's address for throttles. Default: proxy headers when `trustProxy`, else one bucket. */
  clientAddress?: (request: Request) => string | null | undefined
  /** Trust `X-Forwarded-For` and friends (only behind a proxy you run that sets them). */
  trustProxy?: boolean
  throttle?: ThrottleOptions
  /**
   * The app's pages the redirects name: `signIn` (default `'/sign-in'`), where the guard sends a
   * signed-out visitor and the sign-in form posts come back to; `afterSignIn` (default `'/'`),
   * where a sign-in goes when its `?next=` is absent or unsafe.
   */
  pages?: { signIn?: string; afterSignIn?: string }
  /** Clock in epoch ms. Default `Date.now`. */
  now?: () => number
}

export interface ResolvedOptions {
  apiURL: string
  secrets: string[]
  basePath: string
  proxy: string[]
  store: SessionStore
  sameSite: 'lax' | 'strict'
  secure: boolean | undefined
  origins: string[] | undefined
  headers: Record<string, string>
  authHeaders: (context: AuthHeadersContext) => Record<string, string>
  refreshEndpoint: string
  leewayMs: number
  timeoutMs: number
  fetchTimeoutMs: number
  maxProxyBytes: number
  fetch: typeof globalThis.fetch
  sessionTtlMs: number
  idleTimeoutMs: number | null
  clientAddress: ((request: Request) => string | null | undefined) | undefined
  trustProxy: boolean
  throttle: Required<ThrottleOptions>
  pages: { signIn: string; afterSignIn: string }
  now: () => number
}

const invalid = (message: string) => new AuthError('invalid_input', `createAuthServer: ${message}`)

function count(value: unknown, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min)
    throw invalid(`${name} must be a number >= ${min}`)
  return value
}

// A proxy prefix must be a plain path: `/` first and last, nothing a URL parser would rewrite.
const PREFIX = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@-]+\/)+$/

function checkOrigin(origin: unknown): string {
  try {
    const url = new URL(String(origin))
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin)
      return origin
  } catch {}
  throw invalid(
    `origins: ${JSON.stringify(origin)} is not an origin such as "https://app.example.com"`,
  )
}

/** Fills in defaults and refuses nonsense at startup, naming the option. */
export function resolveOptions(options: AuthServerOptions): ResolvedOptions {
  if (!options || typeof options !== 'object') throw invalid('options are required')
  const secrets = checkSecrets(options.secret)
  let api: URL
  try {
    api = new URL(options.apiURL)
  } catch {
    throw invalid('apiURL must be an absolute http(s) URL')
  }
  if (api.protocol !== 'https:' && api.protocol !== 'http:')
    throw invalid('apiURL must be an absolute http(s) URL')
  const basePath = (options.basePath ?? '/auth').replace(/\/+$/, '')
  if (!/^\/[A-Za-z0-9._~/-]*$/.test(basePath) || basePath.includes('//'))
    throw invalid('basePath must be a path such as "/auth"')
  const proxy = options.proxy ?? []
  for (const prefix of proxy)
    if (typeof prefix !== 'string' || !PREFIX.test(prefix) || /(^|\/)\.\.?(\/|$)/.test(prefix))
      throw invalid(`proxy prefix ${JSON.stringify(prefix)} must be a path such as "/network/v1/"`)
  const sameSite = options.cookie?.sameSite ?? 'lax'
  if (sameSite !== 'lax' && sameSite !== 'strict')
    throw invalid('cookie.sameSite must be lax or strict')
  return {
    apiURL: api.href,
    secrets,
    basePath,
    proxy: [...proxy],
    store: options.store ?? memoryStore(),
    sameSite,
    secure: options.cookie?.secure,
    origins: options.origins?.map(checkOrigin),
    headers: { ...options.headers },
    authHeaders: options.authHeaders ?? defaultAuthHeaders,
    refreshEndpoint: options.refreshEndpoint ?? '/identity/user/refresh-token',
    leewayMs: count(options.refreshLeewaySeconds, 'refreshLeewaySeconds', 60) * 1000,
    timeoutMs: count(options.timeoutMs, 'timeoutMs', 15_000, 1),
    fetchTimeoutMs: count(options.fetchTimeoutMs, 'fetchTimeoutMs', 30_000),
    maxProxyBytes: count(options.maxProxyBytes, 'maxProxyBytes', 1024 * 1024, 1),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    sessionTtlMs: count(options.sessionTtlSeconds, 'sessionTtlSeconds', 30 * 24 * 3600, 1) * 1000,
    idleTimeoutMs:
      options.idleTimeoutSeconds === undefined
        ? null
        : count(options.idleTimeoutSeconds, 'idleTimeoutSeconds', 0, 1) * 1000,
    clientAddress: options.clientAddress,
    trustProxy: options.trustProxy ?? false,
    throttle: {
      sendPerEmail: options.throttle?.sendPerEmail ?? { max: 3, windowSeconds: 60, gapSeconds: 30 },
      sendPerAddress: options.throttle?.sendPerAddress ?? { max: 20, windowSeconds: 60 },
      verifyPerEmail: options.throttle?.verifyPerEmail ?? { max: 10, windowSeconds: 600 },
      verifyPerAddress: options.throttle?.verifyPerAddress ?? { max: 30, windowSeconds: 60 },
    },
    pages: {
      signIn: page(options.pages?.signIn, 'pages.signIn', '/sign-in'),
      afterSignIn: page(options.pages?.afterSignIn, 'pages.afterSignIn', '/'),
    },
    now: options.now ?? Date.now,
  }
}

/** A page of this app: a path such as `/sign-in`, never another origin. */
function page(value: unknown, name: string, fallback: string): string {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || safeRedirect(value, '') !== value || value.includes('?'))
    throw invalid(`${name} must be a path such as "${fallback}"`)
  return value
}
