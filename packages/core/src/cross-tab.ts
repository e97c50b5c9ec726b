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
const LEASE_BEAT = 1_000

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

  // The fallback lock: a lease in storage that its holder renews while it works. Waiters judge
  // a lease by whether it still changes, counted in polls rather than by the clock, so a clock
  // jump (a laptop waking up) cannot make a live holder look dead.
  async function withLease<T>(fn: () => Promise<T>): Promise<T> {
    const key = `${deps.key}:lock`
    const id = Math.random().toString(36).slice(2)
    const patience = Math.ceil(deps.lockTimeoutMs / LEASE_POLL)
    const read = async () => {
      try {
        const raw = deps.storage.getItem(key)
        return (isPromise(raw) ? await raw : raw) ?? null
      } catch {
        return null
      }
    }
    let beat = 0
    const claim = () => deps.storage.setItem(key, JSON.stringify({ id, beat: beat++ }))
    const mine = (raw: string | null) => !!raw?.includes(`"id":"${id}"`)
    let last: string | null = null
    let unchanged = 0
    for (;;) {
      const raw = await read()
      unchanged = raw !== null && raw === last ? unchanged + 1 : 0
      last = raw
      if (raw === null || unchanged >= patience) {
        await claim()
        // Two tabs can claim at once; the one whose write stuck wins, the other waits.
        await sleep(LEASE_POLL)
        if (mine(await read())) break
      } else await sleep(LEASE_POLL)
    }
    const heartbeat = setInterval(claim, LEASE_BEAT)
    try {
      return await fn()
    } finally {
      clearInterval(heartbeat)
      if (mine(await read())) await deps.storage.removeItem(key)
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
