import type { ReadableAtom } from 'nanostores'
import { describe, expectTypeOf, it } from 'vitest'
import * as z from 'zod/mini'
import { sessionCookie } from './cookie/index'
import {
  type AuthError,
  type AuthErrorCode,
  createAuthClient,
  type OtpOptions,
  type OtpState,
  type SessionState,
  type SignOutReason,
  safeRedirect,
} from './index'
import { readSession, readToken } from './server'

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

  it('says why a tab is signed out, and keeps token times apart from the session', () => {
    const s = auth.$session.get()
    if (s.status === 'unauthenticated')
      expectTypeOf(s.reason).toEqualTypeOf<SignOutReason | undefined>()
    expectTypeOf<SignOutReason>().toEqualTypeOf<'signed-out' | 'expired' | 'other-tab' | 'idle'>()
    expectTypeOf(auth.$tokenTimes.get()).toEqualTypeOf<{
      expiresAt: number | null
      refreshedAt: number | null
    }>()
    expectTypeOf(auth.initialOtp).toEqualTypeOf<OtpState>()
  })

  it('types the server entry, the cookie option and safeRedirect', () => {
    expectTypeOf(readSession).returns.toEqualTypeOf<SessionState>()
    expectTypeOf(readToken).returns.toEqualTypeOf<string | null>()
    readSession(new Request('https://x.example'))
    readSession(new Headers())
    readSession('a=b')
    readSession(null, { cookieName: 'sid' })
    expectTypeOf(safeRedirect).returns.toEqualTypeOf<string>()
    createAuthClient({
      baseURL: '/api',
      cookie: sessionCookie({ token: true, sameSite: 'strict' }),
      ssr: true,
    })
    createAuthClient({ baseURL: '/api', cookie: false })
    // @ts-expect-error: not a SameSite value
    sessionCookie({ sameSite: 'sometimes' })
    // @ts-expect-error: the earlier form: sessionCookie() from @auth-state/core/cookie instead
    createAuthClient({ baseURL: '/api', cookie: true })
    // @ts-expect-error: the earlier form
    createAuthClient({ baseURL: '/api', cookie: { token: true } })
  })

  it('requires a baseURL', () => {
    // @ts-expect-error: baseURL is required
    createAuthClient({})
  })
})

describe('typed data calls', () => {
  const auth = createAuthClient({ baseURL: 'https://api.example.com' })
  const Account = z.object({ email: z.string(), organizationId: z.string() })

  it('infers the result from the schema', () => {
    expectTypeOf(auth.fetch('/network/v1/account', { schema: Account })).toEqualTypeOf<
      Promise<{ email: string; organizationId: string }>
    >()
    expectTypeOf(auth.fetchRaw('/x', { schema: z.array(z.number()) })).toEqualTypeOf<
      Promise<number[]>
    >()
  })

  it('takes an explicit type, unknown by default, and only its own options', () => {
    expectTypeOf(auth.fetch<{ id: string }>('/x')).toEqualTypeOf<Promise<{ id: string }>>()
    expectTypeOf(auth.fetch('/x')).toEqualTypeOf<Promise<unknown>>()
    // @ts-expect-error: no per-call baseURL: calls go to the API origin only
    auth.fetch('/x', { baseURL: 'https://other.example' })
    // @ts-expect-error: the schema must produce the declared type
    auth.fetch<{ id: number }>('/x', { schema: Account })
  })
})

describe('health', () => {
  const auth = createAuthClient({ baseURL: 'https://api.example.com' })
  it('is a union by status, with no token in any member', () => {
    const h = auth.$health.get()
    if (h.status === 'ending') expectTypeOf(h.reason).toEqualTypeOf<'idle' | 'lifetime'>()
    if (h.status === 'offline') expectTypeOf(h.retryAt).toEqualTypeOf<number | null>()
    // @ts-expect-error: health holds no token
    h.token
    expectTypeOf(auth.stayActive).toEqualTypeOf<() => void>()
  })
})
