import { describe, expect, it } from 'vitest'
import { storedView } from './stored'
import { parseView } from './view'

const view = {
  status: 'authenticated',
  email: 'ada@example.com',
  organizationId: 'org-1',
  accountId: null,
  expiresAt: 2,
  refreshedAt: 1,
  sessionExpiresAt: 9,
  idleExpiresAt: 5,
}

describe('parseView', () => {
  it('reads a signed-in view, unknown fields dropped, in one key order whatever the source', () => {
    const shuffled = Object.fromEntries(Object.entries({ ...view, token: 'x' }).reverse())
    const read = parseView(shuffled)
    expect(read).toEqual(view)
    // The client compares views as JSON: the order is the view's own, not the source's.
    expect(JSON.stringify(read)).toBe(JSON.stringify(view))
    const stored = storedView.safeParse({ v: 1, ...shuffled })
    expect(stored.success && JSON.stringify(stored.data)).toBe(JSON.stringify({ v: 1, ...view }))
  })

  it('reads a missing idle end (a handler from before idle timeouts) as null', () => {
    const { idleExpiresAt: _, ...old } = view
    expect(parseView(old)).toEqual({ ...view, idleExpiresAt: null })
    expect(parseView({ ...view, idleExpiresAt: undefined })).toEqual({
      ...view,
      idleExpiresAt: null,
    })
  })

  it('reads a signed-out view and why', () => {
    expect(parseView({ status: 'unauthenticated' })).toEqual({ status: 'unauthenticated' })
    for (const reason of ['signed-out', 'expired', 'idle'])
      expect(parseView({ status: 'unauthenticated', reason, email: 'x' })).toEqual({
        status: 'unauthenticated',
        reason,
      })
    expect(parseView({ status: 'unauthenticated', reason: 'other-tab' })).toBeUndefined()
  })

  it('refuses anything else', () => {
    for (const bad of [
      null,
      undefined,
      'authenticated',
      1,
      [view],
      { ...view, status: 'loading' },
      { ...view, email: '' },
      { ...view, organizationId: undefined },
      { ...view, accountId: undefined },
      { ...view, accountId: 7 },
      { ...view, expiresAt: Number.POSITIVE_INFINITY },
      { ...view, refreshedAt: '1' },
      { ...view, sessionExpiresAt: undefined },
      { ...view, idleExpiresAt: Number.NaN },
    ])
      expect(parseView(bad), JSON.stringify(bad)).toBeUndefined()
  })
})
