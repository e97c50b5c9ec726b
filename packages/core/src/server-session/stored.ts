import { type Validator, VERSION } from '../storage'
import { parseView, type SessionEndReason, type SignedInView } from './view'

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

/** The OTP record: the direct mode's own check, so both modes keep reading each other's throttle. */
export { storedOtp as storedOtpRecord } from '../stored'
