import type { AuthClient } from '@auth-state/core'
import { expectTypeOf, test } from 'vitest'
import type { AuthProviderProps as MainProps } from './index'
import type { AuthProviderProps } from './server-session'

test('the server-session provider takes a client, never options', () => {
  expectTypeOf<AuthProviderProps['client']>().toEqualTypeOf<AuthClient>()
  // @ts-expect-error `options` needs the direct client: only @auth-state/react's provider has it
  const withOptions: AuthProviderProps = { options: { baseURL: 'https://api.example.com' } }
  void withOptions
  // What it accepts, the main entry's provider accepts too.
  expectTypeOf<AuthProviderProps>().toExtend<MainProps>()
})
