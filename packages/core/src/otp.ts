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
 * last change. `resendAvailableAt` is the cooldown of `email` (the flow's), or of the email a refused
 * send named; null at email entry, where every other email may be sent to.
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
  /** The flow at rest before storage is read (the clients' `initialOtp`): `$otp`'s first value. */
  initialOtp: OtpState
  sendOtp(email: string): Promise<void>
  verifyOtp(code: string): Promise<void>
  resetOtp(): void
  isEmailRegistered(email: string): Promise<boolean>
}

export interface OtpDeps {
  /** Sends a code to a parsed email (see `OtpSend`): the flow's only network call but `login`. */
  send: OtpSend
  /**
   * Whether an email has an account. Both clients give one (the server-session client's rejects
   * with `unsupported`); a flow without it (a test's) rejects at `isEmailRegistered`.
   */
  isEmailRegistered?: (email: string) => Promise<boolean>
  options: Required<OtpOptions>
  store: PersistedValue<StoredOtp>
  login(input: { email: string; otp: string }): Promise<void>
  now: () => number
}

const WINDOW = 60_000

type Flow = NonNullable<StoredOtp['flow']>
type Sent = Pick<Flow, 'email' | 'sentAt'>
/** One email's waits: its last send (the resend cooldown) and the server's last 429. */
type Waits = { sentAt?: number; retryAt?: number }

const later = (a?: number, b?: number) => (a === undefined ? b : Math.max(a, b ?? a))
const sameSend = (a: Sent | null, b: Sent) => a?.sentAt === b.sentAt && a.email === b.email
/** A clock that never steps (ms). */
const elapsed = () => globalThis.performance?.now() ?? Date.now()
/** `run`, but a call while one is in flight gets that one's promise. */
const single = (run: (input: string) => Promise<void>) => {
  let running: Promise<void> | undefined
  return (input: string) =>
    (running ??= run(input).finally(() => {
      running = undefined
    }))
}

/**
 * The OTP flow. Everything it must remember across tabs and reloads lives in one storage record:
 * the send times (the cap for the whole browser), each email's last send and server wait (its
 * cooldown), and the flow in progress (email, send time, attempts left; never the code). Every
 * send and every verify reads that record first and merges it, so tabs share one throttle and
 * one count of attempts.
 */
export function createOtpFlow(deps: OtpDeps): OtpFlow {
  const { options, now } = deps
  const cooldownMs = options.resendCooldownSeconds * 1000
  const lifetimeMs = options.codeLifetimeSeconds * 1000
  // Send times on this device's clock, oldest first. One in the future was taken while the clock
  // ran fast: dropped, so a corrected clock is not left with a cooldown longer than configured.
  let sends: number[] = []
  const waits = new Map<string, Waits>()
  let flow: Flow | null = null
  // The send time of the last flow that ended: a tab still showing it must not bring it back.
  let ended: number | undefined

  const recent = () => {
    const t = now()
    sends = sends.filter((at) => at <= t && at > t - WINDOW)
    return sends
  }
  const sendsLeft = () => Math.max(0, options.maxSendsPerMinute - recent().length)
  // An email's cooldown runs from its last send, so it never exceeds its configured length; the
  // server's wait for it, capped, may be longer.
  const resendAt = (email: string | null | undefined): number | null => {
    // No send: a sentAt never reached. A send time in the future (a clock since stepped back) is
    // not trusted for a cooldown.
    const { sentAt = Infinity, retryAt = 0 } = waits.get(email as string) ?? {}
    const t = now()
    const at = Math.max(
      sentAt <= t ? sentAt + cooldownMs : 0,
      Math.min(retryAt, t + MAX_SERVER_WAIT_MS),
    )
    return at > t ? at : null
  }
  // Each of an email's waits, the later of this tab's and `theirs`.
  const merge = (email: string, theirs: Waits) => {
    const mine = waits.get(email) ?? {}
    waits.set(email, {
      sentAt: later(mine.sentAt, theirs.sentAt),
      retryAt: later(mine.retryAt, theirs.retryAt),
    })
  }
  const prune = () => {
    for (const email of waits.keys()) if (resendAt(email) === null) waits.delete(email)
  }

  // How old a code is. The device clock may step back while the user types the code (a sync, a
  // time zone fix): a code must not die of it. Where this tab first saw a flow, its age is
  // anchored on a clock that never steps, and the code lives by the older of the two ages.
  // An anchor is the steady clock's reading when the code was sent, as this tab first saw it.
  const anchors = new Map<string, number>()
  const age = (f: Flow) => {
    const key = `${f.sentAt}:${f.email}`
    const byClock = now() - f.sentAt
    let anchor = anchors.get(key)
    if (anchor === undefined) {
      // First seen further in the future than a code lives: a clock that was far off, untrusted.
      if (-byClock >= lifetimeMs) return Infinity
      anchor = elapsed() - Math.max(0, byClock)
      anchors.set(key, anchor)
    }
    return Math.max(byClock, elapsed() - anchor)
  }
  // The flow in progress while its code lives, else null.
  const live = (f = flow) => (f && age(f) < lifetimeMs ? f : null)

  // The state for the flow in progress, or email entry when there is none (or its code is dead).
  const current = (f = live()): OtpState => ({
    step: f ? (f.attemptsLeft > 0 ? 'code-sent' : 'locked') : 'idle',
    email: f?.email ?? null,
    resendAvailableAt: resendAt(f?.email),
    sendsLeft: sendsLeft(),
    attemptsLeft: f?.attemptsLeft ?? options.maxAttempts,
    error: null,
  })
  const idle = () => current(null)
  const initialOtp = idle()
  const $otp = atom<OtpState>(initialOtp)
  const set = (patch: Partial<OtpState>) => publish($otp, { ...$otp.get(), ...patch })

  /**
   * Folds what storage holds (other tabs, an earlier page) into memory, never losing progress on
   * either side: the union of the sends, each email's later send and later server wait, the flow
   * storage shows (a flow that ended stays ended), and of two views of one flow the fewer
   * attempts left.
   */
  function adopt(stored: StoredOtp | null) {
    if (stored) {
      sends = [...new Set([...sends, ...stored.sends])].sort((a, b) => a - b)
      for (const { email, ...theirs } of stored.emails ?? []) merge(email, theirs)
      // Every change is written at once, so a flow storage shows and this tab does not is a send
      // made since (here or in another tab): it wins, whatever the clocks say about its time.
      ended = stored.ended ?? ended
      const theirs = stored.flow
      if (theirs && (!sameSend(flow, theirs) || theirs.attemptsLeft < flow!.attemptsLeft))
        flow = theirs
    }
    flow = flow?.sentAt === ended ? null : live()
    // A flow stored under a larger maxAttempts gets this one's.
    if (flow) spent(0)
    prune()
  }
  /** Counts `by` attempts off the flow (a negative `by` gives some back), within 0..maxAttempts. */
  const spent = (by: number) => {
    flow = {
      ...flow!,
      attemptsLeft: Math.min(options.maxAttempts, Math.max(0, flow!.attemptsLeft - by)),
    }
  }

  const write = () => {
    prune()
    deps.store.write({
      v: 1,
      sends: recent(),
      // What older builds read; this one keeps them per email.
      // (Math.max reads a null as 0.)
      resendAvailableAt: Math.max(0, ...([...waits.keys()].map(resendAt) as number[])) || null,
      retryAt: Math.max(0, ...[...waits.values()].map((w) => w.retryAt ?? 0)) || null,
      // The rest is left out while empty: JSON drops an undefined.
      emails: waits.size ? [...waits].map(([email, w]) => ({ email, ...w })) : undefined,
      flow: flow ?? undefined,
      ended,
    })
  }
  // Storage merged in, then `then` in the same turn; synchronous when storage is, so that nothing
  // (another tab's send on the same storage) runs between this read and the check that follows it.
  const refreshed = (then?: () => void) =>
    chain(deps.store.read(), (stored) => {
      adopt(stored)
      then?.()
    })
  // Read-modify-write: what other tabs wrote since the last look is merged first, then `change`
  // applies this tab's own step to the merged record.
  const persist = (change?: () => void) =>
    refreshed(() => {
      change?.()
      write()
    })

  // A reload returns to where the flow was: code entry while the code lives, with its attempts.
  const loaded = refreshed(() => {
    if ($otp.get().step === 'idle') publish($otp, current())
  })

  // Puts the error in the state for the UI, then throws it for the caller.
  function fail(error: AuthError, patch?: Partial<OtpState>): never {
    set({ ...patch, error })
    throw error
  }
  const refuse = (code: AuthErrorCode, message: string, at: number, email?: string): never =>
    fail(new AuthError(code, message, { retryAfterSeconds: Math.ceil((at - now()) / 1000) }), {
      sendsLeft: sendsLeft(),
      ...(email && { resendAvailableAt: at }),
    })
  // A server wait for `email`, capped; the error the caller sees carries the capped wait too.
  function wait(email: string, error: AuthError): AuthError {
    if (error.code !== 'rate_limited' || error.retryAfterSeconds === undefined) return error
    const ms = serverWaitMs(error)
    merge(email, { retryAt: now() + ms })
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
    const read = refreshed()
    if (isPromise(read)) await read
    const t = now()
    const until = resendAt(email)
    if (until !== null)
      refuse(
        'otp_cooldown',
        process.env.NODE_ENV !== 'production'
          ? 'A new code to this email can be requested shortly'
          : '',
        until,
        email,
      )
    // sendsLeft() leaves `sends` as the window holds them, oldest first.
    if (!sendsLeft())
      refuse(
        'otp_send_limit',
        process.env.NODE_ENV !== 'production' ? 'Too many codes requested from this browser' : '',
        sends[0]! + WINDOW,
      )
    // Counted before the request: a flaky network must not become a way round the limit.
    const before = waits.get(email)
    sends.push(t)
    waits.set(email, { ...before, sentAt: t })
    write()
    const state = $otp.get()
    set({ step: 'sending', error: null })
    try {
      const sent = await deps.send(email)
      if (sent?.wait) wait(email, sent.wait)
    } catch (error) {
      const e = wait(email, error as AuthError)
      // A send that proves no code went out is given back; any other may have reached the server.
      persist(() => {
        if (!wasNothingSent(error)) return
        sends = sends.filter((at) => at !== t)
        const w = waits.get(email)
        if (w?.sentAt === t) waits.set(email, { ...w, sentAt: before?.sentAt })
      })
      fail(e, {
        step: state.step,
        resendAvailableAt: resendAt(state.email ?? email),
        sendsLeft: sendsLeft(),
      })
    }
    persist(() => {
      flow = { email, sentAt: t, attemptsLeft: options.maxAttempts }
    })
    publish($otp, current())
  }

  async function verify(input: string) {
    // With a synchronous storage the flow shows `verifying` before verifyOtp returns.
    if (isPromise(loaded)) await loaded
    const notRequested = () =>
      fail(
        new AuthError(
          'otp_not_requested',
          process.env.NODE_ENV !== 'production' ? 'Request a code before verifying one' : '',
        ),
      )
    if ($otp.get().step === 'sending') notRequested()
    // Where every tab has got to with this code: its attempts, even its email and send time.
    const read = refreshed()
    if (isPromise(read)) await read
    const f = live()
    if (!f) {
      // A code past its lifetime is dead: back to email entry rather than spending an attempt.
      reset()
      return notRequested()
    }
    if (f.attemptsLeft <= 0)
      fail(
        new AuthError(
          'otp_attempts_exhausted',
          process.env.NODE_ENV !== 'production'
            ? 'Too many incorrect codes; request a new one'
            : '',
        ),
        current(f),
      )
    let code: string
    try {
      code = parseCode(input)
    } catch (error) {
      return fail(error as AuthError, current(f))
    }
    // The attempt is spent before the request, as a send is counted before it: with a synchronous
    // storage nothing runs between the read above and this write, so two tabs cannot both spend
    // the last attempt. Counted on the flow as storage has it now: other tabs' attempts count too.
    const spend = (by: number) =>
      persist(() => {
        if (sameSend(flow, f)) spent(by)
      })
    spend(1)
    set({ ...current(f), step: 'verifying' })
    try {
      await deps.login({ email: f.email, otp: code })
    } catch (error) {
      const e = error as AuthError
      // Only a wrong code costs an attempt; a failure to get an answer gives it back.
      if (e.code !== 'otp_invalid') spend(-1)
      fail(e, current())
    }
    end(f)
  }

  // The flow is over (signed in, or left for another email): no tab brings it back.
  function end(f: Sent | null) {
    if (f) ended = f.sentAt
    flow = null
    anchors.clear()
    persist()
    publish($otp, idle())
  }
  const reset = () => end(flow)

  return {
    $otp,
    initialOtp,
    // A double click shares the send (or verify) in flight instead of spending another.
    sendOtp: single(send),
    verifyOtp: single(verify),
    resetOtp: reset,
    isEmailRegistered: async (input) => deps.isEmailRegistered!(parseEmail(input)),
  }
}
