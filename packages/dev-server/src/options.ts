import { DEFAULT_USERS } from '@auth-state/wire'
import type { InboxMessage } from './inbox'
import { LOOPBACK_ORIGINS, type OriginPolicy, parseOriginPolicy } from './origin-policy'

/** An organization a dev user belongs to. */
export interface DevOrganization {
  id: string
  name: string
}

/** A registered dev user; its `organizationId` is added to `organizations` if missing. */
export interface DevUser {
  email: string
  organizationId: string
  accountId: string
  organizations?: DevOrganization[]
  name?: string
}

export interface DevServerOtpOptions {
  /** Seconds after a send before the next send to the same email. Default 30. */
  cooldownSeconds?: number
  /** Sends allowed per email in any rolling 60 seconds. Default 3. */
  maxSendsPerMinute?: number
  /** Wrong codes a sent code survives. Default 3. */
  maxAttempts?: number
}

export interface DevServerOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number
  /** Default '127.0.0.1'. */
  host?: string
  /** Access JWT lifetime in seconds. Default 300; may be as low as 1. */
  tokenTtlSeconds?: number
  /** How long the just-rotated refresh token may be replayed for the same pair. Default 10; 0 disables. */
  refreshGraceSeconds?: number
  /**
   * Lifetime of each refresh token in seconds from when it was issued (each refresh issues a
   * new one); an expired one is refused with 401, which ends the client's session ("session
   * expired"). Default 0: no limit.
   */
  refreshTtlSeconds?: number
  /** Lifetime of a sent code in seconds. Default 300. */
  otpTtlSeconds?: number
  otp?: DevServerOtpOptions
  /** Default: demo@example.com (two organizations) and second@example.com. */
  users?: Array<string | DevUser>
  /** Serve the /__dev routes. Default true. */
  devRoutes?: boolean
  /**
   * Web origins allowed to call the server: exact origins (`'https://app.test:8443'`) or any
   * port of a host (`'http://localhost:*'`). Other origins get no CORS headers, and their
   * state-changing and `/__dev` requests are refused with 403. Default: loopback on any port,
   * `['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*']`. `'*'` allows every
   * origin, `null` included: any page open in your browser could then read codes.
   *
   * @example
   * startDevServer({ corsOrigins: ['http://localhost:*', 'https://app.local.test'] })
   */
  corsOrigins?: string[] | '*'
  /** Request log, with credentials redacted. `true` logs to the console. Default false. */
  log?: boolean | ((line: string) => void)
  /** Called with each code as it is "delivered" to the dev inbox (the CLI prints it). */
  onCode?: (message: InboxMessage) => void
  /** Clock in ms, for tests. Default Date.now. */
  now?: () => number
}

export interface ResolvedOptions {
  port: number
  host: string
  tokenTtlSeconds: number
  refreshGraceSeconds: number
  refreshTtlSeconds: number
  otpTtlSeconds: number
  otp: Required<DevServerOtpOptions>
  users: ReadonlyArray<string | DevUser>
  devRoutes: boolean
  corsOrigins: OriginPolicy
  log: ((line: string) => void) | undefined
  onCode: ((message: InboxMessage) => void) | undefined
  now: () => number
}

function number(
  value: number | undefined,
  name: string,
  fallback: number,
  min: number,
  { integer = false, max = Number.POSITIVE_INFINITY } = {},
): number {
  if (value === undefined) return fallback
  const valid =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value))
  if (!valid) {
    const kind = integer ? 'an integer' : 'a number'
    const range = max === Number.POSITIVE_INFINITY ? `>= ${min}` : `from ${min} to ${max}`
    throw new TypeError(`${name} must be ${kind} ${range}, got ${String(value)}`)
  }
  return value
}

function consoleLog(line: string): void {
  console.log(line)
}

/** Fills in defaults and rejects nonsense early, with a message naming the option. */
export function resolveOptions(options: DevServerOptions = {}): ResolvedOptions {
  const otp = options.otp ?? {}
  const corsOrigins = parseOriginPolicy(options.corsOrigins ?? LOOPBACK_ORIGINS)
  const log = options.log === true ? consoleLog : options.log || undefined
  if (log !== undefined && typeof log !== 'function') {
    throw new TypeError('log must be a boolean or a function')
  }
  const host = options.host ?? '127.0.0.1'
  if (typeof host !== 'string' || host === '')
    throw new TypeError('host must be a non-empty string')
  return {
    port: number(options.port, 'port', 8787, 0, { integer: true, max: 65_535 }),
    host,
    tokenTtlSeconds: number(options.tokenTtlSeconds, 'tokenTtlSeconds', 300, 1, { integer: true }),
    refreshGraceSeconds: number(options.refreshGraceSeconds, 'refreshGraceSeconds', 10, 0),
    refreshTtlSeconds: number(options.refreshTtlSeconds, 'refreshTtlSeconds', 0, 0),
    otpTtlSeconds: number(options.otpTtlSeconds, 'otpTtlSeconds', 300, 0),
    otp: {
      cooldownSeconds: number(otp.cooldownSeconds, 'otp.cooldownSeconds', 30, 0),
      maxSendsPerMinute: number(otp.maxSendsPerMinute, 'otp.maxSendsPerMinute', 3, 1),
      maxAttempts: number(otp.maxAttempts, 'otp.maxAttempts', 3, 1, { integer: true }),
    },
    users: options.users ?? DEFAULT_USERS,
    devRoutes: options.devRoutes ?? true,
    corsOrigins,
    log,
    onCode: options.onCode,
    now: options.now ?? Date.now,
  }
}
