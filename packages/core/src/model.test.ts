import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeIdentity } from '../test/fake-identity'
import { fakeLocks } from '../test/fake-locks'
import { holdsSession, mapStorage } from '../test/helpers'
import { type AuthClient, createAuthClient } from './index'

// CI runs at least 10,000 scenarios (MODEL_RUNS); a failure prints its seed and shrunk case.
const RUNS = Number(process.env.MODEL_RUNS ?? (process.env.CI ? 10_000 : 1_000))
const SEED = process.env.MODEL_SEED ? Number(process.env.MODEL_SEED) : undefined

type Action =
  | { kind: 'login' | 'logout' | 'refresh' | 'call'; tab: 0 | 1 }
  | { kind: 'revoke' }
  | { kind: 'fail'; failure: 'transient' | 'definitive' | 'drop' }
  | { kind: 'advance'; ms: number }
  | { kind: 'sleep'; ms: number }
  | { kind: 'deliver' }
  // An app's $session subscriber in that tab throws on its next notification (a render bug).
  | { kind: 'throw'; tab: 0 | 1 }

const tab = fc.constantFrom(0 as const, 1 as const)
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constantFrom('login', 'logout', 'refresh', 'call'), tab }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revoke') }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('fail'),
      failure: fc.constantFrom('transient', 'definitive', 'drop'),
    }),
  },
  // Short steps interleave requests, lock waits and messages; long ones cross expiries.
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('advance'),
      ms: fc.constantFrom(0, 1, 10, 50, 60, 100),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('advance'),
      ms: fc.constantFrom(1_000, 30_000, 90_000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('sleep'),
      ms: fc.constantFrom(10_000, 100_000, 600_000),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deliver') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('throw'), tab }) },
) as fc.Arbitrary<Action>

// BroadcastChannel delivers on the real event loop, outside the fake clock.
const deliver = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve))
}

async function scenario(actions: Action[], delays: number[], webLocks: boolean) {
  // Half the runs take the Web Locks path (a stand-in: Node 20 has none), half the storage lease
  // (Node 24's own navigator.locks is hidden, or it would take those runs too).
  vi.stubGlobal('navigator', webLocks ? { locks: fakeLocks() } : {})
  // The client rethrows a subscriber's exception on its own; collect those instead of failing.
  const rethrown: unknown[] = []
  const queue = globalThis.queueMicrotask
  vi.stubGlobal('queueMicrotask', (fn: () => void) =>
    queue(() => {
      try {
        fn()
      } catch (error) {
        rethrown.push(error)
      }
    }),
  )
  let d = 0
  const server = createFakeIdentity({ delay: () => delays[d++ % delays.length]! })
  const storage = mapStorage()
  const tabs: AuthClient[] = [0, 1].map(() =>
    createAuthClient({
      baseURL: 'http://identity.test',
      storage,
      fetch: server.fetch,
      crossTab: true,
      refreshLeewaySeconds: 30,
      timeoutMs: 5_000,
    }),
  )
  const armed = [false, false]
  for (const [i, t] of tabs.entries())
    t.$session.listen(() => {
      if (!armed[i]) return
      armed[i] = false
      throw new Error('render bug')
    })
  const pending: Promise<unknown>[] = []
  // True from a sign-out until a sign-in succeeds: meanwhile nobody may be signed in.
  let signedOutSinceLogin = true
  const signOuts = [0, 0]
  const broken: string[] = []

  const agree = () => {
    const stored = holdsSession(storage)
    for (const t of tabs) {
      const s = t.$session.get()
      if (!stored) expect(s.status).toBe('unauthenticated')
      else expect(s).toMatchObject({ status: 'authenticated', email: 'ada@example.com' })
    }
  }

  try {
    for (const a of actions) {
      switch (a.kind) {
        case 'login': {
          const t = a.tab
          const before = signOuts[t]
          pending.push(
            tabs[t]!.login({ email: 'ada@example.com', otp: '123456' }).then(
              () => {
                // A sign-out in the same tab while this sign-in was on its way wins over it.
                if (signOuts[t] !== before) broken.push(`tab ${t}: a sign-in outlived a sign-out`)
                signedOutSinceLogin = false
              },
              () => {},
            ),
          )
          break
        }
        case 'logout':
          signOuts[a.tab]!++
          signedOutSinceLogin = true
          server.signedOut()
          pending.push(tabs[a.tab]!.logout())
          // Synchronous storage: the tab that signed out is signed out before logout() returns.
          expect(tabs[a.tab]!.$session.get().status).toBe('unauthenticated')
          expect(holdsSession(storage)).toBe(false)
          break
        case 'refresh':
          pending.push(tabs[a.tab]!.refresh().catch(() => {}))
          break
        case 'call':
          pending.push(tabs[a.tab]!.fetch('/me').catch(() => {}))
          break
        case 'revoke':
          server.revokeAccess()
          break
        case 'fail':
          server.failNextRefresh(a.failure)
          break
        case 'advance':
          await vi.advanceTimersByTimeAsync(a.ms)
          break
        case 'sleep':
          // The machine slept: the clock jumps, no timer fired meanwhile.
          vi.setSystemTime(Date.now() + a.ms)
          break
        case 'deliver':
          await deliver()
          break
        case 'throw':
          armed[a.tab] = true
          break
      }
      if (signedOutSinceLogin && !pending.length) agree()
    }
    // Settle: let every request, retry and message finish.
    for (let i = 0; i < 20; i++) {
      await vi.advanceTimersByTimeAsync(1_000)
      await deliver()
    }
    await Promise.all(pending)
    await deliver()
    agree()
    if (signedOutSinceLogin)
      for (const t of tabs) expect(t.$session.get().status).toBe('unauthenticated')
    expect(broken).toEqual([])
    expect(rethrown.every((e) => e instanceof Error && e.message === 'render bug')).toBe(true)
    expect(server.violations).toEqual([])
    expect(server.stats().maxRefreshInFlight).toBeLessThanOrEqual(1)
  } finally {
    for (const t of tabs) t.destroy()
    vi.unstubAllGlobals()
  }
}

describe('model: random interleavings of the whole session life', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it(`holds every invariant over ${RUNS} seeded runs`, { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(0, 5, 40, 200), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        scenario,
      ),
      { numRuns: RUNS, seed: SEED, verbose: 1 },
    )
  })
})
