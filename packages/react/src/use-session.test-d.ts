import type { OtpState, SessionState } from '@auth-state/core'
import { expectTypeOf, test } from 'vitest'
import { useOtp } from './use-otp'
import { useSession } from './use-session'

test('a selector infers its slice without annotations', () => {
  expectTypeOf(useSession((s) => (s.status === 'authenticated' ? s.email : null))).toEqualTypeOf<
    string | null
  >()
})

test('no selector gives the whole session', () => {
  expectTypeOf(useSession()).toEqualTypeOf<SessionState>()
})

test('isEqual is typed by the slice', () => {
  useSession(
    (s) => ({ status: s.status }),
    (a, b) => {
      expectTypeOf(a).toEqualTypeOf<{ status: SessionState['status'] }>()
      return a.status === b.status
    },
  )
})

test('useOtp exposes the core state and a number of seconds', () => {
  expectTypeOf(useOtp().state).toEqualTypeOf<OtpState>()
  expectTypeOf(useOtp().secondsUntilResend).toEqualTypeOf<number>()
})
