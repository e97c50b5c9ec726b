import { AuthError } from './errors'
import type { Emitter } from './events'
import { tokenTimes } from './jwt'
import { refreshData } from './schemas'
import { serverWaitMs } from './server-wait'
import type { Credentials, Session } from './session'
import type { Transport } from './transport'
import { isRejection } from './transport'

export interface RefresherDeps {
  session: Session
  transport: Transport
  endpoint: string
  leewayMs: number
  now: () => number
  emit: Emitter['emit']
  /** Persists rotated credentials; resolves once other tabs can know about the write. */
  save(credentials: Credentials): Promise<void> | undefined
  /** Ends the session because its refresh token is dead. */
  expire(): void
  /** Makes the session agree with storage now (sign-outs and rotations by other tabs). */
  sync(): Promise<void> | undefined
  /** Runs `fn` while holding the cross-tab refresh lock (or at once without cross-tab). */
  withLock<T>(fn: () => Promise<T>): Promise<T>
}

export interface Refresher {
  /** Single flight: concurrent callers share one request. */
  refresh(): Promise<void>
  /** True when the token is inside its refresh leeway (and not held back after a due token). */
  due(credentials: Credentials): boolean
  /** Arms the proactive timer for the current credentials. */
  schedule(): void
  /** After sleep, a hidden tab or going online: refresh now if due, else re-arm. */
  check(): void
  /** Clears the timer and both backoffs. */
  stop(): void
  /** Stops for good: nothing re-arms the timer afterwards, not even a request in flight. */
  dispose(): void
}

// Timers longer than this overflow to "fire now" in browsers and Node.
const MAX_DELAY = 2 ** 31 - 1
// A floor between proactive refreshes, so that a server issuing near-expired tokens cannot
// make the client refresh in a tight loop.
const MIN_DELAY = 250
const MAX_BACKOFF = 30_000

const ended = () => new AuthError('unauthenticated', 'The session ended while refreshing')

export function createRefresher(deps: RefresherDeps): Refresher {
  const { session, now } = deps
  let inflight: Promise<void> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let failures = 0
  // Refreshes in a row that yielded a token already due (exp in the past, exp = iat, negative):
  // the server gives nothing better, so the next try waits (backoff) instead of 250 ms.
  let early = 0
  let holdUntil = 0
  let disposed = false

  const backoff = (n: number) =>
    Math.min(MAX_BACKOFF, 1000 * 2 ** (n - 1)) * (0.75 + Math.random() / 2)

  const refreshAt = (c: Credentials) =>
    c.expiresAt === null
      ? Number.POSITIVE_INFINITY
      : c.expiresAt - Math.min(deps.leewayMs, (c.lifetimeMs ?? Number.POSITIVE_INFINITY) / 2)

  function arm(delay: number) {
    clearTimeout(timer)
    // A request that was in flight when the client was destroyed must not re-arm anything.
    if (disposed) return
    timer = setTimeout(
      () => {
        timer = undefined
        refresh().catch(() => {})
      },
      Math.min(Math.max(0, delay), MAX_DELAY),
    )
  }

  function schedule() {
    clearTimeout(timer)
    timer = undefined
    const c = session.credentials
    if (!c || c.expiresAt === null) return
    arm(Math.max(refreshAt(c) - now(), holdUntil - now(), failures ? 0 : MIN_DELAY))
  }

  // `from` is the refresh token this refresh was asked to replace.
  async function run(generation: number, from: string): Promise<void> {
    const live = () => {
      if (session.generation !== generation || !session.credentials) throw ended()
      return session.credentials
    }
    // The last look at storage before a request leaves: another tab may have signed out (then
    // there is nothing to refresh) or rotated while this one waited for the lock (then its
    // token serves). With synchronous storage nothing can run between this look and the send.
    const synced = deps.sync()
    if (synced) await synced
    const current = live()
    if (current.refreshToken !== from && !due(current)) return
    const used = current.refreshToken
    let data: { token: string; refreshToken?: string | undefined }
    try {
      data = await deps.transport.post(deps.endpoint, { refreshToken: used }, refreshData)
    } catch (error) {
      live()
      if (!isRejection(error)) {
        failures++
        // A 429 says when to come back; never sooner than that, never later than the ceiling.
        arm(Math.max(backoff(failures), serverWaitMs(error as AuthError)))
        deps.emit('error', { error: error as AuthError })
        throw error
      }
      // Rejected: unless a tab we did not hear from rotated the token under us, it is dead.
      const latest = deps.sync()
      if (latest) await latest
      if (live().refreshToken !== used) return
      deps.expire()
      throw new AuthError('session_expired', 'The session has expired; sign in again', {
        status: (error as AuthError).status,
        cause: error,
      })
    }
    // A logout or another sign-in while the request was out: its result must not resurrect it.
    const c = live()
    const next: Credentials = {
      ...c,
      token: data.token,
      refreshToken: data.refreshToken ?? used,
      ...tokenTimes(data.token, now()),
    }
    session.update(next)
    // Still inside the lock: the next holder must be able to tell that storage moved on.
    await deps.save(next)
    failures = 0
    if (now() >= refreshAt(next)) holdUntil = now() + backoff(++early)
    else early = holdUntil = 0
    deps.emit('refresh', { expiresAt: next.expiresAt, refreshedAt: now(), source: 'this-tab' })
    schedule()
  }

  function refresh(): Promise<void> {
    if (inflight) return inflight
    if (!session.credentials)
      return Promise.reject(new AuthError('unauthenticated', 'There is no session to refresh'))
    const generation = session.generation
    const from = session.credentials.refreshToken
    inflight = deps
      .withLock(() => run(generation, from))
      .finally(() => {
        inflight = undefined
      })
    return inflight
  }

  // Inside the hold after an already-due token, the token in hand is the best there is.
  function due(c: Credentials) {
    const t = now()
    return t >= refreshAt(c) && t >= holdUntil
  }

  return {
    refresh,
    due,
    schedule,
    check() {
      const c = session.credentials
      if (c && due(c)) refresh().catch(() => {})
      else schedule()
    },
    stop() {
      clearTimeout(timer)
      timer = undefined
      failures = early = holdUntil = 0
    },
    dispose() {
      disposed = true
      this.stop()
    },
  }
}
