import { describe, expect, it } from 'vitest'
import { authClient } from './auth-client'

describe('authClient', () => {
  it("is the tab's one client: a clientLoader gets the provider's, with no React context", () => {
    const first = authClient({ storage: 'memory' })
    expect(authClient()).toBe(first)
    first.destroy()
  })
})
