import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AuthError } from '../errors'
import type { IdleContext } from '../idle-option'
import type { StorageAdapter } from '../storage'
import { idleTimeout } from './idle-timeout'

// The idle timer alone, on a fake clock: activity is cheap (one storage write a second at most),
// shared through storage, and only stayActive() counts during the warning.

function fakeWindow() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' })
  return Object.assign(new EventTarget(), { document })
}

function countingStorage() {
  const map = new Map<string, string>()
  const writes: string[] = []
  const storage: StorageAdapter = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      writes.push(key)
      map.set(key, value)
    },
    removeItem: (key) => void map.delete(key),
  }
  return { storage, map, writes }
}

let win: ReturnType<typeof fakeWindow>
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  win = fakeWindow()
  vi.stubGlobal('window', win)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

function start(storage: StorageAdapter) {
  const expired = vi.fn()
  const context: IdleContext = {
    storage,
    key: 'k',
    now: () => Date.now(),
    changed: vi.fn(),
    expire: expired,
  }
  const idle = idleTimeout({ timeoutSeconds: 60, warnSeconds: 10 })(context)
  idle.start(true)
  return { idle, expired }
}

describe('idleTimeout', () => {
  it('records a burst of pointer moves as one storage write a second', async () => {
    const { storage, writes } = countingStorage()
    start(storage)
    writes.length = 0
    for (let i = 0; i < 3_000; i++) {
      win.dispatchEvent(new Event('pointermove'))
      await vi.advanceTimersByTimeAsync(1)
    }
    // 3 s of events, one every millisecond: three writes (or four at the edges), not 3 000.
    expect(writes.length).toBeGreaterThanOrEqual(2)
    expect(writes.length).toBeLessThanOrEqual(4)
  })

  it('another tab’s activity, read from storage, keeps this tab signed in', async () => {
    const { storage, map } = countingStorage()
    const { idle, expired } = start(storage)
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(40_000)
      map.set('k:active', String(Date.now()))
    }
    expect(expired).not.toHaveBeenCalled()
    expect(idle.ending()).toMatchObject({ reason: 'idle' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(expired).toHaveBeenCalledTimes(1)
  })

  it('during the warning only stayActive() counts', async () => {
    const { storage } = countingStorage()
    const { idle, expired } = start(storage)
    await vi.advanceTimersByTimeAsync(55_000)
    win.dispatchEvent(new Event('pointermove'))
    await vi.advanceTimersByTimeAsync(5_000)
    expect(expired).toHaveBeenCalledTimes(1)

    idle.start(true)
    await vi.advanceTimersByTimeAsync(55_000)
    idle.stayActive()
    await vi.advanceTimersByTimeAsync(50_000)
    expect(expired).toHaveBeenCalledTimes(1)
  })

  it('refuses a timeout that is not a positive number', () => {
    expect(() => idleTimeout({ timeoutSeconds: 0 })).toThrow(AuthError)
    expect(() => idleTimeout({ timeoutSeconds: 60, warnSeconds: -1 })).toThrow(/warnSeconds/)
    // A missing or null timeout is refused too; a null warning takes the default.
    for (const timeoutSeconds of [undefined, null])
      expect(() => idleTimeout({ timeoutSeconds } as never)).toThrow(
        'idleTimeout: `timeoutSeconds` must be a number >= 1',
      )
    expect(() => idleTimeout({ timeoutSeconds: 60, warnSeconds: null } as never)).not.toThrow()
  })
})
