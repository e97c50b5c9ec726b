import * as z from 'zod/mini'
import { isHeaderValue } from '../src/headers'
import { VERSION } from '../src/storage'

// The client's formats as full zod/mini schemas, as the client checked them before issue 23: the
// specification its lean checks are held to by property tests (src/stored.test.ts). The client
// checks the API's answers with fewer zod kinds (src/schemas.ts) and what it stored itself by
// hand (src/stored.ts); neither may accept or refuse anything these do not.

const nonEmpty = z.string().check(z.minLength(1))
const headerValue = nonEmpty.check(z.refine(isHeaderValue))
const id = z.union([headerValue, z.number()])

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

export const storedSignedIn = z.object({
  v: z.literal(VERSION),
  email: nonEmpty,
  token: nonEmpty,
  refreshToken: nonEmpty,
  organizationId: nonEmpty,
  accountId: z.nullable(nonEmpty),
  expiresAt: z.nullable(z.number()),
  lifetimeMs: z.nullable(z.number()),
  rev: z.optional(z.string()),
})

export const storedSignedOut = z.object({
  v: z.literal(VERSION),
  reason: z.union([z.literal('signed-out'), z.literal('expired'), z.literal('idle')]),
})

export const storedSession = z.union([storedSignedIn, storedSignedOut])

const otpFlow = z.object({
  email: nonEmpty,
  sentAt: z.number(),
  attemptsLeft: z.number().check(z.gte(0)),
})

export const storedOtp = z.object({
  v: z.literal(VERSION),
  sends: z.array(z.number()),
  resendAvailableAt: z.nullable(z.number()),
  retryAt: z.optional(z.nullable(z.number())),
  emails: z.optional(
    z.array(
      z.object({
        email: nonEmpty,
        sentAt: z.optional(z.number()),
        retryAt: z.optional(z.number()),
      }),
    ),
  ),
  flow: z.optional(otpFlow),
  ended: z.optional(z.number()),
})
