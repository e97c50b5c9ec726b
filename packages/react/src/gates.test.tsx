import { createAuthClient } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { SessionLoading, SignedIn, SignedOut } from './gates'
import { AuthProvider } from './provider'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  cleanup()
  await t.close()
})

const gates = (
  <>
    <SessionLoading>loading</SessionLoading>
    <SignedIn>in</SignedIn>
    <SignedOut>out</SignedOut>
  </>
)

test('each gate renders its children only in its own state', async () => {
  const view = render(<AuthProvider client={t.auth}>{gates}</AuthProvider>)
  expect(view.container.textContent).toBe('out')
  await act(() => t.signIn())
  expect(view.container.textContent).toBe('in')
  await act(() => t.auth.logout())
  expect(view.container.textContent).toBe('out')
})

test('SessionLoading shows while the session is loading, and the gates follow initialSession', () => {
  const server = createAuthClient({ baseURL: t.server.url, ssr: true })
  const loading = render(<AuthProvider client={server}>{gates}</AuthProvider>)
  expect(loading.container.textContent).toBe('loading')
  loading.unmount()
  server.destroy()
})
