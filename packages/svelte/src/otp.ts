import { type AuthClient, type OtpState, resendCountdown } from '@auth-state/core'
import { BROWSER } from 'esm-env'
import { type Readable, readable } from 'svelte/store'
import { getAuthContext } from './context'
import { hydrated } from './hydrated'

export interface OtpStores {
  /** The sign-in flow's state; pass `$state` to `otpMessage` for the text to show. */
  state: Readable<OtpState>
  sendOtp: AuthClient['sendOtp']
  verifyOtp: AuthClient['verifyOtp']
  /** Back to email entry. */
  reset: AuthClient['resetOtp']
  /** Whole seconds until a new code may be sent; 0 when it may. Ticks only while subscribed. */
  secondsUntilResend: Readable<number>
}

/**
 * The one-time-code sign-in flow. In runes mode `$state` is the rune, so rename the store.
 *
 * @example
 * <script>
 *   const { state: otp, sendOtp, verifyOtp, secondsUntilResend } = getOtp()
 * </script>
 * <p>{otpMessage($otp) ?? ''}</p>
 * <button disabled={$secondsUntilResend > 0}>Resend</button>
 */
export function getOtp(): OtpStores {
  const { client: auth, mounted } = getAuthContext()
  return {
    // The server shows the flow at rest (it has no storage); the restored state follows mounting.
    state: BROWSER ? hydrated(auth.$otp, auth.initialOtp, mounted) : readable(auth.initialOtp),
    sendOtp: auth.sendOtp,
    verifyOtp: auth.verifyOtp,
    reset: auth.resetOtp,
    // The server never counts down: a countdown there would not match the browser's clock.
    secondsUntilResend: BROWSER ? resendCountdown(auth.$otp) : readable(0),
  }
}
