import type { StoredOtp } from '../schemas'
import { type Validator, VERSION } from '../storage'
import { parseView, type SessionEndReason, type SignedInView, time } from './view'

/**
 * What this mode keeps under `<storageKey>:view`: the signed-in view, or why the last session
 * ended (so every tab and a reload show it, as in the direct mode); a format version. No secret.
 */
export type StoredView =
  | (SignedInView & { v: typeof VERSION })
  | { v: typeof VERSION; reason: SessionEndReason }

const ok = <T>(data: T) => ({ success: true as const, data })
const no = { success: false as const }

/** Checks a stored view: a value of another format reads as absent (see `persisted`). */
export const storedView: Validator<StoredView> = {
  safeParse(value) {
    const r = value as { v?: unknown; status?: unknown; reason?: unknown } | null
    if (r?.v !== VERSION) return no
    if (
      r.status === undefined &&
      (r.reason === 'signed-out' || r.reason === 'expired' || r.reason === 'idle')
    )
      return ok({ v: VERSION, reason: r.reason })
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
      !(r.ended === undefined || time(r.ended)) ||
      !(r.emails === undefined || isWaits(r.emails)) ||
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
      ...(r.emails !== undefined && { emails: waitsOf(r.emails as Waits) }),
      ...(flow && {
        flow: {
          email: flow.email as string,
          sentAt: flow.sentAt as number,
          attemptsLeft: flow.attemptsLeft as number,
        },
      }),
      ...(r.ended !== undefined && { ended: r.ended as number }),
    })
  },
}

type Waits = Array<{ email?: unknown; sentAt?: unknown; retryAt?: unknown }>
const optionalTime = (value: unknown) => value === undefined || time(value)
const plain = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value)

// Each email's waits: its address and optional times.
function isWaits(value: unknown): value is Waits {
  return (
    Array.isArray(value) &&
    value.every(
      (w) =>
        plain(w) &&
        typeof w.email === 'string' &&
        w.email.length > 0 &&
        optionalTime(w.sentAt) &&
        optionalTime(w.retryAt),
    )
  )
}

function waitsOf(emails: Waits): NonNullable<StoredOtp['emails']> {
  return emails.map((w) => ({
    email: w.email as string,
    ...(w.sentAt !== undefined && { sentAt: w.sentAt as number }),
    ...(w.retryAt !== undefined && { retryAt: w.retryAt as number }),
  }))
}
