import { AuthError } from '@auth-state/core/server'
import type { ResolvedOptions } from './options'
import { idleEndOf, type SessionRecord } from './session-view'
import { tokenExpiry } from './token-expiry'
import { isRejection, type Upstream } from './upstream'

/** A session as loaded: its record, or why there is none. */
export type Loaded = { record: SessionRecord } | { record: null; reason?: 'expired' | 'idle' }

export interface Sessions {
  /** The record for `id`, refreshed first when its token is due (`refresh`). */
  load(id: string, options?: { refresh?: boolean }): Promise<Loaded>
  /**
   * A new access token for a session whose token `stale` was refused (a 401): one refresh per
   * rotation, whoever asks (this process's callers share it, other processes wait on the store's
   * lock and adopt what the holder saved).
   */
  rotate(id: string, stale: SessionRecord): Promise<Loaded>
  /** Saves `record` under `id` until its absolute end. */
  save(id: string, record: SessionRecord): Promise<void>
  /**
   * Changes a session's ids under its lock, on a fresh read: a write beside a refresh would
   * put back the refresh token the refresh just retired.
   */
  update(
    id: string,
    patch: Partial<Pick<SessionRecord, 'organizationId' | 'accountId'>>,
  ): Promise<Loaded>
  /**
   * A request of the session came: its idle clock restarts. Written at most every tenth of the
   * idle timeout (and every minute at most), so a busy page does not write the store per call.
   */
  touch(id: string, record: SessionRecord): Promise<SessionRecord>
  /** Forgets a session, after any refresh of it in flight (which would otherwise save it again). */
  end(id: string): Promise<SessionRecord | null>
}

/** True when the access token should be refreshed before it is used. */
export function isDue(record: SessionRecord, now: number, leewayMs: number): boolean {
  if (record.expiresAt === null) return false
  // At most half the token's life early, so a short-lived token is not refreshed on every call.
  const early = Math.min(leewayMs, Math.max(0, (record.expiresAt - record.refreshedAt) / 2))
  return now >= record.expiresAt - early
}

export function createSessions(o: ResolvedOptions, upstream: Upstream): Sessions {
  const { store, now } = o
  // The lock outlives the refresh call it guards (bounded by timeoutMs), so a second holder can
  // never send the same refresh token while the first may still be using it.
  const leaseMs = o.timeoutMs + 5_000
  const waitMs = leaseMs + 5_000
  // One refresh per session in this process: N concurrent callers await the same promise.
  const inflight = new Map<string, Promise<Loaded>>()

  const ttl = (record: SessionRecord) => Math.ceil((record.sessionExpiresAt - now()) / 1000)

  async function save(id: string, record: SessionRecord): Promise<void> {
    await store.set(id, record, Math.max(1, ttl(record)))
  }

  async function read(id: string): Promise<Loaded> {
    const record = await store.get(id)
    if (!record) return { record: null, reason: 'expired' }
    if (record.sessionExpiresAt <= now()) {
      await store.delete(id)
      return { record: null, reason: 'expired' }
    }
    const idleEnd = idleEndOf(record, o.idleTimeoutMs)
    if (idleEnd !== null && idleEnd <= now()) {
      // Nobody used it for the idle timeout (a laptop closed overnight): over, whatever the page.
      await store.delete(id)
      return { record: null, reason: 'idle' }
    }
    return { record }
  }

  async function refresh(id: string, seen: SessionRecord): Promise<Loaded> {
    const release = await store.lock(id, { leaseMs, waitMs })
    try {
      // Re-read under the lock: another caller or instance may have rotated meanwhile.
      const loaded = await read(id)
      if (!loaded.record || loaded.record.refreshToken !== seen.refreshToken) return loaded
      if (!release)
        throw new AuthError('network', '[refresh] the session lock was not released in time')
      let data: Record<string, unknown>
      try {
        data = await upstream.identity(
          o.refreshEndpoint,
          { refreshToken: loaded.record.refreshToken },
          o.timeoutMs,
        )
      } catch (error) {
        if (!isRejection(error)) throw error
        // The API said no for good (expired, revoked, reused): the session is over.
        await store.delete(id)
        return { record: null, reason: 'expired' }
      }
      if (typeof data.token !== 'string' || !data.token)
        throw new AuthError(
          'invalid_response',
          `[POST] ${o.refreshEndpoint}: no token in the answer`,
        )
      const rotated = typeof data.refreshToken === 'string' && data.refreshToken !== ''
      const record: SessionRecord = {
        ...loaded.record,
        token: data.token,
        refreshToken: rotated ? (data.refreshToken as string) : loaded.record.refreshToken,
        expiresAt: tokenExpiry(data.token),
        refreshedAt: now(),
      }
      await save(id, record)
      return { record }
    } finally {
      await release?.().catch(() => {})
    }
  }

  function rotate(id: string, stale: SessionRecord): Promise<Loaded> {
    let running = inflight.get(id)
    if (!running) {
      running = refresh(id, stale).finally(() => inflight.delete(id))
      inflight.set(id, running)
    }
    return running
  }

  async function load(id: string, options: { refresh?: boolean } = {}): Promise<Loaded> {
    const loaded = await read(id)
    if (!loaded.record || options.refresh === false) return loaded
    if (!isDue(loaded.record, now(), o.leewayMs)) return loaded
    return rotate(id, loaded.record)
  }

  async function update(
    id: string,
    patch: Partial<Pick<SessionRecord, 'organizationId' | 'accountId'>>,
  ): Promise<Loaded> {
    const release = await store.lock(id, { leaseMs, waitMs })
    if (!release)
      throw new AuthError('network', '[session] the session lock was not released in time')
    try {
      const loaded = await read(id)
      if (!loaded.record) return loaded
      const record = { ...loaded.record, ...patch }
      await save(id, record)
      return { record }
    } finally {
      await release().catch(() => {})
    }
  }

  async function end(id: string): Promise<SessionRecord | null> {
    // Waits for a refresh in flight; a lock that cannot be had does not keep the session alive.
    const release = await store.lock(id, { leaseMs, waitMs }).catch(() => null)
    try {
      const record = await store.get(id)
      await store.delete(id)
      return record
    } finally {
      await release?.().catch(() => {})
    }
  }

  async function touch(id: string, record: SessionRecord): Promise<SessionRecord> {
    if (o.idleTimeoutMs === null) return record
    const at = now()
    const every = Math.min(60_000, o.idleTimeoutMs / 10)
    if (record.activeAt !== undefined && at - record.activeAt < every) return record
    const release = await store.lock(id, { leaseMs, waitMs }).catch(() => null)
    if (!release) return record
    try {
      // On a fresh read: the record in hand may hold a refresh token a rotation just retired.
      const loaded = await read(id)
      if (!loaded.record) return record
      const next = { ...loaded.record, activeAt: at }
      await save(id, next)
      return next
    } finally {
      await release().catch(() => {})
    }
  }

  return { load, rotate, save, update, end, touch }
}
