import type { ReadableAtom } from 'nanostores'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AuthError,
  type AuthErrorCode,
  createAuthClient,
  type OtpOptions,
  type OtpState,
  type SessionState,
} from './index'

describe('public types', () => {
  const auth = createAuthClient({ baseURL: 'https://api.example.com' })

  it('exposes the session as a readable atom that narrows on status', () => {
    expectTypeOf(auth.$session).toEqualTypeOf<ReadableAtom<SessionState>>()
    const s = auth.$session.get()
    if (s.status === 'authenticated') {
      expectTypeOf(s.email).toEqualTypeOf<string>()
      expectTypeOf(s.accountId).toEqualTypeOf<string | null>()
    }
    // @ts-expect-error: no token on the session, ever
    s.token
  })

  it('types the OTP flow and errors', () => {
    expectTypeOf(auth.$otp.get()).toEqualTypeOf<OtpState>()
    expectTypeOf(auth.sendOtp).parameter(0).toEqualTypeOf<string>()
    expectTypeOf<AuthError['code']>().toEqualTypeOf<AuthErrorCode>()
    expectTypeOf(auth.getToken).returns.toEqualTypeOf<Promise<string | null>>()
  })

  it('has a storage error code and the OTP code lifetime option', () => {
    expectTypeOf<'storage'>().toExtend<AuthErrorCode>()
    expectTypeOf<OtpOptions['codeLifetimeSeconds']>().toEqualTypeOf<number | undefined>()
  })

  it('types event payloads per event', () => {
    auth.on('login', (e) => expectTypeOf(e.email).toEqualTypeOf<string>())
    auth.on('refresh', (e) => expectTypeOf(e.expiresAt).toEqualTypeOf<number | null>())
    // @ts-expect-error: unknown event
    auth.on('tokenChanged', () => {})
  })

  it('requires a baseURL', () => {
    // @ts-expect-error: baseURL is required
    createAuthClient({})
  })
})
