import { describe, expect, it } from 'vitest'
import { storedOtp } from '../stored'
import { storedOtpRecord, storedView } from './stored'

describe('the hand-written stored checks', () => {
  // One check for both modes: stored.test.ts holds it to the direct mode's zod schema.
  it('read the OTP record with the direct mode’s own check, so both modes read each other’s throttle', () => {
    expect(storedOtpRecord).toBe(storedOtp)
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
