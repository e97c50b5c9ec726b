import { atom, type ReadableAtom } from 'nanostores'
import * as z from 'zod/mini'
import { AuthError, type AuthErrorCode } from './errors'
import { parseCode, parseEmail } from './input'
import type { OtpOptions } from './options'
import { availabilityData, type StoredOtp } from './schemas'
import { chain, type PersistedValue } from './storage'
import type { Transport } from './transport'

export type OtpStep = 'idle' | 'sending' | 'code-sent' | 'verifying' | 'locked'

/**
 * The sign-in flow as a UI needs it. Times are epoch ms, so a UI computes its own countdown:
 * the atom changes only when the flow does, never once a second. `sendsLeft` is counted at the
 * last change.
 */
export interface OtpState {
  step: OtpStep
  email: string | null
  resendAvailableAt: number | null
  sendsLeft: number
  attemptsLeft: number
  error: AuthError | null
}

export interface OtpFlow {
  $otp: ReadableAtom<OtpState>
  sendOtp(email: string): Promise<void>
  verifyOtp(code: string): Promise<void>
  resetOtp(): void
  isEmailRegistered(email: string): Promise<boolean>
}

export interface OtpDeps {
  transport: Transport
  options: Required<OtpOptions>
  store: PersistedValue<StoredOtp>
  login(input: { email: string; otp: string }): Promise<void>
  now: () => number
}

const WINDOW = 60_000
const CHECK = '/identity/user/email/check-availability'
const SEND = '/identity/user/otp/email'

export function createOtpFlow(deps: OtpDeps): OtpFlow {
  const { options, now } = deps
  let sends: number[] = []
  let resendAvailableAt: number | null = null
  let sending: Promise<void> | undefined
  let verifying: Promise<void> | undefined

  const recent = () => {
    const t = now()
    sends = sends.filter((at) => at > t - WINDOW && at <= t)
    return sends
  }
  const idle = (): OtpState => ({
    step: 'idle',
    email: null,
    resendAvailableAt,
    sendsLeft: Math.max(0, options.maxSendsPerMinute - recent().length),
    attemptsLeft: options.maxAttempts,
    error: null,
  })
  const $otp = atom<OtpState>(idle())
  const set = (patch: Partial<OtpState>) => $otp.set({ ...$otp.get(), ...patch })
  const persist = () => deps.store.write({ v: 1, sends: recent(), resendAvailableAt })

  // The throttle survives a reload: a new client on the same storage starts where it stopped.
  const loaded = chain(deps.store.read(), (stored) => {
    if (stored) {
      sends = stored.sends
      resendAvailableAt = stored.resendAvailableAt
      if ($otp.get().step === 'idle') $otp.set(idle())
    }
  })

  // Puts the error in the state for the UI, then throws it for the caller.
  function fail(error: AuthError, patch: Partial<OtpState> = {}): never {
    set({ ...patch, error })
    throw error
  }
  const refuse = (code: AuthErrorCode, message: string, retryAt: number): never =>
    fail(new AuthError(code, message, { retryAfterSeconds: Math.ceil((retryAt - now()) / 1000) }))

  async function send(input: string) {
    await loaded
    let email: string
    try {
      email = parseEmail(input)
    } catch (error) {
      return fail(error as AuthError)
    }
    const t = now()
    if (resendAvailableAt !== null && t < resendAvailableAt)
      refuse('otp_cooldown', 'A new code can be requested shortly', resendAvailableAt)
    const window = recent()
    if (window.length >= options.maxSendsPerMinute)
      refuse('otp_send_limit', 'Too many codes requested', window[0]! + WINDOW)
    // Counted before the request: a flaky network must not become a way round the limit.
    sends.push(t)
    persist()
    const before = $otp.get()
    set({ step: 'sending', error: null })
    try {
      const started = now()
      const { isAvailableEmail } = await deps.transport.post(CHECK, { email }, availabilityData)
      if (isAvailableEmail) {
        // Not registered: send nothing, but take about as long as a send would, and end in
        // exactly the state a registered email ends in, so the UI cannot tell them apart.
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, now() - started)))
      } else {
        await deps.transport.post(SEND, { email }, z.unknown())
      }
    } catch (error) {
      const e = error as AuthError
      if (e.code === 'rate_limited' && e.retryAfterSeconds !== undefined) {
        resendAvailableAt = now() + e.retryAfterSeconds * 1000
        persist()
      }
      fail(e, { step: before.step, resendAvailableAt, sendsLeft: sendsLeft() })
    }
    resendAvailableAt = t + options.resendCooldownSeconds * 1000
    persist()
    $otp.set({
      step: 'code-sent',
      email,
      resendAvailableAt,
      sendsLeft: sendsLeft(),
      attemptsLeft: options.maxAttempts,
      error: null,
    })
  }
  const sendsLeft = () => Math.max(0, options.maxSendsPerMinute - recent().length)

  async function verify(input: string) {
    const state = $otp.get()
    if (state.step === 'locked')
      fail(new AuthError('otp_attempts_exhausted', 'Too many incorrect codes; request a new one'))
    if (state.step !== 'code-sent' || !state.email)
      fail(new AuthError('otp_not_requested', 'Request a code before verifying one'))
    let code: string
    try {
      code = parseCode(input)
    } catch (error) {
      return fail(error as AuthError)
    }
    set({ step: 'verifying', error: null })
    try {
      await deps.login({ email: state.email, otp: code })
    } catch (error) {
      const e = error as AuthError
      if (e.code !== 'otp_invalid') fail(e, { step: 'code-sent' })
      const attemptsLeft = state.attemptsLeft - 1
      fail(e, { step: attemptsLeft > 0 ? 'code-sent' : 'locked', attemptsLeft })
    }
    $otp.set(idle())
  }

  return {
    $otp,
    sendOtp(email) {
      // A double click shares the send in flight instead of spending another.
      sending ??= send(email).finally(() => {
        sending = undefined
      })
      return sending
    },
    verifyOtp(code) {
      verifying ??= verify(code).finally(() => {
        verifying = undefined
      })
      return verifying
    },
    resetOtp() {
      $otp.set(idle())
    },
    async isEmailRegistered(input) {
      const email = parseEmail(input)
      const { isAvailableEmail } = await deps.transport.post(CHECK, { email }, availabilityData)
      return !isAvailableEmail
    },
  }
}
