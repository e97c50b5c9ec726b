import { AuthError, createAuthClient } from '@auth-state/core'
import { cleanup, render } from '@testing-library/vue'
import { afterEach, expect, test, vi } from 'vitest'
import { createApp, defineComponent, h, provide } from 'vue'
import { authKey, authPlugin, useAuth } from './plugin'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const client = () => createAuthClient({ baseURL: 'http://127.0.0.1:9', storage: 'memory' })

test('useAuth returns the client given to the plugin', () => {
  const auth = client()
  let seen: unknown
  const Probe = defineComponent(() => {
    seen = useAuth()
    return () => null
  })
  render(Probe, { global: { plugins: [[authPlugin, auth]] } })
  expect(seen).toBe(auth)
  auth.destroy()
})

test('provide(authKey) scopes another client to a subtree', () => {
  const outer = client()
  const inner = client()
  let seen: unknown
  const Probe = defineComponent(() => {
    seen = useAuth()
    return () => null
  })
  const Scope = defineComponent(() => {
    provide(authKey, inner)
    return () => h(Probe)
  })
  render(Scope, { global: { plugins: [[authPlugin, outer]] } })
  expect(seen).toBe(inner)
  outer.destroy()
  inner.destroy()
})

test('useAuth without the plugin fails with a message that says what to do', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const Orphan = defineComponent(() => {
    useAuth()
    return () => null
  })
  const app = createApp(Orphan)
  app.config.errorHandler = (error) => {
    throw error
  }
  expect(() => app.mount(document.createElement('div'))).toThrow(/app\.use\(authPlugin, auth\)/)
  // The one error class of auth-state: a program that calls it wrong gets invalid_input.
  const again = createApp(Orphan)
  again.config.errorHandler = app.config.errorHandler
  expect(() => again.mount(document.createElement('div'))).toThrow(AuthError)
})
