import { describe, expect, it } from 'vitest'
import { sessionStateOf } from './index'

describe('sessionStateOf', () => {
  it('gives who and where of a signed-in view, never its times', () => {
    expect(
      sessionStateOf({
        status: 'authenticated',
        email: 'ada@example.com',
        organizationId: 'org-1',
        accountId: null,
        expiresAt: 2,
        refreshedAt: 1,
        sessionExpiresAt: 3,
        idleExpiresAt: null,
      }),
    ).toStrictEqual({
      status: 'authenticated',
      email: 'ada@example.com',
      organizationId: 'org-1',
      accountId: null,
    })
  })

  it('keeps why a session ended, and adds no reason where there is none', () => {
    expect(sessionStateOf({ status: 'unauthenticated', reason: 'expired' })).toStrictEqual({
      status: 'unauthenticated',
      reason: 'expired',
    })
    expect(sessionStateOf({ status: 'unauthenticated' })).toStrictEqual({
      status: 'unauthenticated',
    })
  })
})
