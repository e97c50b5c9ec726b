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

  constructor(code: AuthErrorCode, message: string, options: AuthErrorOptions = {}) {
    super(
      scrub(message),
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

// A cause keeps only a name and a scrubbed message: fetch errors hold headers and bodies.
function safeCause(cause: unknown): Error {
  if (cause instanceof AuthError) return cause
  const source = cause instanceof Error ? cause : new Error(String(cause))
  const copy = new Error(scrub(source.message))
  copy.name = source.name
  copy.stack = undefined
  return copy
}
