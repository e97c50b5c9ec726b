import { type Validator, VERSION } from '../storage'
import { type Check, is, object, read, validator } from './check'
import { endReason, type SessionEndReason, type SignedInView, signedIn } from './view'

/**
 * What this mode keeps under `<storageKey>:view`: the signed-in view, or why the last session
 * ended (so every tab and a reload show it, as in the direct mode); a format version. No secret.
 */
export type StoredView =
  | (SignedInView & { v: typeof VERSION })
  | { v: typeof VERSION; reason: SessionEndReason }

// Signed out, and why: no `status` (a view's), only the reason.
const ended = object({
  v: is(VERSION),
  status: is(undefined),
  reason: endReason,
}) as Check<StoredView>

/** Checks a stored view: a value of another format reads as absent (see `persisted`). */
export const storedView: Validator<StoredView> = validator(
  (value): StoredView =>
    read(ended, value) ?? { ...object({ v: is(VERSION) })(value), ...signedIn(value) },
)

/** The OTP record: the direct mode's own check, so both modes keep reading each other's throttle. */
export { storedOtp as storedOtpRecord } from '../stored'
