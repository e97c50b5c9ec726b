import { type BackoffState, createBackoff } from './backoff'
import { AuthError } from './errors'
import type { Emitter } from './events'
import { tokenTimes } from './jwt'
import { refreshData } from './schemas'
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
  /** Called when a refresh starts or settles: what health reads may have changed. */
  changed(): void
}

export interface Refresher {
  /**
   * Single flight per session: concurrent callers share one request. Inside a backoff after a
   * transient failure it sends nothing and rejects with that failure (its `retryAfterSeconds`
   * the time left).
   */
  refresh(): Promise<void>
  /** The last transient failure until a refresh succeeds, and the end of its hold (for health). */
  readonly failing: BackoffState
  /** True while a refresh of the current session is out (or waits for the cross-tab lock). */
  readonly refreshing: boolean
  /** True when the token is inside its refresh leeway (and not held back after a due token). */
  due(credentials: Credentials): boolean
  /** Arms the proactive timer for the current credentials. */
  schedule(): void
  /** After sleep, a hidden tab or going online: refresh now if due, else re-arm. */
  check(): void
  /**
   * The browser is back online: a hold set by a network failure is lifted and `check()` runs, so
   * a due token is refreshed now. Every tab does this; the cross-tab lock makes it one request.
   */
  reconnect(): void
  /**
   * Another tab rotated the token: the refresh succeeded there, so no failure is left here; the
   * timer is re-armed for the new token.
   */
  followed(): void
  /** Clears the timer and the backoff. */
  stop(): void
  /** Stops for good: nothing re-arms the timer afterwards, not even a request in flight. */
  dispose(): void
}

// Timers longer than this overflow to "fire now" in browsers and Node.
const MAX_DELAY = 2 ** 31 - 1
// A floor between proactive refreshes, so that a server issuing near-expired tokens cannot
// make the client refresh in a tight loop.
const MIN_DELAY = 250

const ended = () =>
  new AuthError(
    'unauthenticated',
    process.env.NODE_ENV !== 'production' ? 'The session ended while refreshing' : '',
  )

export function createRefresher(deps: RefresherDeps): Refresher {
  const { session, now } = deps
  // Per session generation: a refresh still out for a session that ended is not the next
  // session's, which must neither wait for its failure nor lose its own schedule to it.
  let inflight: { generation: number; promise: Promise<void> } | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const backoff = createBackoff(now)
  let disposed = false

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
        // The timer is the backoff's own retry: it fires when the wait is over, whatever the
        // device clock says meanwhile (set back an hour, or faked in a test).
        start(false).catch(() => {})
      },
      Math.min(Math.max(0, delay), MAX_DELAY),
    )
  }

  function schedule() {
    clearTimeout(timer)
    timer = undefined
    const c = session.credentials
    if (!c || c.expiresAt === null) return
    const { notBefore, failure } = backoff.state(session.generation)
    arm(Math.max(refreshAt(c) - now(), notBefore - now(), failure ? 0 : MIN_DELAY))
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
        arm(backoff.failed(error as AuthError, generation))
        deps.emit('error', { error: error as AuthError })
        throw error
      }
      // Rejected: unless a tab we did not hear from rotated the token under us, it is dead.
      const latest = deps.sync()
      if (latest) await latest
      if (live().refreshToken !== used) return
      deps.expire()
      throw new AuthError(
        'session_expired',
        process.env.NODE_ENV !== 'production' ? 'The session has expired; sign in again' : '',
        {
          status: (error as AuthError).status,
          cause: error,
        },
      )
    }
    // A logout or another sign-in while the request was out, here or in another tab whose message
    // has not arrived yet (storage already shows it): its result must not resurrect the session.
    const latest = deps.sync()
    if (latest) await latest
    const c = live()
    // Another tab rotated meanwhile (a lock taken over): storage's tokens are what every tab
    // follows, so they stay.
    if (c.refreshToken !== used) return
    const next: Credentials = {
      ...c,
      token: data.token,
      refreshToken: data.refreshToken ?? used,
      ...tokenTimes(data.token, now()),
    }
    session.update(next)
    // Still inside the lock: the next holder must be able to tell that storage moved on.
    await deps.save(next)
    backoff.succeeded(generation, now() >= refreshAt(next))
    deps.emit('refresh', { expiresAt: next.expiresAt, refreshedAt: now(), source: 'this-tab' })
    schedule()
  }

  // Every path but the timer (getToken, fetch and its 401 replay, wake-ups, refresh()) comes
  // here gated: inside a backoff they share the last failure instead of sending.
  const refresh = () => start(true)

  function start(gated: boolean): Promise<void> {
    const generation = session.generation
    if (inflight?.generation === generation) return inflight.promise
    if (!session.credentials)
      return Promise.reject(
        new AuthError(
          'unauthenticated',
          process.env.NODE_ENV !== 'production' ? 'There is no session to refresh' : '',
        ),
      )
    const refused = gated ? backoff.refusal(generation) : undefined
    if (refused) return Promise.reject(refused)
    const from = session.credentials.refreshToken
    const promise = deps
      .withLock(() => run(generation, from))
      .finally(() => {
        if (inflight?.promise === promise) inflight = undefined
        deps.changed()
      })
    inflight = { generation, promise }
    deps.changed()
    return promise
  }

  // Inside the hold after an already-due token, the token in hand is the best there is. A hold
  // after a failure keeps the token due: its callers get the failure (or, from getToken, the
  // token while it lasts), never an expired token as if it were fine.
  function due(c: Credentials) {
    const t = now()
    const { notBefore, failure } = backoff.state(session.generation)
    return t >= refreshAt(c) && (failure !== null || t >= notBefore)
  }

  return {
    refresh,
    get failing() {
      return backoff.failing(session.generation)
    },
    get refreshing() {
      return inflight?.generation === session.generation
    },
    due,
    schedule,
    check() {
      const c = session.credentials
      if (c && due(c)) refresh().catch(() => {})
      else schedule()
    },
    reconnect() {
      backoff.reconnected()
      this.check()
    },
    followed() {
      const c = session.credentials
      if (c) backoff.succeeded(session.generation, now() >= refreshAt(c))
      schedule()
    },
    stop() {
      clearTimeout(timer)
      timer = undefined
      backoff.clear()
    },
    dispose() {
      disposed = true
      this.stop()
    },
  }
}
