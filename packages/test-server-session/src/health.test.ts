// $health of createServerSessionClient against the real handler and dev server (issue 22): the
// session's lifetime and the handler's idle timeout, announced before they end the session.
import { describe, expect, it } from 'vitest'
import { app } from './harness'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('server-session $health', () => {
  it('says ending with reason lifetime inside lifetimeWarnSeconds of the absolute end, healthy before', async () => {
    const a = await app({}, { sessionTtlSeconds: 600 })
    const near = a.tab({ lifetimeWarnSeconds: 900 })
    await near.ready
    expect(near.$health.get()).toEqual({ status: 'ended' })
    await a.signIn(near)
    const health = near.$health.get()
    expect(health).toMatchObject({ status: 'ending', reason: 'lifetime' })
    const endsAt = (health as { endsAt: number }).endsAt
    expect(endsAt).toBeGreaterThan(Date.now() + 590_000)
    expect(endsAt).toBeLessThanOrEqual(Date.now() + 600_000)

    const far = a.tab()
    await far.ready
    expect(far.$session.get().status).toBe('authenticated')
    // 600 s left, warned 300 s before: not yet.
    expect(far.$health.get()).toEqual({ status: 'healthy' })
  })

  it('announces the handler idle end, stayActive() pushes it back, and its verdict signs out with reason idle', async () => {
    const a = await app({}, { idleTimeoutSeconds: 10 })
    const client = a.tab()
    await a.signIn(client)
    // 10 s of idleness allowed, warned 60 s before: ending at once.
    const first = client.$health.get() as { status: string; reason: string; endsAt: number }
    expect(first).toMatchObject({ status: 'ending', reason: 'idle' })
    await sleep(1_200)
    client.stayActive()
    await expect
      .poll(() => (client.$health.get() as { endsAt: number }).endsAt)
      .toBeGreaterThanOrEqual(first.endsAt + 1_000)

    // One tab left, so that it is the one that hears the handler's verdict.
    client.destroy()
    const ended = a.tab()
    const logouts: unknown[] = []
    ended.on('logout', (payload) => logouts.push(payload))
    await ended.ready
    expect(ended.$session.get().status).toBe('authenticated')
    await sleep(10_500)
    await ended.refresh().catch(() => {})
    expect(ended.$session.get()).toEqual({ status: 'unauthenticated', reason: 'idle' })
    expect(ended.$health.get()).toEqual({ status: 'ended' })
    expect(logouts).toEqual([{ reason: 'idle' }])
  }, 30_000)
})
