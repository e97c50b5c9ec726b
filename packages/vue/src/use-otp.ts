import { type AuthClient, type OtpState, resendCountdown } from '@auth-state/core'
import type { Ref } from 'vue'
import { useAuth } from './plugin'
import { useStore } from './use-store'

export interface UseOtpResult {
  /** The sign-in flow's state; pass it to `otpMessage` for the text to show. */
  state: Readonly<Ref<OtpState>>
  sendOtp: AuthClient['sendOtp']
  verifyOtp: AuthClient['verifyOtp']
  /** Back to email entry. */
  reset: AuthClient['resetOtp']
  /** Whole seconds until a new code may be sent; 0 when it may. Ticks only while in scope. */
  secondsUntilResend: Readonly<Ref<number>>
}

/**
 * The one-time-code sign-in flow.
 *
 * @example
 * const { state, sendOtp, verifyOtp, secondsUntilResend } = useOtp()
 * const message = computed(() => otpMessage(state.value))
 */
export function useOtp(): UseOtpResult {
  const auth = useAuth()
  return {
    // The server shows the flow at rest (it has no storage); the restored state follows hydration.
    state: useStore(auth.$otp, auth.initialOtp),
    sendOtp: auth.sendOtp,
    verifyOtp: auth.verifyOtp,
    reset: auth.resetOtp,
    // The server never counts down: a countdown there would not match the browser's clock.
    secondsUntilResend: useStore(resendCountdown(auth.$otp), 0),
  }
}
