import type { SessionState } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { render, screen } from '@testing-library/svelte'
import { tick } from 'svelte'
import { derived, type Readable } from 'svelte/store'
import { afterEach, beforeEach, expect, test } from 'vitest'
import Email from '../test/Email.svelte'
import EmailProbe from '../test/EmailProbe.svelte'
import Harness from '../test/Harness.svelte'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  await t.close()
})

test('shows the email after sign-in and "signed out" after logout (Svelte 4 syntax)', async () => {
  render(Harness, { client: t.auth, views: [Email] })
  expect(screen.getByText('signed out')).toBeTruthy()
  await t.signIn()
  expect(await screen.findByText('demo@example.com')).toBeTruthy()
  await t.auth.logout()
  expect(await screen.findByText('signed out')).toBeTruthy()
})

test('token refreshes notify no subscriber and re-render nothing (runes mode)', async () => {
  let session!: Readable<SessionState>
  let renders = 0
  await t.signIn()
  render(Harness, {
    client: t.auth,
    views: [EmailProbe],
    onSession: (store: Readable<SessionState>) => {
      session = store
    },
    onRender: () => renders++,
  })
  await tick()
  expect(screen.getByText('demo@example.com')).toBeTruthy()
  expect(renders).toBe(1)

  const calls = { session: 0, email: 0 }
  const stop = [
    session.subscribe(() => calls.session++),
    derived(session, (s) => (s.status === 'authenticated' ? s.email : null)).subscribe(
      () => calls.email++,
    ),
  ]
  for (let i = 0; i < 3; i++) await t.auth.refresh()
  await tick()
  expect(t.server.stats.count('POST /identity/user/refresh-token')).toBe(3)
  // One call each: the one every store makes at subscription.
  expect(calls).toEqual({ session: 1, email: 1 })
  expect(renders).toBe(1)

  await t.auth.logout()
  await tick()
  expect(calls).toEqual({ session: 2, email: 2 })
  expect(renders).toBe(2)
  for (const unsubscribe of stop) unsubscribe()
})

test('unmounting leaves the session store with no listeners', () => {
  expect(t.auth.$session.lc).toBe(0)
  const view = render(Harness, { client: t.auth, views: [Email, EmailProbe] })
  expect(t.auth.$session.lc).toBe(2)
  view.unmount()
  expect(t.auth.$session.lc).toBe(0)
})
