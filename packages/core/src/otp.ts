import { atom, type ReadableAtom } from 'nanostores'
import { AuthError, type AuthErrorCode } from './errors'
import { parseCode, parseEmail } from './input'
import type { OtpOptions } from './options'
import { type OtpSend, wasNothingSent } from './otp-send'
import { publish } from './publish'
import type { StoredOtp } from './schemas'
import { MAX_SERVER_WAIT_MS, serverWaitMs } from './server-wait'
import { chain, isPromise, type PersistedValue } from './storage'

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
  /** Sends a code to a parsed email (see `OtpSend`): the flow's only network call but `login`. */
  send: OtpSend
  /** Whether an email has an account; without it, `isEmailRegistered` rejects. */
  isEmailRegistered?: (email: string) => Promise<boolean>
  options: Required<OtpOptions>
  store: PersistedValue<StoredOtp>
  login(input: { email: string; otp: string }): Promise<void>
  now: () => number
}

const WINDOW = 60_000

type Flow = NonNullable<StoredOtp['flow']>

/**
 * The OTP flow. Everything it must remember across tabs and reloads lives in one storage record:
 * the send times (the throttle) and the flow in progress (email, send time, attempts left; never
 * the code). Sends are counted from that record at every send, so tabs share one throttle.
 */
export function createOtpFlow(deps: OtpDeps): OtpFlow {
  const { options, now } = deps
  const cooldownMs = options.resendCooldownSeconds * 1000
  // Send times on this device's clock, oldest first. One in the future was taken while the clock
  // ran fast: dropped, so a corrected clock is not left with a cooldown longer than configured.
  let sends: number[] = []
  // When the server's last 429 lets a send through again.
  let retryAt: number | null = null
  let flow: Flow | null = null
  let sending: Promise<void> | undefined
  let verifying: Promise<void> | undefined

  const recent = () => {
    const t = now()
    sends = sends.filter((at) => at <= t && at > t - Math.max(WINDOW, cooldownMs))
    return sends
  }
  const inWindow = () => recent().filter((at) => at > now() - WINDOW)
  const sendsLeft = () => Math.max(0, options.maxSendsPerMinute - inWindow().length)
  // The cooldown runs from the last send, so it never exceeds its configured length.
  const resendAt = () => {
    const last = recent().at(-1)
    const at = Math.max(last === undefined ? 0 : last + cooldownMs, retryAt ?? 0)
    return at || null
  }
  const live = (f: Flow | null | undefined): f is Flow =>
    !!f && f.sentAt <= now() && now() < f.sentAt + options.codeLifetimeSeconds * 1000

  // The state for the flow in progress, or email entry when there is none (or its code is dead).
  const current = (f = live(flow) ? flow : null): OtpState => ({
    step: f ? (f.attemptsLeft > 0 ? 'code-sent' : 'locked') : 'idle',
    email: f?.email ?? null,
    resendAvailableAt: resendAt(),
    sendsLeft: sendsLeft(),
    attemptsLeft: f?.attemptsLeft ?? options.maxAttempts,
    error: null,
  })
  const idle = () => current(null)
  const $otp = atom<OtpState>(idle())
  const set = (patch: Partial<OtpState>) => publish($otp, { ...$otp.get(), ...patch })

  // Folds what storage holds (other tabs, an earlier page) into memory: the union of both sends,
  // the later server wait, capped.
  function adopt(stored: StoredOtp | null) {
    const t = now()
    if (stored) {
      sends = [...new Set([...sends, ...stored.sends])].sort((a, b) => a - b)
      retryAt = Math.max(retryAt ?? 0, stored.retryAt ?? 0) || null
    }
    if (retryAt !== null) retryAt = retryAt > t ? Math.min(retryAt, t + MAX_SERVER_WAIT_MS) : null
  }
  // Read-modify-write: another tab's sends since the last look are kept. `drop` takes back one
  // send of this tab's that never reached the server.
  const persist = (drop?: number) =>
    chain(deps.store.read(), (stored) => {
      adopt(stored)
      if (drop !== undefined) sends = sends.filter((at) => at !== drop)
      deps.store.write({
        v: 1,
        sends: recent(),
        retryAt,
        // What older builds read; this one derives it from the fields above.
        resendAvailableAt: resendAt(),
        ...(flow && { flow }),
      })
    })

  // A reload returns to where the flow was: code entry while the code lives, with its attempts.
  const loaded = chain(deps.store.read(), (stored) => {
    adopt(stored)
    if (live(stored?.flow))
      flow = {
        ...stored.flow,
        attemptsLeft: Math.min(stored.flow.attemptsLeft, options.maxAttempts),
      }
    if ($otp.get().step === 'idle') publish($otp, current())
  })

  // Puts the error in the state for the UI, then throws it for the caller.
  function fail(error: AuthError, patch: Partial<OtpState> = {}): never {
    set({ ...patch, error })
    throw error
  }
  const refuse = (code: AuthErrorCode, message: string, retryAt: number): never =>
    fail(new AuthError(code, message, { retryAfterSeconds: Math.ceil((retryAt - now()) / 1000) }))
  // A server wait, capped; the error the caller sees carries the capped wait too.
  function wait(error: AuthError): AuthError {
    if (error.code !== 'rate_limited' || error.retryAfterSeconds === undefined) return error
    const ms = serverWaitMs(error)
    retryAt = Math.max(retryAt ?? 0, now() + ms)
    return new AuthError('rate_limited', error.message, {
      status: error.status,
      retryAfterSeconds: ms / 1000,
      cause: error,
    })
  }

  async function send(input: string) {
    await loaded
    let email: string
    try {
      email = parseEmail(input)
    } catch (error) {
      return fail(error as AuthError)
    }
    // The throttle as all tabs left it, read right before the check: with a synchronous storage
    // nothing can run between this read and the write below.
    const stored = deps.store.read()
    adopt(isPromise(stored) ? await stored : stored)
    const t = now()
    const until = resendAt()
    if (until !== null && t < until)
      refuse('otp_cooldown', 'A new code can be requested shortly', until)
    const window = inWindow()
    if (window.length >= options.maxSendsPerMinute)
      refuse('otp_send_limit', 'Too many codes requested', window[0]! + WINDOW)
    // Counted before the request: a flaky network must not become a way round the limit.
    sends.push(t)
    persist()
    const before = $otp.get()
    set({ step: 'sending', error: null })
    try {
      const sent = await deps.send(email)
      if (sent?.wait) wait(sent.wait)
    } catch (error) {
      const e = wait(error as AuthError)
      // A send that proves no code went out is given back; any other may have reached the server.
      persist(wasNothingSent(error) ? t : undefined)
      fail(e, { step: before.step, resendAvailableAt: resendAt(), sendsLeft: sendsLeft() })
    }
    flow = { email, sentAt: t, attemptsLeft: options.maxAttempts }
    persist()
    publish($otp, current())
  }

  async function verify(input: string) {
    const state = $otp.get()
    if (state.step === 'locked')
      fail(new AuthError('otp_attempts_exhausted', 'Too many incorrect codes; request a new one'))
    if (!live(flow) || state.step !== 'code-sent' || !state.email) {
      // A code past its lifetime is dead: back to email entry rather than spending an attempt.
      if (flow) reset()
      fail(new AuthError('otp_not_requested', 'Request a code before verifying one'))
    }
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
      if (flow) flow = { ...flow, attemptsLeft }
      persist()
      fail(e, { step: attemptsLeft > 0 ? 'code-sent' : 'locked', attemptsLeft })
    }
    reset()
  }

  function reset() {
    flow = null
    persist()
    publish($otp, idle())
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
    resetOtp: reset,
    async isEmailRegistered(input) {
      const email = parseEmail(input)
      if (!deps.isEmailRegistered)
        throw new AuthError('invalid_input', 'isEmailRegistered: not available in this mode')
      return deps.isEmailRegistered(email)
    },
  }
}
