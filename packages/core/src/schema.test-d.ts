import { type } from 'arktype'
import * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import * as zc from 'zod'
import * as zm from 'zod/mini'
import { createAuthClient, type StandardSchemaV1 } from './index'

// Any Standard Schema types `fetch` and `fetchRaw` exactly: no `| undefined`, no `unknown`.
interface Account {
  email: string
  organizationId: string
  plan: 'free' | 'pro'
  seats: number[]
}

describe('schemas from every library type the result exactly', () => {
  const auth = createAuthClient({ baseURL: 'https://api.example.com' })

  it('zod (classic)', () => {
    const Account = zc.object({
      email: zc.string(),
      organizationId: zc.string(),
      plan: zc.enum(['free', 'pro']),
      seats: zc.array(zc.number()),
    })
    expectTypeOf(auth.fetch('/a', { schema: Account })).toEqualTypeOf<Promise<Account>>()
    expectTypeOf(auth.fetchRaw('/a', { schema: zc.array(zc.string()) })).toEqualTypeOf<
      Promise<string[]>
    >()
    // A transform's output, not its input.
    expectTypeOf(
      auth.fetch('/n', { schema: zc.string().transform((s) => s.length) }),
    ).toEqualTypeOf<Promise<number>>()
  })

  it('zod/mini', () => {
    const Account = zm.object({
      email: zm.string(),
      organizationId: zm.string(),
      plan: zm.enum(['free', 'pro']),
      seats: zm.array(zm.number()),
    })
    expectTypeOf(auth.fetch('/a', { schema: Account })).toEqualTypeOf<Promise<Account>>()
    expectTypeOf(auth.fetch('/a', { schema: zm.optional(zm.string()) })).toEqualTypeOf<
      Promise<string | undefined>
    >()
  })

  it('valibot', () => {
    const Account = v.object({
      email: v.string(),
      organizationId: v.string(),
      plan: v.picklist(['free', 'pro']),
      seats: v.array(v.number()),
    })
    expectTypeOf(auth.fetch('/a', { schema: Account })).toEqualTypeOf<Promise<Account>>()
    expectTypeOf(auth.fetchRaw('/a', { schema: v.array(v.string()) })).toEqualTypeOf<
      Promise<string[]>
    >()
  })

  it('arktype', () => {
    const Account = type({
      email: 'string',
      organizationId: 'string',
      plan: "'free' | 'pro'",
      seats: 'number[]',
    })
    expectTypeOf(auth.fetch('/a', { schema: Account })).toEqualTypeOf<Promise<Account>>()
    expectTypeOf(auth.fetchRaw('/a', { schema: type('string[]') })).toEqualTypeOf<
      Promise<string[]>
    >()
  })

  it('a hand-written Standard Schema, and the declared type must match the schema', () => {
    const Id: StandardSchemaV1<unknown, { id: string }> = {
      '~standard': {
        version: 1,
        vendor: 'app',
        validate: (value) => ({ value: value as { id: string } }),
      },
    }
    expectTypeOf(auth.fetch('/x', { schema: Id })).toEqualTypeOf<Promise<{ id: string }>>()
    // @ts-expect-error: the schema must produce the declared type
    auth.fetch<{ id: number }>('/x', { schema: Id })
    // @ts-expect-error: not a schema
    auth.fetch('/x', { schema: { parse: (value: unknown) => value } })
  })
})
