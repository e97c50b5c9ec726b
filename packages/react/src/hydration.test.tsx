import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { AuthProvider } from './provider'
import { useSession } from './use-session'

const seen: string[] = []

function Status() {
  const status = useSession((s) => s.status)
  seen.push(status)
  return <p>{status}</p>
}

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  vi.restoreAllMocks()
  await t.close()
})

test('hydration starts from the server markup, then shows the real session', async () => {
  await t.signIn()
  seen.length = 0
  const app = (
    <AuthProvider client={t.auth}>
      <Status />
    </AuthProvider>
  )
  const container = document.createElement('div')
  container.innerHTML = renderToString(app)
  expect(container.textContent).toBe('loading')

  const errors: unknown[] = []
  const consoleError = vi.spyOn(console, 'error')
  const root = await act(() =>
    hydrateRoot(container, app, { onRecoverableError: (e) => errors.push(e) }),
  )
  expect(seen.slice(0, 2)).toEqual(['loading', 'loading'])
  expect(container.textContent).toBe('authenticated')
  expect(errors).toEqual([])
  expect(consoleError).not.toHaveBeenCalled()
  act(() => root.unmount())
  expect(t.auth.$session.lc).toBe(0)
})
