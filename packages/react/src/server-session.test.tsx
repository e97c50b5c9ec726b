// `@auth-state/react/server-session`: the hooks and gates of `@auth-state/react` with a provider
// that takes a client only, so that nothing it imports reaches the direct client.
import { readFileSync } from 'node:fs'
import { AuthError, type SessionState } from '@auth-state/core'
import { createTestAuth } from '@auth-state/core/testing'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { ComponentProps } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, test, vi } from 'vitest'
import * as main from './index'
import * as lean from './server-session'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const ADA: SessionState = {
  status: 'authenticated',
  email: 'ada@example.com',
  organizationId: 'org_1',
  accountId: null,
}

function Who({ hooks }: { hooks: typeof lean }) {
  const auth = hooks.useAuth()
  const email = hooks.useSession((s) => (s.status === 'authenticated' ? s.email : s.status))
  const { state } = hooks.useOtp()
  const health = hooks.useHealth((h) => h.status)
  return (
    <div>
      <p>{`${email} ${state.step} ${health}`}</p>
      <hooks.SignedIn>
        <button type="button" onClick={() => auth.logout()}>
          Sign out
        </button>
      </hooks.SignedIn>
      <hooks.SignedOut>
        <p>Signed out</p>
      </hooks.SignedOut>
    </div>
  )
}

describe('the server-session entry', () => {
  test('exports what @auth-state/react exports, the same hooks and gates', () => {
    const { AuthProvider: _lean, ...leanHooks } = lean
    const { AuthProvider: _main, ...mainHooks } = main
    expect(Object.keys(lean).sort()).toEqual(Object.keys(main).sort())
    expect(leanHooks).toEqual(mainHooks)
    for (const [name, value] of Object.entries(leanHooks))
      expect(value, name).toBe(mainHooks[name as keyof typeof mainHooks])
  })

  // One context: an app may mix imports from both entries (an integration's provider from
  // this one, its own components' hooks from `@auth-state/react`).
  for (const [provider, hooks] of [
    ['server-session', 'the main entry'],
    ['the main entry', 'server-session'],
  ] as const)
    test(`its hooks and gates work under ${provider}'s provider (hooks from ${hooks})`, async () => {
      const Provider = provider === 'server-session' ? lean.AuthProvider : main.AuthProvider
      const { client } = createTestAuth({ signedInAs: { email: 'ada@example.com' } })
      render(
        <Provider client={client}>
          <Who hooks={hooks === 'server-session' ? lean : main} />
        </Provider>,
      )
      expect(screen.getByText('ada@example.com idle healthy')).toBeTruthy()
      fireEvent.click(screen.getByRole('button', { name: 'Sign out' }))
      await screen.findByText('Signed out')
      client.destroy()
    })

  test('the server render and hydration show the initialSession', () => {
    const { client } = createTestAuth()
    const html = renderToString(
      <lean.AuthProvider client={client} initialSession={ADA}>
        <Who hooks={lean} />
      </lean.AuthProvider>,
    )
    expect(html).toContain('ada@example.com idle healthy')
    expect(html).toContain('Sign out')
    client.destroy()
  })

  test('its provider needs a client: AuthError invalid_input', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const props = {} as ComponentProps<typeof lean.AuthProvider>
    expect(() => render(<lean.AuthProvider {...props} />)).toThrow(AuthError)
    expect(() => render(<lean.AuthProvider {...props} />)).toThrow(/needs `client`/)
  })

  test('nothing it imports reaches the direct client (createAuthClient, tabAuthClient)', () => {
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const code = readFileSync(new URL(file, import.meta.url), 'utf8')
      // Value imports of core's main entry: its direct client, or the tab's, would be bundled.
      for (const [, names] of code.matchAll(/import \{([^}]*)\} from '@auth-state\/core'/g))
        expect(names, file).not.toMatch(/\b(createAuthClient|tabAuthClient)\b/)
      for (const [, path] of code.matchAll(/from '(\.\/[\w-]+)'/g))
        visit(['.ts', '.tsx'].map((ext) => `${path}${ext}`).find(exists) as string)
    }
    const exists = (file: string) => {
      try {
        readFileSync(new URL(file, import.meta.url))
        return true
      } catch {
        return false
      }
    }
    visit('./server-session.ts')
    expect(seen).toContain('./client-provider.tsx')
    expect(seen).toContain('./use-otp.ts')
    expect(seen).not.toContain('./provider.tsx')
  })
})
