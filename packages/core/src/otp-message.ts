import { AuthError } from './errors'
import type { OtpState } from './otp'

const seconds = (error: AuthError) =>
  error.retryAfterSeconds === undefined ? 'a moment' : `${error.retryAfterSeconds} s`

/**
 * Human wording for the OTP flow, safe against account enumeration: nothing it says depends on
 * whether an email is registered. Pass the flow's state (or just an error); null means "say
 * nothing".
 *
 * @example
 * const message = otpMessage(auth.$otp.get())
 */
export function otpMessage(input: OtpState | AuthError | null | undefined): string | null {
  if (!input) return null
  if (!(input instanceof AuthError)) {
    if (input.step === 'locked') return 'Too many incorrect codes. Request a new code.'
    if (input.error) return otpMessage(input.error)
    if (input.step === 'code-sent') return 'If this email is registered, you will receive a code.'
    return null
  }
  switch (input.code) {
    case 'invalid_input':
      return input.message
    // The cooldown is per email (another address can be sent to at once); the cap is per browser.
    case 'otp_cooldown':
      return `You can request a new code for this email in ${seconds(input)}.`
    case 'otp_send_limit':
      return `Too many codes requested from this browser. Try again in ${seconds(input)}.`
    case 'otp_invalid':
      return 'That code is incorrect or has expired.'
    case 'otp_attempts_exhausted':
      return 'Too many incorrect codes. Request a new code.'
    case 'otp_not_requested':
      return 'Request a code first.'
    case 'rate_limited':
      return `Too many requests. Try again in ${seconds(input)}.`
    case 'network':
      return 'Cannot reach the server. Check your connection and try again.'
    case 'session_expired':
    case 'unauthenticated':
      return 'Your session has ended. Please sign in again.'
    default:
      return 'Something went wrong. Please try again.'
  }
}
