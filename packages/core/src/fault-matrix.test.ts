import type { DevServer, DevServerOptions, Fault } from '@auth-state/dev-server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { holdsSession, mapStorage, signedOutRecord } from '../test/helpers'
import { guardClient, recordError, startGuardedServer } from '../test/leak-guard'
import { type AuthClient, type AuthClientOptions, AuthError, createAuthClient } from './index'

// The fault matrix: the core against @auth-state/dev-server over loopback, one row per fault and
// endpoint. Each row checks the outcome, the AuthError code, and that a transient fault loses
// nothing (session, tokens, storage, the OTP flow). Secrets are watched by test/leak-guard.ts.

const EMAIL = 'demo@example.com'
const SEND = '/identity/user/otp/email'
const LOGIN = '/identity/user/login'
const REFRESH = '/identity/user/refresh-token'
const LOGOUT = '/identity/user/logout'
const ACCOUNT = '/network/v1/account'

/** The client's timeoutMs in this file; FAST and SLOW delays sit either side of it. */
const TIMEOUT = 500
const FAST = 25
const SLOW = 1000

const FAULTS = {
  'latency < timeoutMs': { delayMs: FAST },
  'latency > timeoutMs': { delayMs: SLOW },
  'HTTP 503': { status: 503 },
  'dropped connection': { drop: true },
  'malformed JSON': { malformed: true },
  'status:false on HTTP 200': { statusFalse: true },
  'HTTP 429 + Retry-After: 7': { status: 429, retryAfter: 7 },
} satisfies Record<string, Omit<Fault, 'route'>>
type FaultName = keyof typeof FAULTS

// Rows wait on real sockets; a loaded machine (the whole monorepo's tests at once) is slower.
vi.setConfig({ testTimeout: 30_000 })

let server: DevServer
const clients: AuthClient[] = []

async function start(options: DevServerOptions = {}) {
  // No server-side OTP throttle here: rows resend freely; the throttle has its own tests.
  server = await startGuardedServer({
    port: 0,
    otp: { cooldownSeconds: 0, maxSendsPerMinute: 1000 },
    ...options,
  })
  return server
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  vi.useRealTimers()
  await server?.close()
})

function make(options: Partial<AuthClientOptions> = {}) {
  const storage = mapStorage()
  const auth = createAuthClient({
    baseURL: server.url,
    storage,
    timeoutMs: TIMEOUT,
    otp: { resendCooldownSeconds: 0, maxSendsPerMinute: 1000 },
    ...options,
  })
  guardClient(auth, { storage })
  clients.push(auth)
  const events: string[] = []
  for (const name of ['login', 'logout', 'refresh', 'expired', 'error'] as const)
    auth.on(name, () => events.push(name))
  return { auth, storage, events, stored: () => storage.map.get('auth-state') }
}

async function signedIn(options: Partial<AuthClientOptions> = {}) {
  const made = make(options)
  await made.auth.sendOtp(EMAIL)
  await made.auth.verifyOtp(server.inbox.latest(EMAIL)!)
  expect(made.auth.$session.get().status).toBe('authenticated')
  return made
}

/** 'ok' or the AuthError code, with the error handed to the leak guard. */
async function outcome(promise: Promise<unknown>) {
  try {
    const value = await promise
    return { code: 'ok' as const, value, error: undefined }
  } catch (error) {
    recordError(error)
    if (!(error instanceof AuthError)) throw error
    return { code: error.code, value: undefined, error }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const realSetTimeout = setTimeout
const count = (route: string) => server.stats.count(`POST ${route}`)

/** Asks the server directly whether an access token still works. */
async function accepted(token: string) {
  const response = await fetch(server.url + ACCOUNT, {
    headers: { 'auth-token': token, 'organization-id': 'org_demo' },
  })
  return response.status === 200
}

describe('OTP send (sendOtp → POST /identity/user/otp/email)', () => {
  it.each<{ fault: FaultName; code: string }>([
    { fault: 'latency < timeoutMs', code: 'ok' },
    { fault: 'latency > timeoutMs', code: 'network' },
    { fault: 'HTTP 503', code: 'server' },
    { fault: 'dropped connection', code: 'network' },
    { fault: 'malformed JSON', code: 'invalid_response' },
    // A refusal is what an unregistered email gets: it ends like a send, whoever it reaches.
    { fault: 'status:false on HTTP 200', code: 'ok' },
    // A 429 on the send means a code went out recently: it ends like a send, as the unregistered
    // path does (enumeration), and Retry-After still holds the next send back.
    { fault: 'HTTP 429 + Retry-After: 7', code: 'ok' },
  ])('$fault → $code', async ({ fault, code }) => {
    await start()
    const { auth } = make()
    server.faults.add({ route: SEND, ...FAULTS[fault] })
    const result = await outcome(auth.sendOtp(EMAIL))
    expect(result.code).toBe(code)
    if (code === 'ok') {
      expect(auth.$otp.get()).toMatchObject({ step: 'code-sent', email: EMAIL, error: null })
      if (fault === 'HTTP 429 + Retry-After: 7') {
        expect(auth.$otp.get().resendAvailableAt).toBeGreaterThan(Date.now() + 6000)
        expect((await outcome(auth.sendOtp(EMAIL))).code).toBe('otp_cooldown')
      }
      return
    }
    // Back where it was, with the error for the UI.
    expect(auth.$otp.get()).toMatchObject({ step: 'idle', error: { code } })
    if (code === 'rate_limited') {
      expect(result.error?.retryAfterSeconds).toBe(7)
      expect(auth.$otp.get().resendAvailableAt).toBeGreaterThan(Date.now() + 6000)
      // Retry-After is honoured: the next send is refused before any request.
      const sends = count(SEND)
      expect((await outcome(auth.sendOtp(EMAIL))).code).toBe('otp_cooldown')
      expect(count(SEND)).toBe(sends)
      return
    }
    // Transient: the next send goes through.
    expect((await outcome(auth.sendOtp(EMAIL))).code).toBe('ok')
    expect(auth.$otp.get().step).toBe('code-sent')
  })
})

describe('OTP send, unregistered email (enumeration)', () => {
  it.each(Object.keys(FAULTS) as FaultName[])(
    '%s: the outcome a registered email gets',
    async (fault) => {
      await start()
      const seen = []
      for (const email of [EMAIL, 'nobody@example.com']) {
        const { auth } = make()
        server.faults.add({ route: SEND, ...FAULTS[fault] })
        const result = await outcome(auth.sendOtp(email))
        seen.push({ code: result.code, step: auth.$otp.get().step })
      }
      expect(seen[1]).toEqual(seen[0])
    },
  )
})

describe('login (verifyOtp → POST /identity/user/login)', () => {
  // The server drops a request whose client gave up before the body was read, so even the slow
  // row leaves the code unspent: in every row the same code signs in afterwards.
  it.each<{ fault: FaultName; code: string; attemptsLeft: number }>([
    { fault: 'latency < timeoutMs', code: 'ok', attemptsLeft: 3 },
    { fault: 'latency > timeoutMs', code: 'network', attemptsLeft: 3 },
    { fault: 'HTTP 503', code: 'server', attemptsLeft: 3 },
    { fault: 'dropped connection', code: 'network', attemptsLeft: 3 },
    { fault: 'malformed JSON', code: 'invalid_response', attemptsLeft: 3 },
    // A definitive "no": it costs an attempt, like a wrong code.
    { fault: 'status:false on HTTP 200', code: 'otp_invalid', attemptsLeft: 2 },
    { fault: 'HTTP 429 + Retry-After: 7', code: 'rate_limited', attemptsLeft: 3 },
  ])('$fault → $code (attempts left: $attemptsLeft)', async ({ fault, code, attemptsLeft }) => {
    await start()
    const { auth, stored } = make()
    await auth.sendOtp(EMAIL)
    const otp = server.inbox.latest(EMAIL)!
    server.faults.add({ route: LOGIN, ...FAULTS[fault] })
    const result = await outcome(auth.verifyOtp(otp))
    expect(result.code).toBe(code)
    if (code === 'ok') {
      expect(auth.$session.get().status).toBe('authenticated')
      expect(auth.$otp.get().step).toBe('idle')
      return
    }
    if (code === 'rate_limited') expect(result.error?.retryAfterSeconds).toBe(7)
    expect(auth.$session.get().status).toBe('unauthenticated')
    expect(stored()).toBeUndefined()
    expect(auth.$otp.get()).toMatchObject({ step: 'code-sent', attemptsLeft, error: { code } })
    if (fault === 'latency > timeoutMs') await sleep(SLOW - TIMEOUT + 50)
    // Nothing lost: the same code signs in.
    expect((await outcome(auth.verifyOtp(otp))).code).toBe('ok')
    expect(auth.$session.get().status).toBe('authenticated')
    expect(JSON.parse(stored()!)).toMatchObject({ email: EMAIL, organizationId: 'org_demo' })
  })
})

describe('refresh (refresh() → POST /identity/user/refresh-token)', () => {
  it.each<{ fault: FaultName; code: string; keeps: boolean }>([
    { fault: 'latency < timeoutMs', code: 'ok', keeps: true },
    { fault: 'latency > timeoutMs', code: 'network', keeps: true },
    { fault: 'HTTP 503', code: 'server', keeps: true },
    { fault: 'dropped connection', code: 'network', keeps: true },
    { fault: 'malformed JSON', code: 'invalid_response', keeps: true },
    // The contract: status:false from the refresh endpoint means the refresh token is dead.
    { fault: 'status:false on HTTP 200', code: 'session_expired', keeps: false },
    { fault: 'HTTP 429 + Retry-After: 7', code: 'rate_limited', keeps: true },
  ])('$fault → $code (session kept: $keeps)', async ({ fault, code, keeps }) => {
    await start()
    const { auth, stored, events } = await signedIn()
    const before = stored()
    const token = (await auth.getToken())!
    server.faults.add({ route: REFRESH, ...FAULTS[fault] })
    const result = await outcome(auth.refresh())
    expect(result.code).toBe(code)

    if (code === 'ok') {
      expect(stored()).not.toBe(before)
      expect(await auth.getToken()).not.toBe(token)
      expect(events).toContain('refresh')
      return
    }
    if (!keeps) {
      expect(auth.$session.get().status).toBe('unauthenticated')
      expect(stored()).toBe(signedOutRecord('expired'))
      expect(await auth.getToken()).toBeNull()
      expect(events).toContain('expired')
      return
    }
    if (code === 'rate_limited') expect(result.error?.retryAfterSeconds).toBe(7)
    // Transient: session, storage and token untouched; the token still serves without a request.
    expect(auth.$session.get().status).toBe('authenticated')
    expect(stored()).toBe(before)
    const refreshes = count(REFRESH)
    expect(await auth.getToken()).toBe(token)
    expect(count(REFRESH)).toBe(refreshes)
    expect(events).toContain('error')
    expect(events).not.toContain('expired')
    // A refresh inside the backoff shares the failure and sends nothing.
    const shared = await outcome(auth.refresh())
    expect(shared.code).toBe(code)
    expect(shared.error?.retryAfterSeconds).toBeGreaterThan(0)
    expect(count(REFRESH)).toBe(refreshes)
    // After it, the next refresh rotates as usual (a late rotation by the server is within its
    // grace). The clock moves past the backoff (at most 30 s, or the Retry-After).
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 })
    expect((await outcome(auth.refresh())).code).toBe('ok')
    expect(stored()).not.toBe(before)
    expect((await outcome(auth.fetch(ACCOUNT))).code).toBe('ok')
  })
})

describe('logout (logout() → POST /identity/user/logout)', () => {
  it.each<{ fault: FaultName; revokedOnServer: boolean }>([
    { fault: 'latency < timeoutMs', revokedOnServer: true },
    // Revoked late: the server finishes the request after the client has given up on it.
    { fault: 'latency > timeoutMs', revokedOnServer: true },
    { fault: 'HTTP 503', revokedOnServer: false },
    { fault: 'dropped connection', revokedOnServer: false },
    { fault: 'malformed JSON', revokedOnServer: false },
    { fault: 'status:false on HTTP 200', revokedOnServer: false },
    { fault: 'HTTP 429 + Retry-After: 7', revokedOnServer: false },
  ])(
    '$fault → resolves, cleared locally (revoked on the server: $revokedOnServer)',
    async ({ fault, revokedOnServer }) => {
      await start()
      const { auth, stored, events } = await signedIn()
      const token = (await auth.getToken())!
      server.faults.add({ route: LOGOUT, ...FAULTS[fault] })
      const loggingOut = auth.logout()
      // Cleared at once, before the server answers.
      expect(auth.$session.get().status).toBe('unauthenticated')
      expect(stored()).toBe(signedOutRecord('signed-out'))
      expect((await outcome(loggingOut)).code).toBe('ok')
      expect(await auth.getToken()).toBeNull()
      expect(events.filter((e) => e === 'logout')).toHaveLength(1)
      // The slow one is revoked once the server gets round to it.
      if (revokedOnServer) await vi.waitFor(async () => expect(await accepted(token)).toBe(false))
      else expect(await accepted(token)).toBe(true)
    },
  )
})

describe('protected call (client.fetch → GET /network/v1/account)', () => {
  const GET = `GET ${ACCOUNT}`
  // client.fetch tries a GET once more after a network error, a timeout, 408/409/425/429 and
  // 5xx: `times: 2` makes the fault outlast that retry.
  it.each<{
    name: string
    fault: Omit<Fault, 'route'>
    options?: { timeoutMs: number }
    raw?: boolean
    code: string
    refreshes: number
  }>([
    { name: 'latency < timeoutMs', fault: { delayMs: FAST }, code: 'ok', refreshes: 0 },
    // timeoutMs covers identity API calls; an app call has fetchTimeoutMs (30 s) unless given one.
    {
      name: 'latency > timeoutMs (under the call default timeout)',
      fault: { delayMs: SLOW },
      code: 'ok',
      refreshes: 0,
    },
    {
      name: 'latency > per-call timeout, twice',
      fault: { delayMs: SLOW, times: 2 },
      options: { timeoutMs: TIMEOUT },
      code: 'network',
      refreshes: 0,
    },
    { name: 'HTTP 503 once (retried)', fault: { status: 503 }, code: 'ok', refreshes: 0 },
    { name: 'HTTP 503, twice', fault: { status: 503, times: 2 }, code: 'server', refreshes: 0 },
    {
      name: 'dropped connection, twice',
      fault: { drop: true, times: 2 },
      code: 'network',
      refreshes: 0,
    },
    {
      name: 'HTTP 429 + Retry-After: 7, twice',
      fault: { status: 429, retryAfter: 7, times: 2 },
      code: 'rate_limited',
      refreshes: 0,
    },
    // fetch unwraps the envelope: a body that is not one, or says status:false, is a failure.
    {
      name: 'malformed JSON',
      fault: { malformed: true },
      code: 'invalid_response',
      refreshes: 0,
    },
    { name: 'status:false on 200', fault: { statusFalse: true }, code: 'server', refreshes: 0 },
    // fetchRaw hands the body back as it came.
    {
      name: 'malformed JSON, fetchRaw (body returned as text)',
      fault: { malformed: true },
      raw: true,
      code: 'ok',
      refreshes: 0,
    },
    {
      name: 'status:false on 200, fetchRaw (body returned)',
      fault: { statusFalse: true },
      raw: true,
      code: 'ok',
      refreshes: 0,
    },
    // A 401: one refresh, then one replay.
    { name: 'HTTP 401 once (refresh, replay)', fault: { status: 401 }, code: 'ok', refreshes: 1 },
  ])('$name → $code', async ({ fault, options, raw, code, refreshes }) => {
    await start()
    const { auth, stored, events } = await signedIn()
    const before = stored()
    server.faults.add({ route: GET, ...fault })
    const result = await outcome((raw ? auth.fetchRaw : auth.fetch)(ACCOUNT, options))
    expect(result.code).toBe(code)
    if (code === 'rate_limited') expect(result.error?.retryAfterSeconds).toBe(7)
    if (code === 'server') expect(result.error?.status).toBe(fault.statusFalse ? 200 : 503)
    if (fault.malformed && raw) expect(typeof result.value).toBe('string')
    if (fault.statusFalse && raw) expect(result.value).toMatchObject({ status: false })
    expect(count(REFRESH)).toBe(refreshes)
    // Nothing lost: still signed in, storage as it was (or rotated by the one refresh).
    expect(auth.$session.get().status).toBe('authenticated')
    if (refreshes === 0) expect(stored()).toBe(before)
    else expect(stored()).not.toBe(before)
    expect(events).not.toContain('expired')
    expect((await outcome(auth.fetch(ACCOUNT))).code).toBe('ok')
  })
})

describe('a slow request racing a sign-out: the sign-out wins and nothing comes back', () => {
  it.each<{
    name: string
    tabs: 1 | 2
    serverSeesLogout: boolean
    via: 'refresh' | 'fetch' | 'login'
  }>([
    // The server never hears the logout, so the late refresh answer carries fresh tokens.
    { name: 'refresh(), logout lost on the way', via: 'refresh', tabs: 1, serverSeesLogout: false },
    {
      name: 'refresh(), logout reaches the server',
      via: 'refresh',
      tabs: 1,
      serverSeesLogout: true,
    },
    {
      name: 'client.fetch after a 401, logout lost',
      via: 'fetch',
      tabs: 1,
      serverSeesLogout: false,
    },
    {
      name: 'refresh() in tab B, logout in tab A',
      via: 'refresh',
      tabs: 2,
      serverSeesLogout: false,
    },
    { name: 'verifyOtp() (the sign-in itself)', via: 'login', tabs: 1, serverSeesLogout: true },
  ])('$name', async ({ via, tabs, serverSeesLogout }) => {
    await start()
    const storage = mapStorage()
    const shared = { storage, crossTab: tabs === 2, timeoutMs: 2000 }
    const a = via === 'login' ? make(shared) : await signedIn(shared)
    const b = tabs === 2 ? make(shared) : a
    const worker = b.auth
    if (!serverSeesLogout) server.faults.add({ route: LOGOUT, drop: true })
    let pending: Promise<{ code: string; value: unknown }>
    if (via === 'login') {
      await a.auth.sendOtp(EMAIL)
      server.faults.add({ route: LOGIN, delayMs: 300 })
      pending = outcome(a.auth.verifyOtp(server.inbox.latest(EMAIL)!))
    } else {
      server.faults.add({ route: REFRESH, delayMs: 300 })
      if (via === 'fetch') server.faults.add({ route: `GET ${ACCOUNT}`, status: 401 })
      pending = outcome(via === 'fetch' ? worker.fetch(ACCOUNT) : worker.refresh())
    }
    // The request has reached the server (and waits there) before the sign-out.
    await vi.waitFor(() => expect(count(via === 'login' ? LOGIN : REFRESH)).toBe(1))
    const eventsAtLogout = b.events.length
    await a.auth.logout()
    const result = await pending
    expect(result.code).toBe('unauthenticated')
    // Let every late answer arrive (and a second request go out, if anything were to send one).
    await sleep(150)
    for (const tab of new Set([a, b])) {
      expect(tab.auth.$session.get().status).toBe('unauthenticated')
      expect(await tab.auth.getToken()).toBeNull()
    }
    expect(holdsSession(storage)).toBe(false)
    const late = b.events.slice(eventsAtLogout).filter((e) => e === 'refresh' || e === 'login')
    expect(late).toEqual([])
    if (via === 'fetch') expect(server.stats.count(`GET ${ACCOUNT}`)).toBe(1) // no replay
    if (via === 'login') {
      // The sign-in that lost the race: the server is told to retire the session it opened.
      await vi.waitFor(() => expect(count(LOGOUT)).toBe(1))
      const issued = server.secrets().filter((s) => s.split('.').length === 3)
      await vi.waitFor(async () => expect(await accepted(issued.at(-1)!)).toBe(false))
    }
  })
})

describe('clock skew between client and server', () => {
  // On a fake clock (Date and timers; requests are real), 15 minutes in 5-second steps. The
  // token lives 300 s and is refreshed 60 s before it expires, every 240 s: three refreshes.
  // Trusting the server's `exp` would storm (server behind) or lapse (server ahead).
  const HOUR = 3600
  it.each<{ name: string; offsetSeconds: number; nowShift: number }>([
    { name: 'no skew (control)', offsetSeconds: 0, nowShift: 0 },
    { name: 'server clock +1 h (offsetSeconds)', offsetSeconds: HOUR, nowShift: 0 },
    { name: 'server clock −1 h (offsetSeconds)', offsetSeconds: -HOUR, nowShift: 0 },
    { name: 'server clock +1 h (now option)', offsetSeconds: 0, nowShift: HOUR * 1000 },
    { name: 'server clock −1 h (now option)', offsetSeconds: 0, nowShift: -HOUR * 1000 },
  ])(
    '$name: 3 refreshes in 15 min, the token never lapses',
    async ({ offsetSeconds, nowShift }) => {
      vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: Date.now() })
      await start({ now: () => Date.now() + nowShift })
      server.clock.offsetSeconds = offsetSeconds
      let inflight = 0
      const counted: typeof fetch = (input, init) => {
        inflight++
        return fetch(input, init).finally(() => inflight--)
      }
      const { auth, stored } = await signedIn({ fetch: counted })
      const realTurn = () => new Promise((resolve) => setImmediate(resolve))
      const settle = async () => {
        for (let idle = 0; idle < 3; idle = inflight ? 0 : idle + 1) await realTurn()
      }
      const lapses: number[] = []
      for (let t = 5; t <= 900; t += 5) {
        await vi.advanceTimersByTimeAsync(5000)
        await settle()
        // Is the stored token still good, by the server's own (skewed) clock? Asked every 15 s.
        if (t % 15 === 0 && !(await accepted(JSON.parse(stored()!).token))) lapses.push(t)
      }
      expect(count(REFRESH)).toBe(3)
      expect(lapses).toEqual([])
      // And getToken() serves the stored token without a request.
      expect(await auth.getToken()).toBe(JSON.parse(stored()!).token)
      expect(count(REFRESH)).toBe(3)
    },
  )
})

describe('destroy() while a request is in flight', () => {
  /**
   * Holds one identity call at the client (no server-side timer), destroys the client while it
   * waits (or, with `settled`, once it is done), lets it finish, and reports what the destroyed
   * client does over the next ten minutes of a fake clock.
   */
  async function destroyMidFlight(
    via: 'refresh' | 'login',
    { fault, settled = false }: { fault?: Omit<Fault, 'route'>; settled?: boolean } = {},
  ) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await start()
    let hold = false
    let release = () => {}
    let entered = () => {}
    const held = new Promise<void>((resolve) => (entered = resolve))
    const gate = new Promise<void>((resolve) => (release = resolve))
    const gated: typeof fetch = async (input, init) => {
      if (hold) {
        entered()
        await gate
      }
      return fetch(input, init)
    }
    // An hour's timeout: the fake clock must not abort the requests it sets off.
    const options = { fetch: gated, timeoutMs: 3_600_000 }
    const made = via === 'login' ? make(options) : await signedIn(options)
    if (via === 'login') await made.auth.sendOtp(EMAIL)
    if (fault) server.faults.add({ route: REFRESH, ...fault })
    hold = true
    const pending = outcome(
      via === 'login' ? made.auth.verifyOtp(server.inbox.latest(EMAIL)!) : made.auth.refresh(),
    )
    await held
    if (settled) {
      release()
      await pending
    }
    made.auth.destroy()
    release()
    await pending
    const before = { refreshes: count(REFRESH), stored: made.stored() }
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    await new Promise((resolve) => realSetTimeout(resolve, 50))
    return {
      refreshes: count(REFRESH) - before.refreshes,
      rewritten: made.stored() !== before.stored,
    }
  }

  it('control: destroyed after the refresh settled, it sends and writes nothing', async () => {
    expect(await destroyMidFlight('refresh', { settled: true })).toEqual({
      refreshes: 0,
      rewritten: false,
    })
  })

  // A refresh or sign-in in flight at destroy() settles (a rotation is still saved, so other tabs
  // keep a live refresh token), but re-arms nothing: no timer, no backoff, no schedule.
  it.each<{ name: string; fault?: Omit<Fault, 'route'>; via: 'refresh' | 'login' }>([
    { name: 'a refresh that succeeds', via: 'refresh' },
    { name: 'a refresh that fails transiently (503)', via: 'refresh', fault: { status: 503 } },
    { name: 'a sign-in (verifyOtp)', via: 'login' },
  ])('$name: the destroyed client sends and writes nothing afterwards', async ({ fault, via }) => {
    expect(await destroyMidFlight(via, { fault })).toEqual({ refreshes: 0, rewritten: false })
  })
})
