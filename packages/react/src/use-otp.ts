import { type AuthClient, type OtpState, resendCountdown } from '@auth-state/core'
import { useAuth } from './context'
import { identity, useStore } from './use-store'

export interface UseOtpResult {
  /** The sign-in flow's state; pass it to `otpMessage` for the text to show. */
  state: OtpState
  sendOtp: AuthClient['sendOtp']
  verifyOtp: AuthClient['verifyOtp']
  /** Back to email entry. */
  reset: AuthClient['resetOtp']
  /** Whole seconds until a new code may be sent; 0 when it may. Ticks only while mounted. */
  secondsUntilResend: number
}

/**
 * The one-time-code sign-in flow.
 *
 * @example
 * const { state, sendOtp, verifyOtp, secondsUntilResend } = useOtp()
 * const message = otpMessage(state)
 * return state.step === 'code-sent'
 *   ? <CodeForm onCode={verifyOtp} />
 *   : <EmailForm onEmail={sendOtp} wait={secondsUntilResend} />
 */
export function useOtp(): UseOtpResult {
  const auth = useAuth()
  return {
    // The server shows the flow at rest (it has no storage); the restored state follows hydration.
    state: useStore(auth.$otp, auth.initialOtp, identity, Object.is),
    sendOtp: auth.sendOtp,
    verifyOtp: auth.verifyOtp,
    reset: auth.resetOtp,
    // The server never counts down: a countdown there would not match the browser's clock.
    secondsUntilResend: useStore(resendCountdown(auth.$otp), 0, identity, Object.is),
  }
}
