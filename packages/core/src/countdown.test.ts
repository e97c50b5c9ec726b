import { atom } from 'nanostores'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resendCountdown } from './countdown'
import type { OtpState } from './otp'

const state = (resendAvailableAt: number | null): OtpState => ({
  step: 'code-sent',
  email: 'ada@example.com',
  resendAvailableAt,
  sendsLeft: 2,
  attemptsLeft: 3,
  error: null,
})

describe('resendCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('counts whole seconds down while subscribed, then stops its timer', async () => {
    const $otp = atom(state(Date.now() + 3_000))
    const $seconds = resendCountdown($otp)
    const seen: number[] = []
    const off = $seconds.subscribe((s) => seen.push(s))
    await vi.advanceTimersByTimeAsync(3_500)
    expect(seen).toEqual([3, 2, 1, 0])
    expect(vi.getTimerCount()).toBe(0)
    off()
  })

  it('holds no timer without a subscriber, and none after the last one leaves', async () => {
    const $otp = atom(state(Date.now() + 30_000))
    const $seconds = resendCountdown($otp)
    expect(vi.getTimerCount()).toBe(0)
    const off = $seconds.listen(() => {})
    expect(vi.getTimerCount()).toBe(1)
    off()
    await vi.advanceTimersByTimeAsync(1_000) // nanostores unmounts after a short delay
    expect(vi.getTimerCount()).toBe(0)
    expect($otp.lc).toBe(0)
  })

  it('restarts when a new send sets a new cooldown, and is shared per $otp', async () => {
    const $otp = atom(state(null))
    expect(resendCountdown($otp)).toBe(resendCountdown($otp))
    const seen: number[] = []
    resendCountdown($otp).subscribe((s) => seen.push(s))
    $otp.set(state(Date.now() + 2_000))
    await vi.advanceTimersByTimeAsync(2_000)
    expect(seen).toEqual([0, 2, 1, 0])
  })
})
