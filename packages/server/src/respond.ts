import { AuthError, type AuthErrorCode } from '@auth-state/core/server'

/** An error code on the wire: core's, plus `forbidden` for a refused cross-site request. */
export type WireErrorCode = AuthErrorCode | 'forbidden'

export interface ErrorExtras {
  retryAfterSeconds?: number
  attemptsLeft?: number
}

const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
}

function respond(
  status: number,
  body: unknown,
  cookies: string[],
  extra: Record<string, string> = {},
): Response {
  const response = new Response(JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, ...extra },
  })
  // Appended to the response, not passed to its constructor: a DOM test environment's Response
  // (vitest's happy-dom) drops a Set-Cookie given to the constructor, as it would from page code,
  // so a component test of a server-session app would never hold a session.
  for (const cookie of cookies) response.headers.append('set-cookie', cookie)
  return response
}

/** `200 { status: true, data }`. */
export function ok(data: unknown, cookies: string[] = []): Response {
  return respond(200, { status: true, data }, cookies)
}

/** `{ status: false, error: { code, message, ... } }`; a 429 also sends `Retry-After`. */
export function fail(
  status: number,
  code: WireErrorCode,
  message: string,
  extras: ErrorExtras = {},
  cookies: string[] = [],
): Response {
  const error: Record<string, unknown> = { code, message }
  if (extras.retryAfterSeconds !== undefined) error.retryAfterSeconds = extras.retryAfterSeconds
  if (extras.attemptsLeft !== undefined) error.attemptsLeft = extras.attemptsLeft
  const headers: Record<string, string> =
    status === 429 && extras.retryAfterSeconds !== undefined
      ? { 'retry-after': String(extras.retryAfterSeconds) }
      : {}
  return respond(status, { status: false, error }, cookies, headers)
}

const STATUS: Partial<Record<AuthErrorCode, number>> = {
  invalid_input: 400,
  otp_not_requested: 400,
  otp_attempts_exhausted: 400,
  otp_invalid: 401,
  unauthenticated: 401,
  session_expired: 401,
  otp_cooldown: 429,
  otp_send_limit: 429,
  rate_limited: 429,
}

/** The answer for an error thrown while serving: its code and (scrubbed) message, nothing else. */
export function failFrom(error: unknown, cookies: string[] = []): Response {
  if (error instanceof AuthError) {
    const status = STATUS[error.code] ?? (/timed out/.test(error.message) ? 504 : 502)
    return fail(
      status,
      error.code,
      error.message,
      { retryAfterSeconds: error.retryAfterSeconds },
      cookies,
    )
  }
  return fail(500, 'server', 'internal error', {}, cookies)
}
