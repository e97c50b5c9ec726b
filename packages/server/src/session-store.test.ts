import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noRedis, type RedisServer, startRedis } from '../test/redis-server'
import { redisStore } from './redis'
import { memoryStore, type SessionStore } from './session-store'
import type { SessionRecord } from './session-view'

const record: SessionRecord = {
  email: 'demo@example.com',
  organizationId: 'org_demo',
  accountId: null,
  token: 'token-value',
  refreshToken: 'refresh-value',
  expiresAt: null,
  refreshedAt: 1,
  sessionExpiresAt: Date.now() + 60_000,
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let redis: RedisServer | undefined
let client: Redis | undefined
let prefix = 0
beforeAll(async () => {
  if (noRedis) return
  redis = await startRedis()
  client = new Redis(redis.url)
})
afterAll(async () => {
  client?.disconnect()
  await redis?.stop()
})

// The same contract for every store: what refresh.ts relies on.
const stores: Array<[string, () => SessionStore, boolean]> = [
  ['memoryStore', () => memoryStore(), false],
  ['redisStore', () => redisStore({ client: client!, prefix: `contract${++prefix}:` }), !!noRedis],
]

for (const [name, make, skip] of stores)
  describe.skipIf(skip)(`${name}: the SessionStore contract`, () => {
    it('gets what was set, a copy; nothing after delete or for an unknown id', async () => {
      const store = make()
      expect(await store.get('a')).toBeNull()
      await store.set('a', record, 60)
      const got = await store.get('a')
      expect(got).toEqual(record)
      got!.token = 'changed'
      expect((await store.get('a'))!.token).toBe('token-value')
      await store.delete('a')
      expect(await store.get('a')).toBeNull()
      await store.delete('a')
    })

    it('forgets a session after its TTL', async () => {
      const store = make()
      await store.set('t', record, 1)
      expect(await store.get('t')).not.toBeNull()
      await sleep(1_200)
      expect(await store.get('t')).toBeNull()
    })

    it('locks: one holder; others wait, then get it on release, or null after waitMs', async () => {
      const store = make()
      const first = await store.lock('s', { leaseMs: 5_000, waitMs: 0 })
      expect(first).not.toBeNull()
      expect(await store.lock('s', { leaseMs: 5_000, waitMs: 60 })).toBeNull()
      const waiting = store.lock('s', { leaseMs: 5_000, waitMs: 3_000 })
      await sleep(50)
      await first!()
      const second = await waiting
      expect(second).not.toBeNull()
      await second!()
      // Another id is another lock.
      const other = await store.lock('t', { leaseMs: 5_000, waitMs: 0 })
      expect(other).not.toBeNull()
      await other!()
    })

    it("a lease runs out by itself, and a late release never frees the next holder's lock", async () => {
      const store = make()
      const crashed = await store.lock('c', { leaseMs: 200, waitMs: 0 })
      expect(crashed).not.toBeNull()
      const next = await store.lock('c', { leaseMs: 5_000, waitMs: 2_000 })
      expect(next).not.toBeNull()
      await crashed!()
      expect(await store.lock('c', { leaseMs: 5_000, waitMs: 0 })).toBeNull()
      await next!()
      expect(await store.lock('c', { leaseMs: 5_000, waitMs: 0 })).not.toBeNull()
    })
  })

describe('memoryStore bounds', () => {
  it('keeps at most maxSessions, forgetting the stalest first', async () => {
    const store = memoryStore({ maxSessions: 3 })
    for (const id of ['a', 'b', 'c']) await store.set(id, record, 60)
    await store.set('a', record, 60) // a written again: b is now the stalest
    await store.set('d', record, 60)
    expect(await store.get('b')).toBeNull()
    for (const id of ['a', 'c', 'd']) expect(await store.get(id)).not.toBeNull()
  })
})
