import { describe, expect, it } from 'vitest'
import { get, login, manualClock, post, refresh, sendCode, start } from '../test/helpers'
import { FAULTS_LIMIT } from './faults'
import { INBOX_LIMIT } from './inbox'
import { OtpStore } from './otp'
import { SECRETS_LIMIT, SecretRegistry } from './secrets'
import { TOKEN_LIMITS, TokenService } from './tokens'

// A dev server runs for days and takes bursts from test suites and stray pages: everything it
// keeps per request must be bounded. These count entries; they never measure time or RSS.

const DEMO = { email: 'demo@example.com', accountId: 'acc_demo', organizationId: 'org_demo' }

function tokenService(now: () => number, ttlSeconds = 300, graceSeconds = 10) {
  return new TokenService({ ttlSeconds, graceSeconds, now, onIssue: () => {} })
}

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
  })
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

describe('sessions and refresh tokens', () => {
  it(`keep at most ${TOKEN_LIMITS.sessionsPerAccount} sessions per account, dropping the least recently used`, async () => {
    const clock = manualClock()
    const tokens = tokenService(clock.now)
    const first = await tokens.createSession(DEMO)
    clock.advance(1)
    const second = await tokens.createSession(DEMO)
    clock.advance(1)
    // the first session is used, so the second is now the least recently used
    const rotated = await tokens.refresh(first.refreshToken)
    expect(rotated.ok).toBe(true)
    for (let i = 0; i < TOKEN_LIMITS.sessionsPerAccount * 4; i++) {
      clock.advance(1)
      await tokens.createSession(DEMO)
    }
    expect(tokens.size().sessions).toBe(TOKEN_LIMITS.sessionsPerAccount)
    expect(await tokens.refresh(second.refreshToken)).toEqual({ ok: false, reason: 'unknown' })
    expect((await tokens.verifyAccess(second.token)).ok).toBe(false)
    // another account's session is not evicted by demo's logins
    const other = tokenService(clock.now)
    const kept = await other.createSession({ ...DEMO, accountId: 'acc_other' })
    for (let i = 0; i < TOKEN_LIMITS.sessionsPerAccount * 2; i++) await other.createSession(DEMO)
    expect((await other.verifyAccess(kept.token)).ok).toBe(true)
  })

  it(`remember the last ${TOKEN_LIMITS.refreshTokensPerSession} refresh tokens of a session, however often it rotates`, async () => {
    const clock = manualClock()
    const tokens = tokenService(clock.now, 300, 0)
    const first = await tokens.createSession(DEMO)
    let current = first.refreshToken
    for (let i = 0; i < 200; i++) {
      clock.advance(1)
      const result = await tokens.refresh(current)
      if (!result.ok) throw new Error(`refresh ${i} failed: ${result.reason}`)
      current = result.pair.refreshToken
    }
    expect(tokens.size()).toEqual({
      sessions: 1,
      refreshTokens: TOKEN_LIMITS.refreshTokensPerSession,
    })
    // a recently spent token is still recognised as a replay and revokes the family
    const stillKnown = await tokenServiceReplay(tokens, clock)
    expect(stillKnown).toBe('reused')
  })

  it('drop revoked sessions once their access tokens have expired', async () => {
    const clock = manualClock()
    const tokens = tokenService(clock.now, 60)
    const sessions = await Promise.all(
      Array.from({ length: 10 }, () => tokens.createSession({ ...DEMO, accountId: 'acc_x' })),
    )
    for (const pair of sessions) await tokens.revokeByAccessToken(pair.token)
    clock.advance(30)
    await tokens.createSession(DEMO)
    // still within the access tokens' lifetime: kept, so they answer "revoked"
    expect(tokens.size().sessions).toBe(11)
    expect(await tokens.verifyAccess(sessions[0]!.token)).toEqual({ ok: false, reason: 'revoked' })
    clock.advance(30)
    await tokens.createSession(DEMO)
    expect(tokens.size()).toEqual({ sessions: 2, refreshTokens: 2 })
    expect(await tokens.refresh(sessions[0]!.refreshToken)).toMatchObject({ ok: false })
  })

  it('stay bounded on a running server under a burst of logins', async () => {
    const server = await start({ otp: { cooldownSeconds: 0, maxSendsPerMinute: 10_000 } })
    const sessions = []
    for (let i = 0; i < TOKEN_LIMITS.sessionsPerAccount + 10; i++)
      sessions.push(await login(server))
    // the newest sessions all work; the oldest were dropped
    expect((await refresh(server, sessions.at(-1)!.refreshToken)).status).toBe(200)
    expect((await refresh(server, sessions[0]!.refreshToken)).status).toBe(401)
  })
})

// Replays the token spent 5 rotations ago (well inside the remembered window).
async function tokenServiceReplay(tokens: TokenService, clock: ReturnType<typeof manualClock>) {
  const session = await tokens.createSession({ ...DEMO, accountId: 'acc_replay' })
  const spent: string[] = [session.refreshToken]
  let current = session.refreshToken
  for (let i = 0; i < 6; i++) {
    clock.advance(1)
    const result = await tokens.refresh(current)
    if (!result.ok) throw new Error('refresh failed')
    current = result.pair.refreshToken
    spent.push(current)
  }
  const replay = await tokens.refresh(spent[0]!)
  return replay.ok ? 'ok' : replay.reason
}

describe('one-time codes', () => {
  const limits = {
    ttlMs: 300_000,
    cooldownMs: 0,
    maxSendsPerWindow: 1_000_000,
    windowMs: 60_000,
    maxAttempts: 3,
  }

  it('forget expired codes and send histories that limit nothing any more', () => {
    const clock = manualClock()
    const otp = new OtpStore(limits, clock.now)
    for (const email of ['a@x.test', 'b@x.test', 'c@x.test']) otp.send(email)
    expect(otp.size()).toEqual({ codes: 3, sendHistories: 3 })
    clock.advance(301)
    otp.send('d@x.test')
    expect(otp.size()).toEqual({ codes: 1, sendHistories: 1 })
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
