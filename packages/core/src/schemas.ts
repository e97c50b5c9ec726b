import * as z from 'zod/mini'
import { isHeaderValue } from './headers'
import { VERSION } from './storage'

const nonEmpty = z.string().check(z.minLength(1))
// Values the client later sends as headers: one that cannot be a header (CR, LF, non-Latin-1)
// is a bad response, refused at sign-in or refresh rather than failing every later call.
const headerValue = nonEmpty.check(z.refine(isHeaderValue))
const id = z.union([headerValue, z.number()])

/** The identity API wraps every response: `{ status, data, message }`. */
export const envelope = z.object({
  status: z.boolean(),
  data: z.optional(z.unknown()),
  message: z.optional(z.unknown()),
})

export const loginData = z.object({
  token: headerValue,
  refreshToken: nonEmpty,
  organizationId: id,
  accountId: z.optional(z.nullable(id)),
})

export const refreshData = z.object({
  token: headerValue,
  refreshToken: z.optional(nonEmpty),
})

export const availabilityData = z.object({ isAvailableEmail: z.boolean() })

/**
 * A session as the client persists it under `storageKey`. `v` versions the format: anything else
 * (an older format, another library's data, a hand-edited value) is discarded rather than trusted,
 * except a newer format (a higher `v`), which reads as signed out but stays in place for the newer
 * build. `expiresAt` is on this device's clock, so a skewed server clock cannot cause a refresh
 * storm.
 */
export const storedSignedIn = z.object({
  v: z.literal(VERSION),
  email: nonEmpty,
  token: nonEmpty,
  refreshToken: nonEmpty,
  organizationId: nonEmpty,
  accountId: z.nullable(nonEmpty),
  expiresAt: z.nullable(z.number()),
  lifetimeMs: z.nullable(z.number()),
  /** A random id per write, no secret: lets a tab see that its view of storage is stale. */
  rev: z.optional(z.string()),
})
export type StoredSignedIn = z.infer<typeof storedSignedIn>

/**
 * The signed-out state, with why the last session ended: every tab and a reload show the same
 * reason until the next sign-in or `clearSignOutReason()`. No secret in it.
 */
export const storedSignedOut = z.object({
  v: z.literal(VERSION),
  reason: z.union([z.literal('signed-out'), z.literal('expired'), z.literal('idle')]),
})

/** What the client persists under `storageKey`: a session, or why there is none. */
export const storedSession = z.union([storedSignedIn, storedSignedOut])
export type StoredSession = z.infer<typeof storedSession>

const otpFlow = z.object({
  email: nonEmpty,
  sentAt: z.number(),
  attemptsLeft: z.number().check(z.gte(0)),
})

/**
 * The OTP flow's record under `<storageKey>:otp`, shared by tabs and kept across reloads: the
 * throttle, and the flow in progress. It never holds the code. Every tab reads it before it
 * changes it and merges, so one tab never writes over another's progress.
 */
export const storedOtp = z.object({
  v: z.literal(VERSION),
  /** Send times (device clock, ms), to any email: the cap on sends per minute for the browser. */
  sends: z.array(z.number()),
  /** Written for older builds, which read one cooldown for every email from it. */
  resendAvailableAt: z.nullable(z.number()),
  /** Written for older builds, which read one server wait for every email from it. */
  retryAt: z.optional(z.nullable(z.number())),
  /**
   * Per email, while one of its waits runs: its last send (the resend cooldown) and when the
   * server's last 429 lets a send through again (device clock, ms). Dropped once both are over.
   */
  emails: z.optional(
    z.array(
      z.object({
        email: nonEmpty,
        sentAt: z.optional(z.number()),
        retryAt: z.optional(z.number()),
      }),
    ),
  ),
  /** The code entry in progress: a reload returns to it while the code lives. */
  flow: z.optional(otpFlow),
  /** The send time of the last flow that ended (signed in, or left): no tab brings it back. */
  ended: z.optional(z.number()),
})
export type StoredOtp = z.infer<typeof storedOtp>
