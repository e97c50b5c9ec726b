import * as z from 'zod/mini'
import { isHeaderValue } from './headers'

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
 * What the client persists under `storageKey`. `v` versions the format: anything else (an older
 * format, another library's data, a hand-edited value) is discarded rather than trusted.
 * `expiresAt` is on this device's clock, so a skewed server clock cannot cause a refresh storm.
 */
export const storedSession = z.object({
  v: z.literal(1),
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
export type StoredSession = z.infer<typeof storedSession>

/** Send timestamps of the OTP throttle, persisted so that a reload cannot reset it. */
export const storedOtp = z.object({
  v: z.literal(1),
  sends: z.array(z.number()),
  resendAvailableAt: z.nullable(z.number()),
})
export type StoredOtp = z.infer<typeof storedOtp>
