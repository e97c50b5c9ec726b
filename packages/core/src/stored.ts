import { isText } from './options'
import { type Validator, VERSION } from './storage'

// What the client persists, checked by hand rather than with zod: the client wrote it, so the
// checks only need to tell its own format from anything else, and a bundle carries no schema
// library for them. Anything else (an older format, another library's data, another tab's or a
// hand edit) is discarded rather than trusted, except a newer format (a higher `v`), which reads
// as absent but stays in place for the newer build (see `persisted`). The zod/mini schemas in
// test/zod-schemas.ts are the specification: stored.test.ts holds these checks to the same
// verdicts and values on generated input.

/**
 * A session as the client persists it under `storageKey`. `expiresAt` is on this device's clock,
 * so a skewed server clock cannot cause a refresh storm.
 */
export type StoredSignedIn = {
  v: typeof VERSION
  email: string
  token: string
  refreshToken: string
  organizationId: string
  accountId: string | null
  expiresAt: number | null
  lifetimeMs: number | null
  /** A random id per write, no secret: lets a tab see that its view of storage is stale. */
  rev?: string | undefined
}

/**
 * The signed-out state, with why the last session ended: every tab and a reload show the same
 * reason until the next sign-in or `clearSignOutReason()`. No secret in it.
 */
export type StoredSignedOut = { v: typeof VERSION; reason: 'signed-out' | 'expired' | 'idle' }

/** What the client persists under `storageKey`: a session, or why there is none. */
export type StoredSession = StoredSignedIn | StoredSignedOut

/**
 * The OTP flow's record under `<storageKey>:otp`, shared by tabs and kept across reloads: the
 * throttle, and the flow in progress. It never holds the code. Every tab reads it before it
 * changes it and merges, so one tab never writes over another's progress.
 */
export type StoredOtp = {
  v: typeof VERSION
  /** Send times (device clock, ms), to any email: the cap on sends per minute for the browser. */
  sends: number[]
  /** Written for older builds, which read one cooldown for every email from it. */
  resendAvailableAt: number | null
  /** Written for older builds, which read one server wait for every email from it. */
  retryAt?: number | null | undefined
  /**
   * Per email, while one of its waits runs: its last send (the resend cooldown) and when the
   * server's last 429 lets a send through again (device clock, ms). Dropped once both are over.
   */
  emails?:
    | { email: string; sentAt?: number | undefined; retryAt?: number | undefined }[]
    | undefined
  /** The code entry in progress: a reload returns to it while the code lives. */
  flow?: { email: string; sentAt: number; attemptsLeft: number } | undefined
  /** The send time of the last flow that ended (signed in, or left): no tab brings it back. */
  ended?: number | undefined
}

// The client's one set of hand-written value readers, for both modes: this file's stored session
// and OTP record, and the server-session client's view (as the handler sends it and as it is
// stored) and form flow (server-session/view.ts, stored.ts, form-flow.ts). A small reader per
// kind, after the zod/mini schemas they replace: each returns the value read (objects rebuilt with
// only their known fields, as zod's) or FAIL. Marked free of side effects, so that a bundle keeps
// only the readers it uses (the server-session client reads no direct-mode session).

/** What a reader returns for a value it refuses. */
const FAIL = {}

/** The value read, or FAIL. */
export type Read = (value: unknown) => unknown

/** The value itself when `test` accepts it. */
export const is = /* @__NO_SIDE_EFFECTS__ */ (test: (value: unknown) => boolean): Read => {
  return (value) => (test(value) ? value : FAIL)
}
export const optional = /* @__NO_SIDE_EFFECTS__ */ (read: Read): Read => {
  return (value) => (value === undefined ? value : read(value))
}
export const nullable = /* @__NO_SIDE_EFFECTS__ */ (read: Read): Read => {
  return (value) => (value === null ? value : read(value))
}
export const array = /* @__NO_SIDE_EFFECTS__ */ (read: Read): Read => {
  return (value) => {
    // Array.from, not map: a hole reads as undefined, as zod reads it.
    const items = Array.isArray(value) ? Array.from(value, read) : [FAIL]
    return items.includes(FAIL) ? FAIL : items
  }
}
/** A plain object with the named fields, in the shape's order; others are dropped. */
export const object = /* @__NO_SIDE_EFFECTS__ */ (shape: Record<string, Read>): Read => {
  return (value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return FAIL
    const data: Record<string, unknown> = {}
    for (const key in shape) {
      const read = shape[key]!((value as Record<string, unknown>)[key])
      if (read === FAIL) return FAIL
      // A key that is there stays, even undefined (never in JSON), as zod keeps it.
      if (read !== undefined || key in value) data[key] = read
    }
    return data
  }
}
/**
 * The readers as the `safeParse` that `persisted` takes: the first of `reads` that accepts the
 * value decides, as in a zod union. A failure carries no `data`, so `.data` is the value or
 * undefined.
 */
export const validator = /* @__NO_SIDE_EFFECTS__ */ <T>(...reads: Read[]): Validator<T> => {
  return {
    safeParse(value) {
      for (const read of reads) {
        const data = read(value)
        if (data !== FAIL) return { success: true, data: data as T }
      }
      return { success: false }
    },
  }
}

/** This build's storage format (see `persisted`). */
export const version = is((value) => value === VERSION)
/** A non-empty string. */
export const text = is(isText)
/** A finite number, as `z.number()` (JSON reads `1e400` as Infinity): a time in epoch ms. */
export const time = is(Number.isFinite)
/** Why a session ended, as storage (both modes) and the server-session handler say it. */
export const reason = is(
  (value) => value === 'signed-out' || value === 'expired' || value === 'idle',
)

/** Checks a stored session: a new object with only its known fields, or failure. */
export const storedSession = validator<StoredSession>(
  object({
    v: version,
    email: text,
    token: text,
    refreshToken: text,
    organizationId: text,
    accountId: nullable(text),
    expiresAt: nullable(time),
    lifetimeMs: nullable(time),
    rev: optional(is((value) => typeof value === 'string')),
  }),
  object({ v: version, reason }),
)

/** Checks an OTP record: a new object with only its known fields, or failure. */
export const storedOtp = validator<StoredOtp>(
  object({
    v: version,
    sends: array(time),
    resendAvailableAt: nullable(time),
    retryAt: optional(nullable(time)),
    emails: optional(
      array(object({ email: text, sentAt: optional(time), retryAt: optional(time) })),
    ),
    flow: optional(
      object({
        email: text,
        sentAt: time,
        attemptsLeft: is((value) => Number.isFinite(value) && (value as number) >= 0),
      }),
    ),
    ended: optional(time),
  }),
)
