/** Every way an auth-state call can fail. Branch on `code`, never on `message`. */
export type AuthErrorCode =
  | 'invalid_input'
  | 'otp_cooldown'
  | 'otp_send_limit'
  | 'otp_invalid'
  | 'otp_attempts_exhausted'
  | 'otp_not_requested'
  | 'unauthenticated'
  | 'session_expired'
  | 'rate_limited'
  | 'network'
  | 'server'
  | 'invalid_response'
  /** Storage refused a write (quota, private mode); the session is kept in memory only. */
  | 'storage'
  /**
   * The client's mode has no such thing: a server-session client holds no token (`getToken`)
   * and offers no email lookup (`isEmailRegistered`).
   */
  | 'unsupported'

/**
 * Where each code is explained. Production builds (`process.env.NODE_ENV === 'production'`) leave
 * the full messages out and show the code with this link; development builds keep them.
 */
export const ERRORS_DOCS = 'https://github.com/auth-state/auth-state/blob/main/docs/errors.md'

export interface AuthErrorOptions {
  status?: number
  retryAfterSeconds?: number
  cause?: unknown
}

/**
 * The one error class of auth-state. Its message names the call (`[POST] /identity/user/login:
 * 401`) and never carries a token, refresh token or code; its `cause` is a scrubbed copy of the
 * underlying error, never the raw fetch error (which holds request headers and response bodies).
 *
 * @example
 * try { await auth.verifyOtp(code) } catch (e) {
 *   if (e instanceof AuthError && e.code === 'otp_invalid') showRetry()
 * }
 */
export class AuthError extends Error {
  override readonly name = 'AuthError'
  readonly code: AuthErrorCode
  readonly status?: number
  readonly retryAfterSeconds?: number

  /**
   * An empty `message` (what production builds pass, see `docs/errors.md`) becomes the code and
   * where the docs explain it.
   */
  constructor(code: AuthErrorCode, message: string, options: AuthErrorOptions = {}) {
    super(
      scrub(message || `${code} (${ERRORS_DOCS}#${code})`),
      options.cause === undefined ? undefined : { cause: safeCause(options.cause) },
    )
    this.code = code
    if (options.status !== undefined) this.status = options.status
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      status: this.status,
      retryAfterSeconds: this.retryAfterSeconds,
    }
  }
}

// JWTs, opaque tokens (long base64url runs) and digit runs the length of a one-time code.
const SECRET_PATTERN = /[\w-]{20,}(?:\.[\w-]+)*|\b\d{4,8}\b/g

/** Removes anything shaped like a token or a one-time code from text that may reach a user. */
export function scrub(text: string): string {
  return text.replace(SECRET_PATTERN, '[redacted]')
}

/**
 * Removes secrets from text: the exact values a client holds, the `extra` ones of the call at
 * hand (what a request carried), then the patterns of `scrub`.
 */
export type Redactor = (text: string, extra?: Iterable<string | null | undefined>) => string

// Shorter values would redact ordinary words; one-time codes have at least 4 digits.
const MIN_SECRET = 4

/**
 * A per-client redactor: it removes the exact secrets the client holds right now (its token,
 * refresh token, the last code typed), in whatever text surrounds them, then anything shaped like
 * a secret. Patterns alone miss a refresh token in standard base64, a short opaque token, or a
 * code glued to letters (`OTP123456`) that a server message echoes back.
 */
export function createRedactor(held: () => Iterable<string | null | undefined>): Redactor {
  return (text, extra = []) => {
    const secrets = new Set<string>()
    for (const value of [...held(), ...extra]) {
      if (typeof value !== 'string' || value.length < MIN_SECRET) continue
      secrets.add(value)
      // The same secret as a server may echo it inside a URL or a form body.
      secrets.add(encodeURIComponent(value))
    }
    // Longest first, so that a secret containing another is removed whole.
    for (const secret of [...secrets].sort((a, b) => b.length - a.length))
      text = text.split(secret).join('[redacted]')
    return scrub(text)
  }
}

/**
 * Redacts a thrown AuthError's message in place, `extra` secrets too, and returns it. Messages
 * name the call (`[GET] /path?…`), which may carry a secret; they are built raw on the way and
 * redacted here, once, when something failed: most calls never do, and pay nothing for it.
 */
export function redactThrown(
  error: unknown,
  redact: Redactor,
  extra?: Iterable<string | null | undefined>,
): unknown {
  if (error instanceof AuthError) error.message = redact(error.message, extra)
  return error
}

/** A copy of `cause` that keeps its name and a redacted message, nothing else. */
export function redactedCause(cause: unknown, redact: Redactor): Error {
  if (cause instanceof AuthError) return cause
  const source = cause instanceof Error ? cause : new Error(String(cause))
  const copy = new Error(redact(source.message))
  copy.name = source.name
  copy.stack = undefined
  return copy
}

// A cause keeps only a name and a scrubbed message: fetch errors hold headers and bodies.
const safeCause = (cause: unknown): Error => redactedCause(cause, scrub)
