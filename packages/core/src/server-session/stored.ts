import type { StoredOtp } from '../schemas'
import { type Validator, VERSION } from '../storage'
import { parseView, type SignedInView } from './view'

/** What this mode keeps under `<storageKey>:view`: the view and a format version. No secret. */
export type StoredView = SignedInView & { v: typeof VERSION }

const ok = <T>(data: T) => ({ success: true as const, data })
const no = { success: false as const }
const time = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** Checks a stored view: a value of another format reads as absent (see `persisted`). */
export const storedView: Validator<StoredView> = {
  safeParse(value) {
    if ((value as { v?: unknown } | null)?.v !== VERSION) return no
    const view = parseView(value)
    return view?.status === 'authenticated' ? ok({ v: VERSION, ...view }) : no
  },
}

/**
 * The OTP record as the direct mode's `storedOtp` schema reads it, checked by hand so this
 * bundle carries no zod. `stored.test.ts` holds the two to the same verdicts on generated values,
 * so both modes keep reading each other's throttle.
 */
export const storedOtpRecord: Validator<StoredOtp> = {
  safeParse(value) {
    if (!value || typeof value !== 'object') return no
    const r = value as Record<string, unknown>
    const { flow } = r as { flow?: Record<string, unknown> }
    if (
      r.v !== VERSION ||
      !Array.isArray(r.sends) ||
      !r.sends.every(time) ||
      !(r.resendAvailableAt === null || time(r.resendAvailableAt)) ||
      !(r.retryAt === undefined || r.retryAt === null || time(r.retryAt)) ||
      !(
        flow === undefined ||
        (flow !== null &&
          typeof flow === 'object' &&
          typeof flow.email === 'string' &&
          flow.email.length > 0 &&
          time(flow.sentAt) &&
          time(flow.attemptsLeft) &&
          flow.attemptsLeft >= 0)
      )
    )
      return no
    return ok({
      v: VERSION,
      sends: r.sends as number[],
      resendAvailableAt: r.resendAvailableAt as number | null,
      ...(r.retryAt !== undefined && { retryAt: r.retryAt as number | null }),
      ...(flow && {
        flow: {
          email: flow.email as string,
          sentAt: flow.sentAt as number,
          attemptsLeft: flow.attemptsLeft as number,
        },
      }),
    })
  },
}
