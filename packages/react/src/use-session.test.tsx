import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { Email } from '../test/sign-in'
import { AuthProvider } from './provider'
import { useSession } from './use-session'

const renders = { slice: 0, whole: 0, org: 0, email: 0 }

function Slice() {
  renders.slice++
  const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
  return <p>{email}</p>
}

function Whole() {
  renders.whole++
  return <p>{useSession().status}</p>
}

function Org() {
  renders.org++
  return <p>{useSession((s) => (s.status === 'authenticated' ? s.organizationId : ''))}</p>
}

// A new object on every call: the custom isEqual is what keeps it from re-rendering.
function EmailObject() {
  renders.email++
  const { email } = useSession(
    (s) => ({ email: s.status === 'authenticated' ? s.email : null }),
    (a, b) => a.email === b.email,
  )
  return <p>{email}</p>
}

const resetRenders = () => {
  for (const key of Object.keys(renders) as (keyof typeof renders)[]) renders[key] = 0
}

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  cleanup()
  await t.close()
})

test('shows the email after sign-in and "signed out" after logout', async () => {
  render(
    <AuthProvider client={t.auth}>
      <Email />
    </AuthProvider>,
  )
  expect(screen.getByText('signed out')).toBeTruthy()
  await act(() => t.signIn())
  expect(screen.getByText('demo@example.com')).toBeTruthy()
  await act(() => t.auth.logout())
  expect(screen.getByText('signed out')).toBeTruthy()
})

test('token refreshes re-render nothing, with or without a selector', async () => {
  await t.signIn()
  render(
    <AuthProvider client={t.auth}>
      <Slice />
      <Whole />
    </AuthProvider>,
  )
  resetRenders()
  for (let i = 0; i < 3; i++) await act(() => t.auth.refresh())
  expect(t.server.stats.count('POST /identity/user/refresh-token')).toBe(3)
  expect(renders.slice).toBe(0)
  expect(renders.whole).toBe(0)
})

test('a component re-renders only when its own slice changes', async () => {
  await t.signIn()
  render(
    <AuthProvider client={t.auth}>
      <Org />
      <EmailObject />
    </AuthProvider>,
  )
  resetRenders()
  act(() => t.auth.setOrganization('org_other'))
  expect(screen.getByText('org_other')).toBeTruthy()
  expect(renders.org).toBe(1)
  expect(renders.email).toBe(0)
})

test('unmounting leaves the session store with no listeners', async () => {
  expect(t.auth.$session.lc).toBe(0)
  const view = render(
    <AuthProvider client={t.auth}>
      <Email />
      <Email />
    </AuthProvider>,
  )
  expect(t.auth.$session.lc).toBe(2)
  view.unmount()
  expect(t.auth.$session.lc).toBe(0)
})
