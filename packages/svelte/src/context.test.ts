import { createAuthClient } from '@auth-state/core'
import { render } from '@testing-library/svelte'
import { expect, test, vi } from 'vitest'
import Email from '../test/Email.svelte'
import Harness from '../test/Harness.svelte'

test('getAuthClient outside setAuthClient fails with a message that says what to do', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => render(Email)).toThrow(/setAuthClient\(auth\) in a parent component/)
  vi.restoreAllMocks()
})

test('the client set in a root component reaches the components below it', () => {
  const auth = createAuthClient({ baseURL: 'http://127.0.0.1:9', storage: 'memory' })
  const view = render(Harness, { client: auth, views: [Email] })
  expect(view.container.textContent).toBe('signed out')
  auth.destroy()
})
