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
  const left = () => {
    const at = $otp.get().resendAvailableAt
    return at === null ? 0 : Math.max(0, Math.ceil((at - Date.now()) / 1000))
  }
  const $seconds = atom(0)
  // Started by the first listener, stopped by the atom's `off` when the last one leaves: what
  // nanostores' `onMount` does, without its lifecycle module (0.3 kB gzip in every adapter).
  let stop: (() => void) | undefined
  const start = () => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = () => {
      clearTimeout(timer)
      const seconds = left()
      $seconds.set(seconds)
      const at = $otp.get().resendAvailableAt
      // Wake exactly at the next whole-second boundary of the countdown.
      if (seconds > 0 && at !== null) timer = setTimeout(tick, (at - Date.now()) % 1000 || 1000)
    }
    tick()
    const unlisten = $otp.listen(tick)
    return () => {
      clearTimeout(timer)
      unlisten()
    }
  }
  const listen = $seconds.listen
  $seconds.listen = (listener) => {
    stop ??= start()
    return listen(listener)
  }
  $seconds.off = () => {
    stop?.()
    stop = undefined
  }
  cache.set($otp, $seconds)
  return $seconds
}
