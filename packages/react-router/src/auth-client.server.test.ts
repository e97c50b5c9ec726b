// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { authClient } from './auth-client'

describe('authClient on the server', () => {
  it('is a new inert client per call: requests never share one', () => {
    const a = authClient()
    expect(authClient()).not.toBe(a)
    expect(a.$session.get()).toEqual({ status: 'loading' })
  })
})
