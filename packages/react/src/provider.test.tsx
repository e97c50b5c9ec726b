import { createAuthClient } from '@auth-state/core'
import { cleanup, render, renderHook, screen } from '@testing-library/react'
import { memo } from 'react'
import { afterEach, expect, test, vi } from 'vitest'
import { AuthProvider, useAuth } from './provider'

afterEach(cleanup)

function Orphan() {
  useAuth()
  return null
}

test('useAuth returns the client given to the provider', () => {
  const auth = createAuthClient({ baseURL: 'http://127.0.0.1:9', storage: 'memory' })
  const { result } = renderHook(useAuth, {
    wrapper: ({ children }) => <AuthProvider client={auth}>{children}</AuthProvider>,
  })
  expect(result.current).toBe(auth)
  auth.destroy()
})

test('useAuth outside the provider fails with a message that says what to do', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => render(<Orphan />)).toThrow(/outside <AuthProvider>.*client=\{auth\}/)
  expect(screen.queryByText(/./)).toBeNull()
  vi.restoreAllMocks()
})

let renders = 0
const Consumer = memo(function Consumer() {
  useAuth()
  renders++
  return null
})

test('a re-rendering parent does not re-render memoised consumers', () => {
  const auth = createAuthClient({ baseURL: 'http://127.0.0.1:9', storage: 'memory' })
  renders = 0
  const view = render(
    <AuthProvider client={auth}>
      <Consumer />
    </AuthProvider>,
  )
  view.rerender(
    <AuthProvider client={auth}>
      <Consumer />
    </AuthProvider>,
  )
  expect(renders).toBe(1)
  auth.destroy()
})
