import { AuthError, type AuthErrorCode, type OtpState } from '@auth-state/core'
import type { SignInForm } from '@auth-state/server'

/**
 * The sign-in form the server saw (`auth.signInForm`: what the plain form posts left) as the
 * `OtpState` the page's flow shows, so one component renders both before and after hydration.
 */
export function formOtpState(form: SignInForm, initial: OtpState): OtpState {
  return {
    ...initial,
    step: form.step === 'code' ? 'code-sent' : 'idle',
    email: form.email,
    attemptsLeft: form.attemptsLeft,
    // The code only: the message is core's otpMessage, worded as for the page's own flow.
    error: form.error ? new AuthError(form.error as AuthErrorCode, 'Sign-in form') : null,
  }
}
