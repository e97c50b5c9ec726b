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

// What the client stores is its own data, checked by hand (stored.ts): no zod for it.
export type { StoredOtp, StoredSession, StoredSignedIn } from './stored'
export { storedOtp, storedSession } from './stored'
