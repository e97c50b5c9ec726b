import { expectTypeOf, test } from 'vitest'
import type { AuthClient } from '../index'
import {
  type AuthError,
  createServerSessionClient,
  type ServerSessionOptions,
  type SessionView,
} from './index'

test('createServerSessionClient returns the AuthClient the adapters take', () => {
  expectTypeOf(createServerSessionClient).returns.toEqualTypeOf<AuthClient>()
  expectTypeOf(createServerSessionClient)
    .parameter(0)
    .toEqualTypeOf<ServerSessionOptions | undefined>()
  expectTypeOf<AuthError['code']>().toExtend<string>()
  expectTypeOf<'unsupported'>().toExtend<AuthError['code']>()
})

test('options: the handler path and the shared ones, nothing token-related', () => {
  expectTypeOf<ServerSessionOptions>().toHaveProperty('path')
  expectTypeOf<ServerSessionOptions>().toHaveProperty('otp')
  expectTypeOf<ServerSessionOptions>().not.toHaveProperty('baseURL')
  expectTypeOf<ServerSessionOptions>().not.toHaveProperty('authHeaders')
  // @ts-expect-error the direct mode's options are not this mode's
  createServerSessionClient({ refreshLeewaySeconds: 60 })
})

test('the session view carries no token', () => {
  expectTypeOf<SessionView>().not.toHaveProperty('token')
  expectTypeOf<Extract<SessionView, { status: 'authenticated' }>>().toHaveProperty('expiresAt')
})
