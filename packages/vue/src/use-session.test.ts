import type { AuthClient } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { createApp, defineComponent, effectScope, h, nextTick, type Plugin, type Ref } from 'vue'
import SessionEmail from '../test/SessionEmail.vue'
import { authPlugin } from './plugin'
import { useSession } from './use-session'

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  cleanup()
  vi.restoreAllMocks()
  await t.close()
})

const withAuth = () => ({ global: { plugins: [[authPlugin, t.auth] as [Plugin, AuthClient]] } })

test('shows the email after sign-in and "signed out" after logout (<script setup>)', async () => {
  render(SessionEmail, withAuth())
  expect(screen.getByText('signed out')).toBeTruthy()
  await t.signIn()
  expect(await screen.findByText('demo@example.com')).toBeTruthy()
  await t.auth.logout()
  expect(await screen.findByText('signed out')).toBeTruthy()
})

test('token refreshes re-render nothing, with or without a selector', async () => {
  const renders = { slice: 0, whole: 0 }
  const Slice = defineComponent(() => {
    const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
    return () => {
      renders.slice++
      return h('p', email.value ?? '')
    }
  })
  const Whole = defineComponent(() => {
    const session = useSession()
    return () => {
      renders.whole++
      return h('p', session.value.status)
    }
  })
  await t.signIn()
  render(() => [h(Slice), h(Whole)], withAuth())
  renders.slice = 0
  renders.whole = 0
  for (let i = 0; i < 3; i++) await t.auth.refresh()
  await nextTick()
  expect(t.server.stats.count('POST /identity/user/refresh-token')).toBe(3)
  expect(renders).toEqual({ slice: 0, whole: 0 })
})

test('a component re-renders only when its own slice changes', async () => {
  const renders = { org: 0, email: 0 }
  const Org = defineComponent(() => {
    const org = useSession((s) => (s.status === 'authenticated' ? s.organizationId : ''))
    return () => {
      renders.org++
      return h('p', org.value)
    }
  })
  // A new object on every call: the custom isEqual is what keeps it from re-rendering.
  const EmailObject = defineComponent(() => {
    const slice = useSession(
      (s) => ({ email: s.status === 'authenticated' ? s.email : null }),
      (a, b) => a.email === b.email,
    )
    return () => {
      renders.email++
      return h('p', slice.value.email ?? '')
    }
  })
  await t.signIn()
  render(() => [h(Org), h(EmailObject)], withAuth())
  renders.org = 0
  renders.email = 0
  t.auth.setOrganization('org_other')
  await nextTick()
  expect(screen.getByText('org_other')).toBeTruthy()
  expect(renders).toEqual({ org: 1, email: 0 })
})

test('the ref is read-only', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  let session!: Ref<unknown>
  render(
    defineComponent(() => {
      session = useSession() as Ref<unknown>
      return () => null
    }),
    withAuth(),
  )
  session.value = { status: 'loading' }
  expect(session.value).toBe(t.auth.$session.get())
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/readonly/), expect.anything())
})

test('unmounting leaves the session store with no listeners', () => {
  expect(t.auth.$session.lc).toBe(0)
  const view = render(() => [h(SessionEmail), h(SessionEmail)], withAuth())
  expect(t.auth.$session.lc).toBe(2)
  view.unmount()
  expect(t.auth.$session.lc).toBe(0)
})

test('outside a component it follows the session until its effect scope stops', async () => {
  const app = createApp({ render: () => null }).use(authPlugin, t.auth)
  const scope = effectScope()
  const email = app.runWithContext(() =>
    scope.run(() => useSession((s) => (s.status === 'authenticated' ? s.email : null))),
  )!
  expect(email.value).toBeNull()
  await t.signIn()
  expect(email.value).toBe('demo@example.com')
  scope.stop()
  expect(t.auth.$session.lc).toBe(0)
})
