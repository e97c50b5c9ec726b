// `@auth-state/server/redis`: sessions in Redis, shared by every app instance. Its own entry, so
// an app on the memory store never loads it. Needs `ioredis` (an optional peer dependency).
import type { Redis } from 'ioredis'
import type { ReleaseLock, SessionStore } from './session-store'
import { isSessionRecord } from './session-view'

export interface RedisStoreOptions {
  /** A connected ioredis client (or Cluster). The store never closes it. */
  client: Redis
  /** Prefix of every key. Default `'auth-state:'`. */
  prefix?: string
}

const POLL_MS = 20
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
// Deletes the lock only if it is still ours: a lease that ran out may belong to someone else now.
const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end"

/**
 * A SessionStore in Redis. Sessions expire with their absolute lifetime (`EX`); the refresh lock
 * is `SET NX PX` with a random owner, so one instance refreshes per rotation and a crashed
 * holder's lock runs out by itself.
 *
 * @example
 * import Redis from 'ioredis'
 * import { redisStore } from '@auth-state/server/redis'
 * const auth = createAuthServer({ apiURL, secret, store: redisStore({ client: new Redis(process.env.REDIS_URL!) }) })
 */
export function redisStore(options: RedisStoreOptions): SessionStore {
  const { client } = options
  const prefix = options.prefix ?? 'auth-state:'
  const sessionKey = (id: string) => `${prefix}session:${id}`
  const lockKey = (id: string) => `${prefix}lock:${id}`

  return {
    async get(id) {
      const text = await client.get(sessionKey(id))
      if (!text) return null
      try {
        const value: unknown = JSON.parse(text)
        return isSessionRecord(value) ? value : null
      } catch {
        return null
      }
    },
    async set(id, record, ttlSeconds) {
      await client.set(
        sessionKey(id),
        JSON.stringify(record),
        'EX',
        Math.max(1, Math.ceil(ttlSeconds)),
      )
    },
    async delete(id) {
      await client.del(sessionKey(id))
    },
    async lock(id, { leaseMs, waitMs }): Promise<ReleaseLock | null> {
      const key = lockKey(id)
      const owner = crypto.randomUUID()
      const deadline = Date.now() + waitMs
      for (;;) {
        const taken = await client.set(key, owner, 'PX', Math.max(1, Math.ceil(leaseMs)), 'NX')
        if (taken === 'OK')
          return async () => {
            await client.eval(RELEASE, 1, key, owner)
          }
        if (Date.now() >= deadline) return null
        await sleep(POLL_MS)
      }
    },
  }
}
