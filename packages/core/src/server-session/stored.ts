import type { StoredOtp } from '../schemas'
import { type Validator, VERSION } from '../storage'
import {
  array,
  bad,
  type Check,
  is,
  nullable,
  num,
  object,
  optional,
  read,
  text,
  validator,
} from './check'
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

/**
 * The OTP record as the direct mode's `storedOtp` schema reads it, checked by hand so this
 * bundle carries no zod. `stored.test.ts` holds the two to the same verdicts on generated values,
 * so both modes keep reading each other's throttle.
 */
export const storedOtpRecord: Validator<StoredOtp> = validator(
  object<StoredOtp>({
    v: is(VERSION),
    sends: array(num),
    resendAvailableAt: nullable(num),
    retryAt: optional(nullable(num)),
    emails: optional(array(object({ email: text, sentAt: optional(num), retryAt: optional(num) }))),
    flow: optional(
      object({
        email: text,
        sentAt: num,
        attemptsLeft: (value) => (num(value) >= 0 ? (value as number) : bad()),
      }),
    ),
    ended: optional(num),
  }),
)
