// <AuthProvider> keeps React Router's loaders in step with the tab's session: the real
// server-session client on the real handler (createTestServerSession), React Router's own
// router (createRoutesStub) whose loader reads the session as a server loader would.
import { useSession } from '@auth-state/react'
import { createTestServerSession } from '@auth-state/server/testing'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { createRoutesStub, Outlet, useLoaderData, useRevalidator } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { Guarded } from './guarded'
import { AuthProvider } from './provider'
import { sessionState } from './server/session-state'

afterEach(cleanup)

// The app under test; one per test (module level: React components must not be made per call).
let kit: ReturnType<typeof createTestServerSession>
let loads = 0

const rootLoader = async () => {
  loads++
  return { session: sessionState(await kit.server.getSession(kit.browser.request('/'))) }
}

function Root() {
  const { session } = useLoaderData<typeof rootLoader>()
  return (
    <AuthProvider client={kit.client}>
      <p>server: {session.status === 'authenticated' ? session.organizationId : 'signed out'}</p>
      <Here />
      <Outlet />
    </AuthProvider>
  )
}

function Here() {
  const status = useSession((s) => s.status)
  const { revalidate } = useRevalidator()
  return (
    <p>
      tab: {status}{' '}
      <button type="button" onClick={() => revalidate()}>
        Reload
      </button>
    </p>
  )
}

const SignInPage = () => <p>the sign-in page</p>
const AccountPage = () => <p>the account page</p>

async function app(guard = false) {
  kit = createTestServerSession()
  loads = 0
  await kit.signIn('demo@example.com')
  const Stub = createRoutesStub([
    {
      // The session comes from the root route's loader data, as in an app.
      id: 'root',
      path: '/',
      Component: Root,
      loader: rootLoader,
      children: [
        { path: 'sign-in', Component: SignInPage },
        {
          Component: guard ? Guarded : Outlet,
          children: [{ path: 'account', Component: AccountPage }],
        },
      ],
    },
  ])
  render(<Stub initialEntries={['/account']} />)
  await screen.findByText('server: org_demo')
  return { kit, loads: () => loads }
}

describe('AuthProvider (React Router)', () => {
  it('runs the loaders again after an organization switch, once the handler holds it', async () => {
    const { kit, loads } = await app()
    const before = loads()
    await act(async () => kit.client.setOrganization('org_demo_labs'))
    await screen.findByText('server: org_demo_labs')
    expect(loads()).toBeGreaterThan(before)
  })

  it('a session the server saw end first: the tab asks the handler and shows it too', async () => {
    const { kit } = await app()
    // The session ends on the server only (a revoked session; no tab has heard of it yet).
    await kit.server.handle(
      kit.browser.request('/auth/logout', {
        method: 'POST',
        headers: { 'x-auth-state': '1', 'content-type': 'application/json' },
        body: '{}',
      }),
    )
    expect(kit.client.$session.get().status).toBe('authenticated')
    // The loaders run again (a navigation, a reload button): the server renders signed out,
    // and the tab asks the handler rather than keep showing the session.
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }))
    await screen.findByText('server: signed out')
    await screen.findByText('tab: unauthenticated')
  })

  it('Guarded leaves for the sign-in page, with the path in ?next=, when the session ends', async () => {
    const { kit } = await app(true)
    expect(screen.getByText('the account page')).toBeTruthy()
    await act(() => kit.client.logout())
    await screen.findByText('the sign-in page')
  })
})
