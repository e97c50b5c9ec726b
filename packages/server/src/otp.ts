import { AuthError } from '@auth-state/core/server'
import { isEmail, normalizeEmail, PATHS } from '@auth-state/wire'
import {
  authHeaders,
  type Context,
  clientAddress,
  readCookieSession,
  sessionCookie,
} from './context'
import { isId } from './request-body'
import { fail, failFrom, ok } from './respond'
import type { SessionRecord } from './session-view'
import { viewOf } from './session-view'
import { Throttle } from './throttle'
import { tokenExpiry } from './token-expiry'
import { isRejection } from './upstream'

/** Wrong codes one sent code survives, as the identity API's rule (and the vendor's advice). */
export const MAX_ATTEMPTS = 3
const MAX_FLOWS = 10_000

/** A random session id: 256 bits from Web Crypto. */
function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function readEmail(body: Record<string, unknown>, call: string): string {
  const email = typeof body.email === 'string' ? normalizeEmail(body.email) : ''
  if (!isEmail(email))
    throw new AuthError('invalid_input', `${call}: email must be an email address`)
  return email
}

/**
 * Sending and checking codes, with the server's own throttles per email and per client address
 * (the page's throttle is a courtesy; this one holds against a script). In this process's
 * memory, bounded: with several instances each throttles what it sees.
 */
export function createOtp(c: Context) {
  const { now } = c.o
  const t = c.o.throttle
  const sendEmail = new Throttle(t.sendPerEmail, now)
  const sendAddress = new Throttle(t.sendPerAddress, now)
  const verifyEmail = new Throttle(t.verifyPerEmail, now)
  const verifyAddress = new Throttle(t.verifyPerAddress, now)
  // Wrong codes since the last send, per email.
  const wrong = new Map<string, number>()
  const setWrong = (email: string, n: number) => {
    wrong.delete(email)
    wrong.set(email, n)
    while (wrong.size > MAX_FLOWS) wrong.delete(wrong.keys().next().value as string)
  }

  async function send(request: Request, body: Record<string, unknown>): Promise<Response> {
    const call = '[POST] otp/send'
    const email = readEmail(body, call)
    const address = clientAddress(c, request)
    const byEmail = sendEmail.check(email)
    if (!byEmail.ok)
      return fail(
        429,
        byEmail.why === 'gap' ? 'otp_cooldown' : 'otp_send_limit',
        `${call}: wait before sending another code`,
        { retryAfterSeconds: byEmail.retryAfterSeconds },
      )
    const byAddress = sendAddress.check(address)
    if (!byAddress.ok)
      return fail(429, 'otp_send_limit', `${call}: too many codes sent from here`, {
        retryAfterSeconds: byAddress.retryAfterSeconds,
      })
    sendEmail.record(email)
    sendAddress.record(address)
    const sentAt = now()
    // Registered or not, the same calls and the same answer: nobody learns who has an account.
    const availability = await c.upstream.identity(
      PATHS.checkAvailability,
      { email },
      c.o.timeoutMs,
    )
    if (availability.isAvailableEmail !== true) {
      try {
        await c.upstream.identity(PATHS.sendOtp, { email }, c.o.timeoutMs)
      } catch (error) {
        // A refusal or a 429 (a code went out recently) answers like a send.
        if (!isRejection(error) && (error as AuthError).code !== 'rate_limited') throw error
      }
    }
    setWrong(email, 0)
    const gap = t.sendPerEmail.gapSeconds ?? 0
    return ok({ email, sentAt, resendAvailableAt: sentAt + gap * 1000 })
  }

  async function verify(request: Request, body: Record<string, unknown>): Promise<Response> {
    const call = '[POST] otp/verify'
    const email = readEmail(body, call)
    const code = body.code
    if (typeof code !== 'string' || !/^[\x21-\x7e]{1,64}$/.test(code))
      throw new AuthError('invalid_input', `${call}: code must be a short string`)
    const address = clientAddress(c, request)
    for (const [throttle, key] of [
      [verifyEmail, email],
      [verifyAddress, address],
    ] as const) {
      const verdict = throttle.check(key)
      if (!verdict.ok)
        return fail(429, 'rate_limited', `${call}: too many attempts`, {
          retryAfterSeconds: verdict.retryAfterSeconds,
        })
    }
    verifyEmail.record(email)
    verifyAddress.record(address)
    const failed = wrong.get(email) ?? 0
    if (failed >= MAX_ATTEMPTS)
      return fail(400, 'otp_attempts_exhausted', `${call}: too many wrong codes; send a new one`, {
        attemptsLeft: 0,
      })

    let data: Record<string, unknown>
    try {
      data = await c.upstream.identity(
        PATHS.login,
        { email, password: code, isOTP: true },
        c.o.timeoutMs,
      )
    } catch (error) {
      if (!isRejection(error)) return failFrom(error)
      setWrong(email, failed + 1)
      return fail(401, 'otp_invalid', `${call}: wrong or expired code`, {
        attemptsLeft: Math.max(0, MAX_ATTEMPTS - failed - 1),
      })
    }
    const accountId = data.accountId ?? null
    if (
      typeof data.token !== 'string' ||
      !data.token ||
      typeof data.refreshToken !== 'string' ||
      !data.refreshToken ||
      !isId(data.organizationId) ||
      (accountId !== null && !isId(accountId))
    )
      return fail(502, 'invalid_response', '[POST] /identity/user/login: unexpected data shape')
    wrong.delete(email)

    const at = now()
    const record: SessionRecord = {
      email,
      organizationId: data.organizationId,
      accountId: accountId as string | null,
      token: data.token,
      refreshToken: data.refreshToken,
      expiresAt: tokenExpiry(data.token),
      refreshedAt: at,
      sessionExpiresAt: at + c.o.sessionTtlMs,
      activeAt: at,
    }
    // A sign-in over an old session replaces it: a new id, the old one forgotten and revoked.
    const previous = await readCookieSession(c, request)
    const old = previous.cookie ? await c.sessions.end(previous.cookie.id) : null
    if (old)
      await c.upstream
        .identity(PATHS.logout, {}, c.o.timeoutMs, Object.fromEntries(authHeaders(c, old)))
        .catch(() => {})
    const id = newSessionId()
    await c.sessions.save(id, record)
    return ok(viewOf(record, c.o.idleTimeoutMs), [await sessionCookie(c, request, id, record)])
  }

  return { send, verify }
}
