import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumTabs } from './harness'

// Session health in real Chromium, two tabs of one context against the dev server on loopback:
// offline longer than a token lives, then online; and the idle timeout across tabs.
const REFRESH = 'POST /identity/user/refresh-token'

const e2e = chromiumTabs()
const { open, begin, signIn } = e2e

async function signInBoth(tabs: Page[]) {
  await signIn(tabs[0]!)
  for (const tab of tabs)
    await tab.waitForFunction(() => window.auth.$session.get().status === 'authenticated')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const health = (tab: Page) => tab.evaluate(() => window.auth.$health.get())
const session = (tab: Page) => tab.evaluate(() => window.auth.$session.get())
const waitHealth = (tab: Page, status: string) =>
  tab.waitForFunction((s) => window.auth.$health.get().status === s, status, { timeout: 20_000 })

describe('session health in Chromium, two tabs', () => {
  it('offline longer than the token lives: signed in throughout, offline then healthy, one refresh after reconnect', async () => {
    // 6 s tokens, refreshed 3 s before they expire (half their life).
    await begin({ tokenTtlSeconds: 6, refreshGraceSeconds: 0 })
    const tabs = [await open(), await open()]
    await signInBoth(tabs)

    await e2e.context.setOffline(true)
    for (const tab of tabs) await waitHealth(tab, 'offline')
    // Twice the token's life offline, checking both tabs all along.
    const until = Date.now() + 12_000
    while (Date.now() < until) {
      for (const tab of tabs) expect((await session(tab)).status).toBe('authenticated')
      await sleep(500)
    }
    for (const tab of tabs) expect((await health(tab)).status).toBe('offline')
    // The token in hand has expired by now: a call fails with network, never unauthenticated.
    const failures = await Promise.all(
      tabs.map((tab) =>
        tab.evaluate(() => window.auth.fetch('/network/v1/account').catch((e) => e.code)),
      ),
    )
    expect(failures).toEqual(['network', 'network'])

    // The reconnect must not wait out the backoff: wait until the next retry is at least 3 s out
    // (a retry fails and sets a longer hold), then go online and be healthy before it comes.
    const nextRetry = async () =>
      Math.min(
        ...(await Promise.all(tabs.map(health))).map((h) =>
          h.status === 'offline' && h.retryAt ? h.retryAt : Number.POSITIVE_INFINITY,
        ),
      )
    let retryAt = await nextRetry()
    while (retryAt - Date.now() < 3_000) {
      await sleep(250)
      retryAt = await nextRetry()
    }
    const before = e2e.server.stats.count(REFRESH)
    await e2e.context.setOffline(false)
    for (const tab of tabs)
      await tab.waitForFunction(() => window.auth.$health.get().status === 'healthy', null, {
        timeout: Math.max(1, retryAt - Date.now() - 200),
      })
    // Well inside the new token's first 3 s: the reconnect's refresh and nothing else.
    await sleep(1_000)
    expect(e2e.server.stats.count(REFRESH) - before).toBe(1)
    for (const tab of tabs) {
      expect((await session(tab)).status).toBe('authenticated')
      const seen = (await tab.evaluate(() => window.health)).map((h) => h.status)
      expect(seen).toContain('offline')
      expect(seen.at(-1)).toBe('healthy')
      // The health store never held a token.
      expect(JSON.stringify(seen)).not.toMatch(/ey[\w-]+\./)
    }
  })

  it('idle: activity in tab B keeps tab A signed in; stayActive in either tab lifts the warning in both; then both sign out with reason idle', async () => {
    await begin()
    // 8 s without activity ends the session; the warning comes 4 s before.
    const [a, b] = [await open('&idle=8,4'), await open('&idle=8,4')]
    await signInBoth([a!, b!])

    // 10 s of activity in tab B only (one mouse move every 700 ms): tab A never warns.
    const until = Date.now() + 10_000
    for (let x = 0; Date.now() < until; x = (x + 37) % 200) {
      await b!.mouse.move(10 + x, 10 + x)
      expect((await health(a!)).status).toBe('healthy')
      await sleep(700)
    }
    expect((await session(a!)).status).toBe('authenticated')

    // No activity: both warn; "Stay signed in" in tab B lifts it in both.
    for (const tab of [a!, b!]) await waitHealth(tab, 'ending')
    const warning = await health(a!)
    expect(warning).toMatchObject({ status: 'ending', reason: 'idle' })
    // Lifted in both at once, not when the other tab's own timer runs out.
    const liftedBefore = async (tab: Page, endsAt: number) =>
      tab.waitForFunction(() => window.auth.$health.get().status === 'healthy', null, {
        timeout: Math.max(1, endsAt - Date.now() - 300),
      })
    await b!.evaluate(() => window.auth.stayActive())
    for (const tab of [a!, b!]) await liftedBefore(tab, (warning as { endsAt: number }).endsAt)

    // Again, lifted from tab A this time.
    for (const tab of [a!, b!]) await waitHealth(tab, 'ending')
    const again = (await health(b!)) as { endsAt: number }
    await a!.evaluate(() => window.auth.stayActive())
    for (const tab of [a!, b!]) await liftedBefore(tab, again.endsAt)

    // And now nobody acts: both warn, then both sign out with reason idle.
    for (const tab of [a!, b!]) await waitHealth(tab, 'ending')
    for (const tab of [a!, b!])
      await tab.waitForFunction(
        () => window.auth.$session.get().status === 'unauthenticated',
        null,
        {
          timeout: 20_000,
        },
      )
    for (const tab of [a!, b!]) {
      expect(await session(tab)).toEqual({ status: 'unauthenticated', reason: 'idle' })
      expect((await health(tab)).status).toBe('ended')
      const seen = (await tab.evaluate(() => window.health)).map((h) => h.status)
      expect(seen).toContain('ending')
    }
  })
})
