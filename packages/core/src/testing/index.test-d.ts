import { expectTypeOf, test } from 'vitest'
import type { AuthClient } from '../index'
import { createTestAuth, type ScriptedAnswer, type TestAuthOptions } from './index'

test('createTestAuth returns a real AuthClient and the kit', () => {
  const kit = createTestAuth()
  expectTypeOf(kit.client).toEqualTypeOf<AuthClient>()
  expectTypeOf(kit.signIn).toEqualTypeOf<(email?: string) => Promise<void>>()
  expectTypeOf(kit.inbox.latestCode).returns.toEqualTypeOf<string | undefined>()
  expectTypeOf(kit.identity.requests).returns.toEqualTypeOf<number>()
})

test('options: the kit options plus any createAuthClient option but fetch', () => {
  expectTypeOf<TestAuthOptions>().toHaveProperty('storage')
  expectTypeOf<TestAuthOptions>().toHaveProperty('signedInAs')
  expectTypeOf<TestAuthOptions>().not.toHaveProperty('fetch')
  // @ts-expect-error the kit's fetch is the in-memory API
  createTestAuth({ fetch: globalThis.fetch })
})

test('failNext takes a status, a dropped connection or a stall', () => {
  expectTypeOf<'network'>().toExtend<ScriptedAnswer>()
  expectTypeOf<{ status: number; body: unknown }>().toExtend<ScriptedAnswer>()
  expectTypeOf<'timeout'>().not.toExtend<ScriptedAnswer>()
})
