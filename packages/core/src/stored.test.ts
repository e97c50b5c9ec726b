import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type * as z from 'zod/mini'
import * as spec from '../test/zod-schemas'
import * as schemas from './schemas'
import type { StoredOtp, StoredSession, StoredSignedIn } from './stored'
import { storedOtp, storedSession } from './stored'

// The lean checks (hand-written for stored values, few zod kinds for the API's answers) against
// the full zod/mini schemas they replace (test/zod-schemas.ts): the same verdict, and the same
// value read, on values generated near every boundary.

const wrong = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.constant([]),
  fc.constant({}),
)
const mostly = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: wrong })
// Strings on either side of "non-empty" and of "can be a header value".
const text = fc.oneof(
  fc.constantFrom('', 'a', 'tok.en', ' a', 'a ', 'a b', 'a\tb', 'a\r\nb', 'é', 'Ā', '\u0000'),
  fc.string({ maxLength: 3 }),
)
const time = fc.oneof(fc.integer(), fc.constantFrom(0, -0, -1, 1.5, 1e300))
const id = fc.oneof(text, time)
const version = fc.constantFrom(1, 2, '1')
const anything = fc.anything({ withNullPrototype: true, withSparseArray: true })
const check = <T>(
  arbitrary: fc.Arbitrary<unknown>,
  ours: { safeParse(value: unknown): { success: boolean; data?: T } },
  theirs: { safeParse(value: unknown): { success: boolean; data?: unknown } },
) =>
  fc.assert(
    fc.property(fc.oneof({ weight: 9, arbitrary }, { weight: 1, arbitrary: anything }), (value) => {
      const a = ours.safeParse(value)
      const b = theirs.safeParse(value)
      expect(a.success).toBe(b.success)
      if (a.success) expect(a.data).toStrictEqual(b.data)
    }),
    { numRuns: 5_000 },
  )

describe('the stored checks read exactly what the zod schemas read', () => {
  it('a stored session (signed in, or why it ended)', () => {
    const signedIn = fc.record(
      {
        v: mostly(version),
        email: mostly(text),
        token: mostly(text),
        refreshToken: mostly(text),
        organizationId: mostly(text),
        accountId: mostly(fc.oneof(text, fc.constant(null))),
        expiresAt: mostly(fc.oneof(time, fc.constant(null))),
        lifetimeMs: mostly(fc.oneof(time, fc.constant(null))),
        rev: mostly(text),
        reason: mostly(fc.constantFrom('signed-out', 'expired', 'idle', 'other-tab')),
        extra: text,
      },
      { requiredKeys: ['v', 'email', 'token', 'refreshToken', 'organizationId'] },
    )
    const signedOut = fc.record(
      {
        v: mostly(version),
        reason: mostly(fc.constantFrom('signed-out', 'expired', 'idle', 'other-tab', '')),
        token: text,
      },
      { requiredKeys: ['v'] },
    )
    check(fc.oneof(signedIn, signedOut), storedSession, spec.storedSession)
  })

  it('an OTP record', () => {
    const record = fc.record(
      {
        v: mostly(version),
        sends: mostly(fc.array(mostly(time), { maxLength: 3 })),
        resendAvailableAt: mostly(fc.oneof(time, fc.constant(null))),
        retryAt: mostly(fc.oneof(time, fc.constant(null))),
        ended: mostly(time),
        emails: mostly(
          fc.array(
            mostly(
              fc.record(
                { email: mostly(text), sentAt: mostly(time), retryAt: mostly(time), x: time },
                { requiredKeys: [] },
              ),
            ),
            { maxLength: 2 },
          ),
        ),
        flow: mostly(
          fc.record(
            {
              email: mostly(text),
              sentAt: mostly(time),
              attemptsLeft: mostly(fc.constantFrom(-1, -0, 0, 1, 3, 2.5)),
              code: text,
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: ['v', 'sends', 'resendAvailableAt'] },
    )
    check(record, storedOtp, spec.storedOtp)
  })

  it('have the types the schemas inferred', () => {
    expectTypeOf<StoredSession>().toEqualTypeOf<z.infer<typeof spec.storedSession>>()
    expectTypeOf<StoredSignedIn>().toEqualTypeOf<z.infer<typeof spec.storedSignedIn>>()
    expectTypeOf<StoredOtp>().toEqualTypeOf<z.infer<typeof spec.storedOtp>>()
  })
})

describe('the lean answer schemas accept and read exactly what the full ones do', () => {
  it('the envelope', () => {
    const envelope = fc.record(
      { status: mostly(fc.boolean()), data: fc.anything(), message: mostly(text) },
      { requiredKeys: [] },
    )
    check(envelope, schemas.envelope, spec.envelope)
  })

  it('a sign-in', () => {
    const login = fc.record(
      {
        token: mostly(text),
        refreshToken: mostly(text),
        organizationId: mostly(id),
        accountId: mostly(fc.oneof(id, fc.constant(null))),
        extra: text,
      },
      { requiredKeys: ['token', 'refreshToken', 'organizationId'] },
    )
    check(login, schemas.loginData, spec.loginData)
  })

  it('a refresh', () => {
    const refresh = fc.record(
      { token: mostly(text), refreshToken: mostly(text), extra: text },
      { requiredKeys: ['token'] },
    )
    check(refresh, schemas.refreshData, spec.refreshData)
  })

  it('an availability check', () => {
    const availability = fc.record(
      { isAvailableEmail: mostly(fc.boolean()), extra: text },
      { requiredKeys: [] },
    )
    check(availability, schemas.availabilityData, spec.availabilityData)
  })

  it('have the types the full schemas inferred', () => {
    expectTypeOf<z.infer<typeof schemas.envelope>>().toEqualTypeOf<z.infer<typeof spec.envelope>>()
    expectTypeOf<z.infer<typeof schemas.loginData>>().toEqualTypeOf<
      z.infer<typeof spec.loginData>
    >()
    expectTypeOf<z.infer<typeof schemas.refreshData>>().toEqualTypeOf<
      z.infer<typeof spec.refreshData>
    >()
    expectTypeOf<z.infer<typeof schemas.availabilityData>>().toEqualTypeOf<
      z.infer<typeof spec.availabilityData>
    >()
  })
})
