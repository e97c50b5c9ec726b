import type { Credentials } from './session'
import { isPromise, type StorageAdapter } from './storage'

export interface CrossTab {
  /** Tells other tabs that storage changed. The message carries no data, least of all a token. */
  notify(): void
  /** Runs `fn` while no other tab of this origin and key runs its own. */
  withLock<T>(fn: () => Promise<T>): Promise<T>
  close(): void
}

export interface CrossTabDeps {
  key: string
  storage: StorageAdapter
  /** How long a tab waits for the lock before it takes it anyway (a holder that hung or died). */
  lockTimeoutMs: number
  read(): Promise<Credentials | null>
  onChange(stored: Credentials | null): void
}

const MESSAGE = 'auth-state:changed'
const LEASE_POLL = 50

/**
 * Keeps tabs in agreement. A tab that hears "changed" re-reads storage and reconciles; a tab that
 * wants to refresh takes a Web Lock first (a lease in storage where Web Locks are missing), so
 * that one rotation happens once, whichever tab does it.
 */
export function createCrossTab(deps: CrossTabDeps): CrossTab {
  // Absent in Node (tests, explicit `crossTab: true` on a server): the channel alone serves.
  const win = typeof window === 'undefined' ? undefined : window
  const channelName = `auth-state:${deps.key}`
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null
  let closed = false

  // Storage events and channel messages can arrive in bursts; reads are serialised so that the
  // last one applied is the newest.
  let reading: Promise<void> = Promise.resolve()
  const changed = () => {
    reading = reading.then(async () => {
      const stored = await deps.read()
      if (!closed) deps.onChange(stored)
    })
  }
  const onMessage = (event: MessageEvent) => {
    if (event.data === MESSAGE) changed()
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === deps.key || event.key === null) changed()
  }
  if (channel) channel.addEventListener('message', onMessage)
  else win?.addEventListener('storage', onStorage)

  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  const lockName = `${channelName}:refresh`

  async function withWebLock<T>(fn: () => Promise<T>): Promise<T> {
    const signal = AbortSignal.timeout(deps.lockTimeoutMs)
    try {
      return await locks!.request(lockName, { signal }, fn)
    } catch (error) {
      if (!signal.aborted || (error as Error)?.name !== 'AbortError') throw error
      // The holder hung (a tab frozen mid-refresh, a leaked client after hot reload): take over.
      return locks!.request(lockName, { steal: true }, fn)
    }
  }

  async function withLease<T>(fn: () => Promise<T>): Promise<T> {
    const key = `${deps.key}:lock`
    const id = Math.random().toString(36).slice(2)
    const deadline = Date.now() + deps.lockTimeoutMs
    const readLease = async () => {
      try {
        const raw = deps.storage.getItem(key)
        const value = JSON.parse(((isPromise(raw) ? await raw : raw) as string) ?? 'null')
        return value && typeof value.id === 'string' && typeof value.until === 'number'
          ? (value as { id: string; until: number })
          : null
      } catch {
        return null
      }
    }
    for (;;) {
      const lease = await readLease()
      if (!lease || lease.until < Date.now() || Date.now() >= deadline) {
        await deps.storage.setItem(
          key,
          JSON.stringify({ id, until: Date.now() + deps.lockTimeoutMs }),
        )
        // Two tabs can write at once; the one whose write stuck wins, the other waits.
        await sleep(LEASE_POLL)
        if ((await readLease())?.id === id || Date.now() >= deadline) break
      } else await sleep(LEASE_POLL)
    }
    try {
      return await fn()
    } finally {
      if ((await readLease())?.id === id) await deps.storage.removeItem(key)
    }
  }

  return {
    notify() {
      if (closed) return
      channel?.postMessage(MESSAGE)
    },
    withLock: (fn) => (locks ? withWebLock(fn) : withLease(fn)),
    close() {
      closed = true
      channel?.removeEventListener('message', onMessage)
      channel?.close()
      win?.removeEventListener('storage', onStorage)
    },
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
