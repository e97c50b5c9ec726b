import { FAMILY_LIMITS } from '@auth-state/wire'
import { describe, expect, it } from 'vitest'
import { account, get, login, post, refresh, sendCode, start } from '../test/helpers'
import { FAULTS_LIMIT } from './faults'
import { INBOX_LIMIT } from './inbox'
import { SECRETS_LIMIT, SecretRegistry } from './secrets'

// A dev server runs for days and takes bursts from test suites and stray pages: everything it
// keeps per request must be bounded. These count entries; they never measure time or RSS.

describe('stats', () => {
  it("count requests to unknown paths under one 'other' key, so /__dev/stats stays small", async () => {
    const server = await start()
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        i % 2 ? get(server, `/random/${i}/${'x'.repeat(200)}`) : post(server, `/nope-${i}`, {}),
      ),
    )
    await login(server)
    expect(server.stats.get()).toEqual({
      other: 300,
      'POST /identity/user/otp/email': 1,
      'POST /identity/user/login': 1,
    })
    expect(server.stats.count('other')).toBe(300)
    const res = await fetch(`${server.url}/__dev/stats`)
    expect((await res.text()).length).toBeLessThan(300)
    // 300 requests at once: more than vitest's 5 s on a loaded 2-core machine (seen in .ci/run).
  }, 30_000)
})

describe('dev inbox', () => {
  it(`keeps the last ${INBOX_LIMIT} messages, newest first`, async () => {
    const server = await start({ otp: { cooldownSeconds: 0, maxSendsPerMinute: 1000 } })
    for (let i = 0; i < INBOX_LIMIT + 50; i++) await sendCode(server)
    const messages = server.inbox.list()
    expect(messages).toHaveLength(INBOX_LIMIT)
    expect((await get(server, '/__dev/inbox')).body.data.messages).toHaveLength(INBOX_LIMIT)
    // the newest code is still there, and it still signs in
    const session = await login(server)
    expect(session.token).toMatch(/^eyJ/)
  })
})

describe('secrets', () => {
  it(`remember the last ${SECRETS_LIMIT}, oldest first`, () => {
    const registry = new SecretRegistry()
    for (let i = 0; i < SECRETS_LIMIT * 3; i++) registry.add(`secret-${i}`)
    const list = registry.list()
    expect(list).toHaveLength(SECRETS_LIMIT)
    expect(list[0]).toBe(`secret-${SECRETS_LIMIT * 2}`)
    expect(list.at(-1)).toBe(`secret-${SECRETS_LIMIT * 3 - 1}`)
  })

  it('list every credential in issue order while under the limit', async () => {
    const server = await start({ refreshGraceSeconds: 0 })
    let { refreshToken } = await login(server)
    for (let i = 0; i < 60; i++) {
      refreshToken = (await refresh(server, refreshToken)).body.data.refreshToken
    }
    // 1 code + 61 pairs, all well under the limit: every one is listed, the newest last
    expect(server.secrets()).toHaveLength(1 + 61 * 2)
    expect(server.secrets().at(-2)).toBe(refreshToken)
  })
})

describe('sessions', () => {
  // The families' own bounds are pinned in @auth-state/wire (token-families.test.ts): these
  // check that the dev server is built on them.
  it(`keep at most ${FAMILY_LIMITS.familiesPerAccount} per account on a running server, dropping the oldest`, async () => {
    const server = await start({ otp: { cooldownSeconds: 0, maxSendsPerMinute: 10_000 } })
    const sessions = []
    for (let i = 0; i < FAMILY_LIMITS.familiesPerAccount + 10; i++)
      sessions.push(await login(server))
    // the newest sessions all work; the oldest were dropped
    expect((await refresh(server, sessions.at(-1)!.refreshToken)).status).toBe(200)
    expect((await refresh(server, sessions[10]!.refreshToken)).status).toBe(200)
    expect((await refresh(server, sessions[0]!.refreshToken)).status).toBe(401)
    expect((await account(server, sessions[9]!.token)).status).toBe(401)
  })
})

describe('faults', () => {
  it(`refuse more than ${FAULTS_LIMIT} armed at once, over HTTP too`, async () => {
    const server = await start()
    for (let i = 0; i < FAULTS_LIMIT; i++) server.faults.add({ route: `/r${i}`, status: 500 })
    expect(() => server.faults.add({ route: '/one-more', status: 500 })).toThrow(/100 faults/)
    const res = await post(server, '/__dev/faults', { route: '/one-more', status: 500 })
    expect(res.status).toBe(400)
    expect(server.faults.list()).toHaveLength(FAULTS_LIMIT)
  })
})
