import { atom, type ReadableAtom } from 'nanostores'
import type { OtpState } from './otp'

const cache = new WeakMap<ReadableAtom<OtpState>, ReadableAtom<number>>()

/**
 * Whole seconds until a new code may be sent, for a resend button. It ticks once a second only
 * while something is subscribed and a cooldown is running; with no subscriber it holds no timer.
 * One store per `$otp`, shared by every component that shows it.
 *
 * @example
 * resendCountdown(auth.$otp).subscribe((s) => { button.textContent = s ? `Resend in ${s}s` : 'Resend' })
 */
export function resendCountdown($otp: ReadableAtom<OtpState>): ReadableAtom<number> {
  const cached = cache.get($otp)
  if (cached) return cached
  const $seconds = atom(0)
  // Started by the first listener (none counted yet), stopped by the atom's `off`, which nanostores
  // calls when the last one leaves: what nanostores' `onMount` does, without its lifecycle module
  // (0.3 kB gzip in every adapter).
  let timer: ReturnType<typeof setTimeout> | undefined
  let unlisten: (() => void) | undefined
  const tick = () => {
    clearTimeout(timer)
    // No cooldown (null) counts as one long over.
    const ms = ($otp.get().resendAvailableAt ?? 0) - Date.now()
    $seconds.set(Math.max(0, Math.ceil(ms / 1000)))
    // Wake exactly at the next whole-second boundary of the countdown.
    if (ms > 0) timer = setTimeout(tick, ms % 1000 || 1000)
  }
  const listen = $seconds.listen
  $seconds.listen = (listener) => {
    if (!$seconds.lc) {
      tick()
      unlisten = $otp.listen(tick)
    }
    return listen(listener)
  }
  $seconds.off = () => {
    clearTimeout(timer)
    unlisten?.()
  }
  cache.set($otp, $seconds)
  return $seconds
}
