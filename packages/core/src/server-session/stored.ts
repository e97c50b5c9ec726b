import type { VERSION } from '../storage'
import { is, object, reason, version as v, validator } from '../stored'
import { type SessionEndReason, type SignedInView, signedInFields } from './view'

/**
 * What this mode keeps under `<storageKey>:view`: the signed-in view, or why the last session
 * ended (so every tab and a reload show it, as in the direct mode); a format version. No secret.
 */
export type StoredView =
  | (SignedInView & { v: typeof VERSION })
  | { v: typeof VERSION; reason: SessionEndReason }

/** Checks a stored view: a value of another format reads as absent (see `persisted`). */
export const storedView = validator<StoredView>(
  // Signed out, and why: no `status` (a view's), only the reason.
  object({ v, status: is((value) => value === undefined), reason }),
  object({ v, ...signedInFields }),
)

/** The OTP record: the direct mode's own check, so both modes keep reading each other's throttle. */
export { storedOtp as storedOtpRecord } from '../stored'
