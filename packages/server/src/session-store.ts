import type { SessionRecord } from './session-view'

/** Releases a lock taken with `SessionStore.lock`. */
export type ReleaseLock = () => Promise<void>

export interface LockOptions {
  /** How long the lock holds at most, in ms, even if its holder never releases it (a crash). */
  leaseMs: number
  /** How long to wait for a lock someone else holds, in ms. */
  waitMs: number
}

/**
 * Where server sessions live, keyed by the id in the sealed cookie. The tokens are here, never
 * in the cookie, so a context that cannot set a cookie (a Next.js server component) still
 * saves a rotated refresh token.
 *
 * `lock` makes one refresh per rotation: a refresher takes the session's lock, re-reads the
 * session, and refreshes only if nobody else already did. With several app instances the
 * store must be shared (`redisStore`) and its lock must hold across them.
 */
export interface SessionStore {
  get(id: string): Promise<SessionRecord | null>
  /** Saves `record` for `ttlSeconds` (at least 1). */
  set(id: string, record: SessionRecord, ttlSeconds: number): Promise<void>
  delete(id: string): Promise<void>
  /** Resolves to a release function once the lock is taken, or `null` after `waitMs`. */
  lock(id: string, options: LockOptions): Promise<ReleaseLock | null>
}

export interface MemoryStoreOptions {
  /** The most sessions kept; past it the oldest is forgotten. Default 10,000. */
  maxSessions?: number
}

const POLL_MS = 10
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The default store: this process's memory. Nothing to set up; sessions end when the process
 * does and are not shared between instances (use `redisStore` for that). Bounded: past
 * `maxSessions` the oldest session is forgotten.
 *
 * @example
 * createAuthServer({ apiURL, secret, store: memoryStore({ maxSessions: 50_000 }) })
 */
export function memoryStore(options: MemoryStoreOptions = {}): SessionStore {
  const max = options.maxSessions ?? 10_000
  const sessions = new Map<string, { record: SessionRecord; until: number }>()
  const locks = new Map<string, { until: number }>()

  return {
    async get(id) {
      const entry = sessions.get(id)
      if (!entry) return null
      if (entry.until <= Date.now()) {
        sessions.delete(id)
        return null
      }
      // A copy: a caller's edits must not change what the store holds.
      return { ...entry.record }
    },
    async set(id, record, ttlSeconds) {
      sessions.delete(id)
      sessions.set(id, {
        record: { ...record },
        until: Date.now() + Math.max(1, ttlSeconds) * 1000,
      })
      // Map keeps insertion order, and a write re-inserts: the first key is the stalest.
      while (sessions.size > max) sessions.delete(sessions.keys().next().value as string)
    },
    async delete(id) {
      sessions.delete(id)
    },
    async lock(id, { leaseMs, waitMs }) {
      const deadline = Date.now() + waitMs
      for (;;) {
        const held = locks.get(id)
        if (!held || held.until <= Date.now()) {
          const mine = { until: Date.now() + leaseMs }
          locks.set(id, mine)
          return async () => {
            if (locks.get(id) === mine) locks.delete(id)
          }
        }
        if (Date.now() >= deadline) return null
        await sleep(POLL_MS)
      }
    },
  }
}
