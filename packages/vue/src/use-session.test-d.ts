import type { OtpState, SessionState } from '@auth-state/core'
import { expectTypeOf, test } from 'vitest'
import type { Ref } from 'vue'
import { useOtp } from './use-otp'
import { useSession } from './use-session'

test('a selector infers its slice without annotations', () => {
  const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
  expectTypeOf(email.value).toEqualTypeOf<string | null>()
  expectTypeOf(email).toEqualTypeOf<Readonly<Ref<string | null>>>()
})

test('no selector gives the whole session, read-only', () => {
  const session = useSession()
  expectTypeOf(session.value).toEqualTypeOf<SessionState>()
  // @ts-expect-error the ref is read-only
  session.value = { status: 'loading' }
})

test('useOtp exposes read-only refs of the core state and a number of seconds', () => {
  const { state, secondsUntilResend } = useOtp()
  expectTypeOf(state.value).toEqualTypeOf<OtpState>()
  expectTypeOf(secondsUntilResend.value).toEqualTypeOf<number>()
})
