import type { Hono } from 'hono'
import { readAccessToken } from './auth-headers'
import { ok } from './envelope'
import { HttpError } from './http-error'
import { readJsonObject, requireEmail, requireString } from './request-body'
import type { AppEnv, DevState } from './state'

const INVALID_CODE = 'Invalid or expired code'

/** The vendor's identity endpoints: availability, OTP send, login, refresh, logout. */
export function registerIdentityRoutes(app: Hono<AppEnv>, state: DevState): void {
  app.post('/identity/user/email/check-availability', async (c) => {
    const email = requireEmail(await readJsonObject(c))
    return ok(c, { isAvailableEmail: state.users.find(email) === undefined })
  })

  app.post('/identity/user/otp/email', async (c) => {
    const email = requireEmail(await readJsonObject(c))
    // Deliberately vague: the vendor's own guidance is not to reveal who is registered.
    if (!state.users.find(email)) throw new HttpError(400, 'Unable to send a code to this email')
    const sent = state.otp.send(email)
    if (!sent.ok) {
      throw new HttpError(
        429,
        `Too many codes requested; try again in ${sent.retryAfterSeconds} s`,
        { 'Retry-After': String(sent.retryAfterSeconds) },
      )
    }
    state.secrets.add(sent.code)
    const message = { email, code: sent.code, sentAt: state.now() }
    state.inbox.deliver(message)
    state.options.onCode?.({ ...message })
    return ok(c, { email }, 'Code sent')
  })

  app.post('/identity/user/login', async (c) => {
    const body = await readJsonObject(c)
    const email = requireEmail(body)
    const code = requireString(body, 'password')
    if (body.isOTP !== true) {
      throw new HttpError(400, 'isOTP must be true: only one-time-code login is supported')
    }
    const user = state.users.find(email)
    // Unknown email and wrong code answer alike, so login cannot probe for accounts.
    if (!user || !state.otp.verify(user.email, code)) throw new HttpError(401, INVALID_CODE)
    const pair = await state.tokens.createSession(user)
    return ok(
      c,
      {
        ...pair,
        organizationId: user.organizationId,
        accountId: user.accountId,
        user: { email: user.email, name: user.name },
      },
      'Logged in',
    )
  })

  app.post('/identity/user/refresh-token', async (c) => {
    const refreshToken = requireString(await readJsonObject(c), 'refreshToken')
    const result = await state.tokens.refresh(refreshToken)
    if (!result.ok) {
      const message =
        result.reason === 'reused'
          ? 'Refresh token reuse detected; the session has been revoked'
          : 'Invalid or revoked refresh token'
      throw new HttpError(401, message)
    }
    return ok(c, result.pair, 'Token refreshed')
  })

  // Always 200: the client clears its state whatever happens, so there is nothing to report.
  app.post('/identity/user/logout', async (c) => {
    const token = readAccessToken(c)
    if (token) await state.tokens.revokeByAccessToken(token)
    return ok(c, {}, 'Logged out')
  })
}
