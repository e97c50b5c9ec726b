import type { OtpState, SessionState } from '@auth-state/core'
import type { Readable } from 'svelte/store'
import { expectTypeOf, test } from 'vitest'
import { getOtp } from './otp'
import { getSession } from './session'

test('getSession is a Svelte store of the core session', () => {
  expectTypeOf(getSession()).toEqualTypeOf<Readable<SessionState>>()
})

test('getOtp gives stores of the core state and a number of seconds', () => {
  expectTypeOf(getOtp().state).toEqualTypeOf<Readable<OtpState>>()
  expectTypeOf(getOtp().secondsUntilResend).toEqualTypeOf<Readable<number>>()
})
