import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeIdentity } from '../test/fake-identity'
import { mapStorage } from '../test/helpers'
import { idleTimeout } from './idle'
import { type AuthClient, createAuthClient } from './index'

// The health state machine against the events that move it: network errors, the browser going
// offline and online, the server's refresh answers, activity, and time. Two invariants: a session
// ends only on a server rejection or the idle rule, and health never says healthy while the last
// refresh failed or the browser is offline.

const RUNS = Number(process.env.MODEL_RUNS ?? (process.env.CI ? 2_000 : 300))
const SEED = process.env.MODEL_SEED ? Number(process.env.MODEL_SEED) : undefined
const TIMEOUT_S = 600
const WARN_S = 60

type Action =
  | { kind: 'offline' | 'online' | 'activity' | 'stayActive' | 'refresh' | 'call' | 'focus' }
  | { kind: 'answer'; answer: 'transient' | 'definitive' | 'drop' }
  | { kind: 'advance'; ms: number }
  // The machine slept (or the tab was frozen): the clock jumps and no timer fired meanwhile.
  | { kind: 'sleep'; ms: number }

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('offline', 'online') }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('activity', 'stayActive', 'refresh', 'call', 'focus'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('answer'),
      // Rejections are rare: most runs must live long enough to cross expiries and timeouts.
      answer: fc.constantFrom('transient', 'transient', 'drop', 'drop', 'definitive'),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('advance'),
      ms: fc.constantFrom(10, 1_000, 30_000, 90_000, 300_000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('sleep'),
      ms: fc.constantFrom(5_000, 60_000, 700_000),
    }),
  },
) as fc.Arbitrary<Action>

function fakeWindow() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' })
  const navigator = { onLine: true }
  return Object.assign(new EventTarget(), { document, navigator })
}

async function scenario(actions: Action[]) {
  const win = fakeWindow()
  vi.stubGlobal('window', win)
  const server = createFakeIdentity({ delay: () => 5, ttlSeconds: 120 })
  // The model's own record of what the server answered: the client's view is what is checked.
  let lastRefreshFailed = false
  let rejections = 0
  const fetch: typeof globalThis.fetch = async (input, init) => {
    // Offline, fetch fails before anything leaves, as in a browser.
    if (!win.navigator.onLine) throw new TypeError('Failed to fetch')
    const refresh = String(input).endsWith('/refresh-token')
    try {
      const response = await server.fetch(input, init)
      if (refresh) {
        lastRefreshFailed = !response.ok
        if (response.status === 401) rejections++
      }
      return response
    } catch (error) {
      if (refresh) lastRefreshFailed = true
      throw error
    }
  }
  const client: AuthClient = createAuthClient({
    baseURL: 'http://identity.test',
    storage: mapStorage(),
    fetch,
    crossTab: false,
    refreshLeewaySeconds: 30,
    timeoutMs: 5_000,
    idle: idleTimeout({ timeoutSeconds: TIMEOUT_S, warnSeconds: WARN_S }),
  })
  const pending: Promise<unknown>[] = []
  // The latest moment the idle clock surely restarted: the sign-in, or stayActive.
  let surelyActive = 0
  // When the idle rule ended the session, by the clock at that moment.
  let idleAt = 0
  client.on('login', () => {
    surelyActive = Date.now()
  })
  client.on('logout', ({ reason }) => {
    if (reason === 'idle') idleAt = Date.now()
  })
  try {
    const login = client.login({ email: 'ada@example.com', otp: '123456' })
    await vi.advanceTimersByTimeAsync(10)
    await login
    for (const a of actions) {
      switch (a.kind) {
        case 'offline':
          win.navigator.onLine = false
          win.dispatchEvent(new Event('offline'))
          break
        case 'online':
          win.navigator.onLine = true
          win.dispatchEvent(new Event('online'))
          break
        case 'focus':
          win.dispatchEvent(new Event('focus'))
          break
        case 'activity':
          win.dispatchEvent(new Event('pointerdown'))
          break
        case 'stayActive':
          if (client.$session.get().status === 'authenticated') surelyActive = Date.now()
          client.stayActive()
          break
        case 'refresh':
          pending.push(client.refresh().catch(() => {}))
          break
        case 'call':
          pending.push(client.fetch('/me').catch(() => {}))
          break
        case 'answer':
          server.failNextRefresh(a.answer)
          break
        case 'advance':
          await vi.advanceTimersByTimeAsync(a.ms)
          break
        case 'sleep':
          vi.setSystemTime(Date.now() + a.ms)
          break
      }
      await vi.advanceTimersByTimeAsync(0)
      const session = client.$session.get()
      const health = client.$health.get()
      if (session.status === 'unauthenticated') {
        // Only the server's verdict or the idle rule ends a session.
        if (session.reason === 'expired') expect(rejections).toBeGreaterThan(0)
        else {
          expect(session.reason).toBe('idle')
          expect(idleAt).toBeGreaterThanOrEqual(surelyActive + TIMEOUT_S * 1000)
        }
        expect(health).toEqual({ status: 'ended' })
        break
      }
      expect(session.status).toBe('authenticated')
      if (health.status === 'healthy') {
        expect(lastRefreshFailed).toBe(false)
        expect(win.navigator.onLine).toBe(true)
      }
      if (!win.navigator.onLine) expect(['offline', 'ending']).toContain(health.status)
      if (health.status === 'ending') {
        expect(health.reason).toBe('idle')
        expect(health.endsAt - Date.now()).toBeLessThanOrEqual(WARN_S * 1000)
      }
      // No token anywhere in what the UI reads.
      expect(JSON.stringify(health)).not.toMatch(/ey[\w-]+\.|rt-/)
    }
    await vi.advanceTimersByTimeAsync(10_000)
    await Promise.all(pending)
  } finally {
    client.destroy()
    vi.unstubAllGlobals()
  }
}

describe('model: health against network, server answers, activity and time', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it(`holds over ${RUNS} seeded runs`, { timeout: 600_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 40 }), scenario), {
      numRuns: RUNS,
      seed: SEED,
      verbose: 1,
    })
  })
})
