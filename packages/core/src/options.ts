import type { SessionCookie } from './cookie'
import { AuthError } from './errors'
import { checkHeaders, isHeaderValue } from './headers'
import type { IdleTimer } from './idle-option'
import type { StorageOption } from './storage'
import { parseBase } from './url'

/** The values `authHeaders` maps to request headers. */
export interface AuthHeadersContext {
  token: string
  organizationId: string
  accountId: string | null
}

export interface OtpOptions {
  /** Seconds after a send before another send is allowed. Default 30. */
  resendCooldownSeconds?: number
  /** Sends allowed in any rolling 60 seconds. Default 3. */
  maxSendsPerMinute?: number
  /** Wrong codes allowed per sent code before the flow locks. Default 3. */
  maxAttempts?: number
  /**
   * How long a sent code stays usable, in seconds: until then a reload returns to code entry,
   * afterwards to email entry. Match it to the server's code lifetime. Default 300.
   */
  codeLifetimeSeconds?: number
}

export interface AuthClientOptions {
  /**
   * The identity API's base URL, e.g. `https://api.example.com/api/outer-bridge` (http or https,
   * no credentials; relative to the page in browsers). Session credentials only ever go to its
   * origin: `client.fetch` refuses other origins and no call follows a redirect.
   */
  baseURL: string
  /** Where the session is kept. Default `'local'` in browsers, `'memory'` elsewhere. */
  storage?: StorageOption
  /** The storage key; other keys derive from it. Default `'auth-state'`. */
  storageKey?: string
  /** A fetch implementation (tests, SSR, React Native). Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch
  /** Static headers on every call, e.g. `{ 'x-aui-client': 'AUI' }`. */
  headers?: Record<string, string>
  /** Maps the session to headers. Default `auth-token`, `organization-id`, `account-id`. */
  authHeaders?: (context: AuthHeadersContext) => Record<string, string>
  /** Default `'/identity/user/refresh-token'`. */
  refreshEndpoint?: string
  /** Refresh this many seconds before the token expires (at most half its life). Default 60. */
  refreshLeewaySeconds?: number
  /** Timeout of each identity API call in ms, the whole exchange (body included). Default 15000. */
  timeoutMs?: number
  /**
   * Default timeout of `client.fetch` and `client.fetchRaw` calls in ms, the whole exchange
   * (body included); a call's `timeoutMs` overrides it. 0 for none. Default 30000.
   */
  fetchTimeoutMs?: number
  otp?: OtpOptions
  /** Share the session between tabs. Default true where BroadcastChannel or storage events exist. */
  crossTab?: boolean
  /**
   * Keep a first-party cookie in step with the session, for `readSession` on a server. It holds
   * the session view (no secret) unless `token: true`. Opt-in and in its own entry, so an app
   * without it does not bundle it. Default off.
   *
   * @example
   * import { sessionCookie } from '@auth-state/core/cookie'
   * createAuthClient({ baseURL, cookie: sessionCookie({ token: true }) })
   */
  cookie?: SessionCookie | false
  /**
   * A server-render client: reads no storage, starts no timer or listener, and `$session` stays
   * `{ status: 'loading' }`. Default true when there is no `window` and no `storage` was given.
   */
  ssr?: boolean
  /**
   * Sign out after a time without activity in any tab, with a warning first (in `$health`). Opt-in
   * and in its own entry, so an app without it does not bundle it.
   *
   * @example
   * import { idleTimeout } from '@auth-state/core/idle'
   * createAuthClient({ baseURL, idle: idleTimeout({ timeoutSeconds: 900, warnSeconds: 60 }) })
   */
  idle?: IdleTimer
}

export interface ResolvedOptions {
  baseURL: string
  storageKey: string
  headers: Record<string, string>
  authHeaders: (context: AuthHeadersContext) => Record<string, string>
  refreshEndpoint: string
  leewayMs: number
  timeoutMs: number
  fetchTimeoutMs: number
  otp: Required<OtpOptions>
  crossTab: boolean | undefined
}

export function defaultAuthHeaders(context: AuthHeadersContext): Record<string, string> {
  const headers: Record<string, string> = {
    'auth-token': context.token,
    'organization-id': context.organizationId,
  }
  if (context.accountId) headers['account-id'] = context.accountId
  return headers
}

/**
 * An option's or a factory's name, read by development messages only: callers pass
 * `process.env.NODE_ENV !== 'production' && 'name'` (written out: a bundler folds only that), so
 * production builds get `false` and ship no names.
 */
type Name = string | false

export function resolveOptions(options: AuthClientOptions): ResolvedOptions {
  if (!options || typeof options.baseURL !== 'string' || !options.baseURL.trim())
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? 'createAuthClient: `baseURL` must be a non-empty string'
        : '',
    )
  // Refused here, not at the first call: a base that is not http(s) or carries credentials.
  parseBase(options.baseURL)
  return {
    baseURL: options.baseURL,
    storageKey:
      nonEmpty(options.storageKey, process.env.NODE_ENV !== 'production' && 'storageKey') ??
      'auth-state',
    headers: { ...checkHeaders(options.headers, 'createAuthClient: `headers`') },
    authHeaders: options.authHeaders ?? defaultAuthHeaders,
    refreshEndpoint:
      nonEmpty(
        options.refreshEndpoint,
        process.env.NODE_ENV !== 'production' && 'refreshEndpoint',
      ) ?? '/identity/user/refresh-token',
    leewayMs:
      count(
        options.refreshLeewaySeconds,
        process.env.NODE_ENV !== 'production' && 'refreshLeewaySeconds',
        60,
      ) * 1000,
    timeoutMs: count(
      options.timeoutMs,
      process.env.NODE_ENV !== 'production' && 'timeoutMs',
      15_000,
    ),
    fetchTimeoutMs: count(
      options.fetchTimeoutMs,
      process.env.NODE_ENV !== 'production' && 'fetchTimeoutMs',
      30_000,
    ),
    otp: resolveOtpOptions(options.otp),
    crossTab: options.crossTab,
  }
}

/** The OTP flow's options with their defaults; both modes' factories take the same ones. */
export function resolveOtpOptions(
  otp: OtpOptions = {},
  where: Name = process.env.NODE_ENV !== 'production' && 'createAuthClient',
): Required<OtpOptions> {
  return {
    resendCooldownSeconds: count(
      otp.resendCooldownSeconds,
      process.env.NODE_ENV !== 'production' && 'otp.resendCooldownSeconds',
      30,
      0,
      where,
    ),
    maxSendsPerMinute: count(
      otp.maxSendsPerMinute,
      process.env.NODE_ENV !== 'production' && 'otp.maxSendsPerMinute',
      3,
      1,
      where,
    ),
    maxAttempts: count(
      otp.maxAttempts,
      process.env.NODE_ENV !== 'production' && 'otp.maxAttempts',
      3,
      1,
      where,
    ),
    codeLifetimeSeconds: count(
      otp.codeLifetimeSeconds,
      process.env.NODE_ENV !== 'production' && 'otp.codeLifetimeSeconds',
      300,
      1,
      where,
    ),
  }
}

/** A non-empty string: the rule for every text the client keeps or sends. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value !== ''

/**
 * What the client sends as a header (a token, an organization or account id): a non-empty string
 * that can travel as a header value. One that cannot (CR, LF, non-Latin-1) is refused where it
 * comes in (an option, a setter, a sign-in or refresh answer) rather than failing every later
 * call.
 */
export const isHeaderText = (value: unknown): value is string =>
  value !== '' && isHeaderValue(value)

export function nonEmpty(
  value: unknown,
  name: Name,
  where: Name = process.env.NODE_ENV !== 'production' && 'createAuthClient',
): string | undefined {
  if (value === undefined) return undefined
  if (isText(value)) return value
  throw new AuthError(
    'invalid_input',
    process.env.NODE_ENV !== 'production' ? `${where}: \`${name}\` must be a non-empty string` : '',
  )
}

export function count(
  value: unknown,
  name: Name,
  fallback: number,
  min = 0,
  where: Name = process.env.NODE_ENV !== 'production' && 'createAuthClient',
): number {
  if (value === undefined) return fallback
  if (typeof value === 'number' && Number.isFinite(value) && value >= min) return value
  throw new AuthError(
    'invalid_input',
    process.env.NODE_ENV !== 'production' ? `${where}: \`${name}\` must be a number >= ${min}` : '',
  )
}
