import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumTabs } from './harness'

// Cross-tab behaviour in real Chromium: several pages of one context (one origin, one
// localStorage, real BroadcastChannel and Web Locks) against the dev server on loopback.
const REFRESH = 'POST /identity/user/refresh-token'

const e2e = chromiumTabs()
const { open, begin, signIn } = e2e

const status = (tab: Page) => tab.evaluate(() => window.auth.$session.get().status)

describe('cross-tab in Chromium', () => {
  it('5 tabs through 10 rotations make one refresh request per rotation, with no grace', async () => {
    const errors = await begin({ refreshGraceSeconds: 0, tokenTtlSeconds: 2 })
    // All tabs open before the sign-in, which reaches them over the channel in milliseconds:
    // however slowly a loaded machine starts five tabs, none of it eats into a 2 s token.
    const tabs = await Promise.all([0, 1, 2, 3, 4].map(() => open()))
    await signIn(tabs[0]!)
    for (const tab of tabs)
      await tab.waitForFunction(() => window.auth.$session.get().status === 'authenticated')

    // Requests are counted by the server as they arrive, rotations by the tabs once the answer
    // is saved. Both are read at a quiet moment: no request arrived while the tabs were read, and
    // every request so far has its rotation, so none is in flight across the edge of the window.
    const rotationsIn = (logs: { log: Window['log'] }[]) =>
      logs.flatMap((l) => l.log).filter((e) => e.name === 'refresh' && e.source === 'this-tab')
        .length
    const readTabs = () =>
      Promise.all(
        tabs.map((tab) =>
          tab.evaluate(() => ({
            log: window.log,
            failures: window.failures,
            ok: window.okCalls,
            status: window.auth.$session.get().status,
          })),
        ),
      )
    async function quiet() {
      const deadline = Date.now() + 10_000
      for (;;) {
        const before = e2e.server.stats.count(REFRESH)
        const logs = await readTabs()
        const after = e2e.server.stats.count(REFRESH)
        const rotations = rotationsIn(logs)
        if ((before === after && rotations === after) || Date.now() > deadline)
          return { requests: after, rotations, logs }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }

    const start = await quiet()
    // Tokens live 2 s, so each is refreshed after about 1 s: wait for ten rotations.
    const deadline = Date.now() + 40_000
    while (e2e.server.stats.count(REFRESH) < start.requests + 10 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100))
    const end = await quiet()
    await Promise.all(tabs.map((tab) => tab.evaluate(() => window.auth.destroy())))

    const requests = end.requests - start.requests
    const rotations = end.rotations - start.rotations
    const { logs } = end
    console.log(
      `5 tabs: ${requests} refresh requests for ${rotations} rotations (${start.requests} before the window); protected calls ok ${logs.reduce((n, l) => n + l.ok, 0)}, failed ${logs.reduce((n, l) => Object.values(l.failures).reduce((m, k) => m + k, n), 0)}`,
    )
    expect(requests).toBeGreaterThanOrEqual(10)
    expect(rotations).toBe(requests)
    // Over the whole run, not only the window: the same count, no session lost, no failed call.
    expect(end.rotations).toBe(end.requests)
    expect(logs.flatMap((l) => l.log).filter((e) => e.name === 'expired')).toEqual([])
    expect(logs.map((l) => l.failures)).toEqual(logs.map(() => ({})))
    expect(logs.every((l) => l.status === 'authenticated')).toBe(true)
    expect(errors).toEqual([])
  })

  // Tabs opened onto a session that is already signed in, its token due: each one restores a due
  // token and refreshes at once, so that refresh must queue for the lock of the one already out.
  // A's own refresh is held in the browser (not by a timer) until every new tab has started and
  // is waiting for the lock or has sent its own request; one of them is reloaded meanwhile.
  it('4 tabs opened at once onto a due session, one reloaded, share one rotation (no grace)', async () => {
    // 16 s tokens are due after 8 s (half their life), leaving 7-8 s of real life for four tabs
    // to start and one to reload on a loaded machine before A's request is let go.
    const errors = await begin({ refreshGraceSeconds: 0, tokenTtlSeconds: 16 })
    const sent: string[] = []
    e2e.context.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/identity/user/refresh-token'))
        sent.push((request.postDataJSON() as { refreshToken: string }).refreshToken)
    })
    const a = await open()
    let release!: () => void
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    let held = false
    await a.route('**/identity/user/refresh-token', async (route) => {
      if (!held) {
        held = true
        await released
      }
      await route.continue()
    })
    await signIn(a)
    // A's proactive refresh leaves when its token is due, and is held.
    await expect.poll(() => held, { timeout: 30_000, interval: 50 }).toBe(true)

    const lock = 'auth-state:auth-state:refresh'
    const waiting = () =>
      a.evaluate(
        async (name) =>
          ((await navigator.locks.query()).pending ?? []).filter((l) => l.name === name).length,
        lock,
      )
    // Every new tab has either queued for the lock or sent a request of its own (the bug).
    const started = async (n: number) => (await waiting()) + sent.length - 1 >= n
    const others = await Promise.all([1, 2, 3, 4].map(() => open()))
    await expect.poll(() => started(4), { timeout: 20_000, interval: 50 }).toBe(true)
    // Reload one while A's refresh is out: its queued lock request goes with the page.
    await others[1]!.reload()
    await others[1]!.waitForFunction(() => !!window.auth)
    await expect.poll(() => started(4), { timeout: 20_000, interval: 50 }).toBe(true)
    expect(await status(a)).toBe('authenticated')
    release()

    const tabs = [a, ...others]
    const readTabs = () =>
      Promise.all(
        tabs.map((tab) =>
          tab.evaluate(async () => ({
            log: window.log,
            failures: window.failures,
            ok: window.okCalls,
            status: window.auth.$session.get().status,
            // This tab holds the token in storage (read without refreshing: none is due now).
            same:
              JSON.parse(localStorage.getItem('auth-state') ?? '{}').token ===
              (await window.auth.getToken()),
          })),
        ),
      )
    // Settled: a protected call succeeded in every tab after the release (or a tab lost the
    // session), at a quiet moment when every request the server has seen has its rotation.
    const rotationsIn = (logs: { log: Window['log'] }[]) =>
      logs.flatMap((l) => l.log).filter((e) => e.name === 'refresh' && e.source === 'this-tab')
        .length
    const okBefore = (await readTabs()).map((l) => l.ok)
    let logs = await readTabs()
    let requests = 0
    const deadline = Date.now() + 30_000
    for (;;) {
      const before = e2e.server.stats.count(REFRESH)
      logs = await readTabs()
      requests = e2e.server.stats.count(REFRESH)
      const lost = logs.some((l) => l.status !== 'authenticated')
      const called = logs.every((l, i) => l.ok > okBefore[i]!)
      if (lost || Date.now() > deadline) break
      if (before === requests && rotationsIn(logs) === requests && called) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await Promise.all(tabs.map((tab) => tab.evaluate(() => window.auth.destroy())))

    const rotations = rotationsIn(logs)
    const ok = logs.reduce((n, l) => n + l.ok, 0)
    console.log(
      `4 tabs onto a due session: ${requests} refresh requests (${sent.length} sent, ${new Set(sent).size} distinct tokens) for ${rotations} rotations; protected calls ok ${ok}, failed ${JSON.stringify(logs.map((l) => l.failures))}; statuses ${logs.map((l) => l.status).join(',')}`,
    )
    // No refresh token was presented twice: with no grace, that alone revokes the session.
    expect(new Set(sent).size).toBe(sent.length)
    expect(requests).toBe(sent.length)
    expect(requests).toBeGreaterThanOrEqual(1)
    expect(rotations).toBe(requests)
    expect(logs.flatMap((l) => l.log).filter((e) => e.name === 'expired')).toEqual([])
    expect(logs.map((l) => l.status)).toEqual(tabs.map(() => 'authenticated'))
    expect(logs.map((l) => l.same)).toEqual(tabs.map(() => true))
    expect(logs.map((l) => l.failures)).toEqual(logs.map(() => ({})))
    expect(errors).toEqual([])
  })

  it('a sign-out in one tab reaches the others within 200 ms', async () => {
    await begin({ refreshGraceSeconds: 0, tokenTtlSeconds: 300 })
    const first = await open()
    await signIn(first)
    const others = await Promise.all([1, 2, 3, 4].map(() => open()))
    const started = await first.evaluate(async () => {
      const at = Date.now()
      await window.auth.logout()
      return at
    })
    const heard = await Promise.all(
      others.map((tab) =>
        tab
          .waitForFunction(() => window.log.find((e) => e.name === 'logout')?.at, undefined, {
            timeout: 2_000,
          })
          .then((handle) => handle.jsonValue() as Promise<number>),
      ),
    )
    const slowest = Math.max(...heard) - started
    console.log(`sign-out reached 4 other tabs in ${slowest} ms (slowest)`)
    expect(slowest).toBeLessThan(200)
    for (const tab of others) expect(await status(tab)).toBe('unauthenticated')
    // Only why the session ended is left, no credential.
    expect(await first.evaluate(() => localStorage.getItem('auth-state'))).toBe(
      JSON.stringify({ v: 1, reason: 'signed-out' }),
    )
  })

  it.each([10, 0])(
    'a tab reloaded mid-refresh does not strand the lock (grace %i s)',
    async (grace) => {
      await begin({ refreshGraceSeconds: grace, tokenTtlSeconds: 300 })
      const a = await open()
      await signIn(a)
      const b = await open()
      e2e.server.faults.add({ route: '/identity/user/refresh-token', delayMs: 1_500, times: 1 })
      // A takes the lock and sends its refresh; reload it while the request is out.
      // The evaluation dies with the reload; that is the point.
      a.evaluate(() => window.auth.refresh()).catch(() => {})
      // Reloaded once the server has the request (it is counted on arrival, then delayed), not
      // after a fixed pause that a loaded machine can outrun before the request even leaves.
      await expect.poll(() => e2e.server.stats.count(REFRESH), { timeout: 10_000 }).toBe(1)
      await a.reload()
      const started = Date.now()
      const outcome = await b.evaluate(() =>
        window.auth.refresh().then(
          () => 'refreshed',
          (e: { code?: string }) => e.code,
        ),
      )
      const waited = Date.now() - started
      console.log(`grace ${grace} s: the other tab got the lock after ${waited} ms: ${outcome}`)
      expect(waited).toBeLessThan(3_000)
      expect(e2e.server.stats.count(REFRESH)).toBe(2)
      // With a grace, a rotation the server finished for the reloaded tab is replayed. Without
      // one, it depends on whether the server got to rotate before the tab went away: if it did,
      // the new pair died with the tab and the session ends cleanly; either way nothing hangs.
      if (grace) expect(outcome).toBe('refreshed')
      else expect(['refreshed', 'session_expired']).toContain(outcome)
    },
  )

  it('takes over from a holder that never releases the lock (a hung or leaked client)', async () => {
    await begin({ refreshGraceSeconds: 0, tokenTtlSeconds: 300 })
    const a = await open('&timeout=1000')
    await signIn(a)
    // What a client leaked by hot reload or a frozen tab looks like: the lock, held forever.
    await a.evaluate(() => {
      navigator.locks.request('auth-state:auth-state:refresh', () => new Promise(() => {}))
    })
    const b = await open('&timeout=1000')
    const started = Date.now()
    await b.evaluate(() => window.auth.refresh())
    const waited = Date.now() - started
    console.log(`a hung lock holder was overtaken after ${waited} ms (timeout 1 s + 1 s)`)
    expect(waited).toBeGreaterThanOrEqual(1_900)
    expect(waited).toBeLessThan(5_000)
    expect(e2e.server.stats.count(REFRESH)).toBe(1)
  })
})
