import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { storedOtp } from '../../test/zod-schemas'
import { storedOtpRecord, storedView } from './stored'

// Values near the schema: mostly valid fields with edge values, sometimes a wrong one, so most
// records are one field away from the boundary.
const time = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1.5))
const wrong = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 2 }),
  fc.boolean(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
)
const mostly = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: wrong })
const record = fc.record(
  {
    v: mostly(fc.constantFrom(1, 2)),
    sends: mostly(fc.array(mostly(time), { maxLength: 3 })),
    resendAvailableAt: mostly(fc.oneof(time, fc.constant(null))),
    retryAt: mostly(fc.oneof(time, fc.constant(null))),
    ended: mostly(time),
    emails: mostly(
      fc.array(
        mostly(
          fc.record(
            {
              email: mostly(fc.constantFrom('', 'ada@example.com')),
              sentAt: mostly(time),
              retryAt: mostly(time),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 2 },
      ),
    ),
    flow: mostly(
      fc.record(
        {
          email: mostly(fc.constantFrom('', 'ada@example.com')),
          sentAt: mostly(time),
          attemptsLeft: mostly(fc.constantFrom(-1, 0, 1, 3, 2.5)),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
)

describe('the hand-written stored checks', () => {
  it('read the OTP record exactly as the direct mode’s zod schema does', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 9, arbitrary: record }, { weight: 1, arbitrary: fc.anything() }),
        (value) => {
          const zod = storedOtp.safeParse(value)
          const ours = storedOtpRecord.safeParse(value)
          expect(ours.success).toBe(zod.success)
          if (ours.success && zod.success) expect(ours.data).toEqual(zod.data)
        },
      ),
      { numRuns: 10_000 },
    )
  })

  it('keep a signed-in view and nothing else', () => {
    const view = {
      v: 1,
      status: 'authenticated',
      email: 'ada@example.com',
      organizationId: 'org-1',
      accountId: null,
      expiresAt: 1,
      refreshedAt: 0,
      sessionExpiresAt: null,
      idleExpiresAt: null,
    }
    expect(storedView.safeParse({ ...view, token: 'x' })).toEqual({ success: true, data: view })
    expect(storedView.safeParse({ ...view, v: 2 }).success).toBe(false)
    expect(storedView.safeParse({ ...view, expiresAt: Number.NaN }).success).toBe(false)
    expect(storedView.safeParse({ v: 1, status: 'unauthenticated' }).success).toBe(false)
    expect(storedView.safeParse({ v: 1, reason: 'expired', token: 'x' })).toEqual({
      success: true,
      data: { v: 1, reason: 'expired' },
    })
    expect(storedView.safeParse({ v: 1, reason: 'other-tab' }).success).toBe(false)
  })
})
