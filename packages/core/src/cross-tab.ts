import { rethrow } from './publish'
import type { Credentials } from './session'
import type { StorageAdapter } from './storage'

export interface CrossTab {
  /**
   * Tells other tabs that storage changed, to revision `rev`. The message carries no data, least
   * of all a token. With Web Locks the revision is also announced as a short-lived lock name
   * (the lock manager is consistent across processes; localStorage reads are not); the promise
   * resolves once it is.
   */
  notify(rev: string): Promise<void> | undefined
  /** Runs `fn` while no other tab of this origin and key runs its own. */
  withLock<T>(fn: () => Promise<T>): Promise<T>
  close(): void
}

export interface CrossTabDeps {
  key: string
  storage: StorageAdapter
  /** How long a tab waits for the lock before it takes it anyway (a holder that hung or died). */
  lockTimeoutMs: number
  /** The revision storage shows this tab now. */
  revision(): string | Promise<string>
  /** What storage says now; undefined when it says nothing this tab should follow. */
  read(): Promise<Credentials | null | undefined>
  onChange(stored: Credentials | null | undefined): void
}

const MESSAGE = 'auth-state:changed'
const LEASE_POLL = 50
const LEASE_BEAT = 1_000
// How long a write's revision stays announced; storage catches up in milliseconds.
const MARKER_MS = 5_000
const SETTLE_POLL = 20
const SETTLE_TRIES = 50

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
  // Each read stands alone: one that throws must not reject the chain, which would stop this
  // tab following other tabs for good.
  const changed = () => {
    reading = reading
      .then(async () => {
        const stored = await deps.read()
        if (!closed) deps.onChange(stored)
      })
      .catch(rethrow)
  }
  const onMessage = (event: MessageEvent) => {
    if (event.data === MESSAGE) changed()
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === deps.key || event.key === null) changed()
  }
  // Both, where both exist: in Chromium a channel message can arrive before this tab's copy of
  // localStorage shows the write it announces, and the storage event comes just after. The
  // channel still serves storages that fire no storage event (async adapters); a second
  // re-read that finds nothing new changes nothing.
  channel?.addEventListener('message', onMessage)
  win?.addEventListener('storage', onStorage)

  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  const lockName = `${channelName}:refresh`

  const markerPrefix = `${lockName}:rev:`
  const markers = new Set<() => void>()

  function announce(rev: string): Promise<void> {
    return new Promise<void>((granted) => {
      locks!
        .request(`${markerPrefix}${Date.now()}:${rev}`, () => {
          granted()
          return new Promise<void>((resolve) => {
            const release = () => {
              clearTimeout(timer)
              markers.delete(release)
              resolve()
            }
            const timer = setTimeout(release, MARKER_MS)
            markers.add(release)
          })
        })
        .catch(() => granted())
    })
  }

  // In Chromium, tabs in other processes read localStorage from a cache that catches up a few
  // milliseconds after a write. A tab that just took the lock waits until it sees the revision
  // the last holder announced, so it never refreshes a token that was already rotated.
  async function settle() {
    const { held = [] } = await locks!.query()
    let latest: { at: number; rev: string } | undefined
    for (const { name } of held) {
      if (!name?.startsWith(markerPrefix)) continue
      const [at, rev] = name.slice(markerPrefix.length).split(':')
      if (!latest || Number(at) > latest.at) latest = { at: Number(at), rev: rev! }
    }
    for (let i = 0; latest && i < SETTLE_TRIES && (await deps.revision()) !== latest.rev; i++)
      await sleep(SETTLE_POLL)
  }

  async function withWebLock<T>(fn: () => Promise<T>): Promise<T> {
    const signal = AbortSignal.timeout(deps.lockTimeoutMs)
    const run = async () => {
      await settle()
      return fn()
    }
    try {
      return await locks!.request(lockName, { signal }, run)
    } catch (error) {
      // The rejection carries the signal's reason (a TimeoutError), not an AbortError.
      if (!signal.aborted) throw error
      // The holder hung (a tab frozen mid-refresh, a leaked client after hot reload): take over.
      return locks!.request(lockName, { steal: true }, run)
    }
  }

  // The fallback lock: a lease in storage that its holder renews while it works. A waiter takes
  // it over after the lock timeout, as the Web Lock is stolen: a holder that died leaves a lease
  // that never goes, and one that a same-origin script keeps rewriting never goes either; every
  // wait ends. The wait is counted in polls rather than by the clock, so a clock jump (a laptop
  // waking up) cannot make a live holder look dead.
  async function withLease<T>(fn: () => Promise<T>): Promise<T> {
    const key = `${deps.key}:lock`
    const id = Math.random().toString(36).slice(2)
    const patience = Math.ceil(deps.lockTimeoutMs / LEASE_POLL)
    const read = async () => {
      try {
        return (await deps.storage.getItem(key)) ?? null
      } catch {
        return null
      }
    }
    let beat = 0
    const claim = () => deps.storage.setItem(key, JSON.stringify({ id, beat: beat++ }))
    const mine = (raw: string | null) => !!raw?.includes(`"id":"${id}"`)
    for (let polls = 0; ; polls++) {
      const raw = await read()
      if (polls >= patience) {
        // Waited the lock timeout in all, as the Web Lock's signal does: take over (a lease that
        // stopped changing is dead; one that never stops is not a holder's), whoever writes the
        // lease next. A live holder is done by then: its request times out sooner.
        await claim()
        break
      }
      if (raw === null) {
        await claim()
        // Two tabs can claim at once; the one whose write stuck wins, the other waits.
        await sleep(LEASE_POLL)
        polls++
        if (mine(await read())) break
      } else await sleep(LEASE_POLL)
    }
    // Tabs still running an earlier build (a deploy while tabs are open) judge a lease by whether
    // it still changes: renewed, it does not look dead to them.
    const heartbeat = setInterval(claim, LEASE_BEAT)
    try {
      return await fn()
    } finally {
      clearInterval(heartbeat)
      if (mine(await read())) await deps.storage.removeItem(key)
    }
  }

  return {
    notify(rev) {
      if (closed) return
      channel?.postMessage(MESSAGE)
      return locks && announce(rev)
    },
    withLock: (fn) => (locks ? withWebLock(fn) : withLease(fn)),
    close() {
      closed = true
      for (const release of [...markers]) release()
      channel?.removeEventListener('message', onMessage)
      channel?.close()
      win?.removeEventListener('storage', onStorage)
    },
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
