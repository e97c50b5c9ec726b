import type { ReadableAtom } from 'nanostores'
import type * as z from 'zod/mini'
import { type AuthFetch, type AuthFetchRaw, createAuthFetch } from './auth-fetch'
import { type CrossTab, createCrossTab } from './cross-tab'
import { checkEmail, directOtpSend } from './direct-otp-send'
import { AuthError, createRedactor } from './errors'
import { type AuthEventListener, type AuthEventName, createEmitter } from './events'
import { carryable } from './headers'
import { createHealth, type HealthState } from './health'
import type { IdleHandle } from './idle-option'
import { parseCode, parseEmail } from './input'
import { tokenTimes } from './jwt'
import { type AuthClientOptions, isHeaderText, resolveOptions } from './options'
import { createOtpFlow, type OtpState } from './otp'
import { createRefresher } from './refresh'
import { loginData, type StoredSession, storedOtp, storedSession } from './schemas'
import { type Credentials, createSession, type SessionState } from './session'
import { chain, isPromise, memoryStorage, persisted, resolveStorage } from './storage'
import type { TokenTimesState } from './token-times'
import { createTransport, isRejection, MAX_IDENTITY_BYTES } from './transport'

export interface AuthClient {
  /** The session for the UI: no tokens, and untouched by token rotation. */
  readonly $session: ReadableAtom<SessionState>
  /** The OTP sign-in flow's state. */
  readonly $otp: ReadableAtom<OtpState>
  /**
   * The OTP state a server render shows (the flow at rest, before storage is read): adapters
   * hydrate from it, then switch to `$otp`.
   */
  readonly initialOtp: OtpState
  /**
   * `{ expiresAt, refreshedAt }` of the current token, for "expires in" and "last refreshed";
   * never in `$session`, never a token.
   */
  readonly $tokenTimes: ReadableAtom<TokenTimesState>
  /**
   * What the session is doing: `healthy`, `refreshing`, `offline` or `retrying` (with the next
   * attempt), `ending` (with when and why) or `ended`. Beside `$session`: a refresh or a network
   * failure re-renders only what reads this. No token in it.
   *
   * @example
   * auth.$health.subscribe((h) => {
   *   banner.hidden = h.status !== 'offline'
   *   if (h.status === 'ending' && h.reason === 'idle') showStaySignedIn(h.endsAt)
   * })
   */
  readonly $health: ReadableAtom<HealthState>
  /**
   * The person is here: restarts the idle timeout in every tab and lifts its warning. Does
   * nothing without the `idle` option. Wire it to the warning dialog's "Stay signed in".
   */
  stayActive(): void
  /** Resolves once the stored session has been read (at once for synchronous storage). */
  readonly ready: Promise<void>
  /** Sends a code (after the throttle and the availability check). */
  sendOtp(email: string): Promise<void>
  /** Verifies the code sent by `sendOtp` and signs in. */
  verifyOtp(code: string): Promise<void>
  /** Back to email entry. */
  resetOtp(): void
  /** True when the email has an account. Don't show this to end users: it enables enumeration. */
  isEmailRegistered(email: string): Promise<boolean>
  /**
   * Forgets why the last session ended: `$session` shows `{ status: 'unauthenticated' }` and a
   * reload no longer shows the reason. Does nothing while signed in. The next sign-in clears it
   * too; call this once the app has shown its "Your session expired" message.
   *
   * @example
   * if (auth.$session.get().reason === 'expired') {
   *   toast('Your session expired. Please sign in again.')
   *   auth.clearSignOutReason()
   * }
   */
  clearSignOutReason(): void
  /** Signs in with an email and its one-time code. */
  login(input: { email: string; otp: string }): Promise<void>
  /** Ends the session locally at once, then tells the server; resolves whatever it answers. */
  logout(): Promise<void>
  /** Refreshes the token now; concurrent callers share one request. */
  refresh(): Promise<void>
  /** The current token, refreshed first when it is about to expire; null when signed out. */
  getToken(): Promise<string | null>
  /**
   * Calls the API with the session's headers and resolves to the envelope's `data` (typed by
   * `options.schema`). Only on `baseURL`'s origin; replays once after a 401 and a refresh.
   */
  fetch: AuthFetch
  /** `fetch` for endpoints without an envelope: resolves to the body as it came. */
  fetchRaw: AuthFetchRaw
  setOrganization(organizationId: string): void
  setAccount(accountId: string | null): void
  on<E extends AuthEventName>(event: E, listener: AuthEventListener<E>): () => void
  /** Stops every timer and listener the client started. */
  destroy(): void
}

const LOGIN = '/identity/user/login'
const SIGNED_OUT = '-'
const revOf = (s: StoredSession | null) => (s && 'rev' in s && s.rev) || SIGNED_OUT
type StoredReason = 'signed-out' | 'expired' | 'idle'

const FIELDS = ['email', 'token', 'refreshToken', 'organizationId', 'accountId'] as const
const sameCredentials = (a: Credentials | null, b: Credentials | null) =>
  a === b || (!!a && !!b && FIELDS.every((field) => a[field] === b[field]))
const LOGOUT = '/identity/user/logout'
// How long a logout request may take in the background after logout() has resolved.
const LOGOUT_REQUEST_MS = 60_000

/**
 * A server render: one process serves many people, so its client must not read a storage that
 * would belong to none of them, nor keep a timer or a listener alive after the render.
 */
export const isServerRender = (options: AuthClientOptions): boolean =>
  options.ssr ?? (typeof window === 'undefined' && options.storage === undefined)

/**
 * Creates the auth session for one identity API.
 *
 * @example
 * const auth = createAuthClient({ baseURL: 'https://api.example.com/api/outer-bridge' })
 * auth.$session.subscribe((s) => console.log(s.status))
 * await auth.sendOtp('ada@example.com')
 * await auth.verifyOtp('123456')
 * const Account = z.object({ email: z.string(), organizationId: z.string() }) // zod/mini
 * const account = await auth.fetch('/network/v1/account', { schema: Account })
 */
export function createAuthClient(options: AuthClientOptions): AuthClient {
  const opts = resolveOptions(options)
  const now = () => Date.now()
  const emitter = createEmitter()
  // Only storage reports here: a failed write (quota, private mode) or a rejecting adapter.
  const reportError = (error: unknown) =>
    emitter.emit('error', {
      error: new AuthError(
        'storage',
        process.env.NODE_ENV !== 'production' ? 'Storage failed; kept in memory' : '',
        {
          cause: error,
        },
      ),
    })
  const ssr = isServerRender(options)
  const storage = ssr ? memoryStorage() : resolveStorage(options.storage)
  // Opt-in, from `@auth-state/core/cookie`: without it, nothing of the cookie is bundled. The
  // earlier form (`true` or an options object) is refused rather than silently writing none.
  if (options.cookie && typeof options.cookie.write !== 'function')
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? "createAuthClient: `cookie` takes sessionCookie({...}) from '@auth-state/core/cookie' (import { sessionCookie } from '@auth-state/core/cookie'), not `true` or an options object"
        : '',
    )
  const cookie = ssr ? undefined : options.cookie || undefined
  // The revision storage showed when this tab's write failed; null until that read is back.
  let stale: string | null | undefined
  const store = persisted(storage, opts.storageKey, storedSession, (error) => {
    // This tab's own write failed, so storage still shows what it showed before: that says
    // nothing about this tab's session. Until storage shows something else (another tab wrote),
    // `sync()` keeps the session in memory instead of following storage back to the old state.
    stale = null
    chain(store.read(), (s) => {
      if (stale === null) stale = revOf(s)
    })
    reportError(error)
  })
  const session = createSession()
  // The last code typed: a server message may echo it back, glued to other text.
  let lastCode: string | undefined
  const transport = createTransport({
    baseURL: opts.baseURL,
    fetch: options.fetch,
    headers: opts.headers,
    timeoutMs: opts.timeoutMs,
    redact: createRedactor(() => [
      session.credentials?.token,
      session.credentials?.refreshToken,
      lastCode,
    ]),
  })
  const headersFor = (c: Credentials) =>
    opts.authHeaders({ token: c.token, organizationId: c.organizationId, accountId: c.accountId })

  const fromStored = (s: StoredSession | null): Credentials | null => {
    if (!s || !('token' in s)) return null
    const { v: _, rev: __, ...credentials } = s
    return credentials
  }
  // Why the last session ended, as storage says (written with the signed-out state, so every tab
  // and a reload learn it), or as this tab ended it. Kept until a sign-in or clearSignOutReason.
  let endedBecause: StoredReason | undefined
  // What the last read of storage said about it: a tab told of a sign-out elsewhere shows why.
  let storedReason: StoredReason | undefined
  const reasonOf = (s: StoredSession | null) => (s && 'reason' in s ? s.reason : undefined)
  /** What storage says about the session, or undefined while it only shows a write that failed. */
  const observed = (s: StoredSession | null): Credentials | null | undefined => {
    if (stale === null || revOf(s) === stale) return undefined
    stale = undefined
    storedReason = reasonOf(s)
    return fromStored(s)
  }
  /**
   * Writes the session (or its absence) and tells the other tabs. Each write gets a random
   * revision, announced through the cross-tab lock manager, so that a tab taking the refresh lock
   * can wait until its view of storage has caught up (tabs in other processes read a cache).
   * Resolves once the announcement is visible to them.
   */
  function persist(c: Credentials | null): Promise<void> | undefined {
    const rev = c ? Math.random().toString(36).slice(2) : SIGNED_OUT
    stale = undefined
    store.write(c ? { v: 1, ...c, rev } : endedBecause ? { v: 1, reason: endedBecause } : null)
    cookie?.write(c)
    // A write that failed changed nothing for other tabs, and its revision would never show in
    // storage: announcing it would make this tab's next lock holder wait for it in vain.
    if (stale === undefined) return crossTab?.notify(rev)
  }

  let crossTab: CrossTab | undefined
  const refresher = createRefresher({
    session,
    transport,
    endpoint: opts.refreshEndpoint,
    leewayMs: opts.leewayMs,
    now,
    emit: emitter.emit,
    save: persist,
    expire: () => end('expired'),
    sync,
    withLock: (fn) => (crossTab ? crossTab.withLock(fn) : fn()),
    changed: () => health.update(),
  })

  const win = ssr || typeof window === 'undefined' ? undefined : window
  // Opt-in: without the option, nothing of the idle timer is bundled or run.
  const idle: IdleHandle | undefined = ssr
    ? undefined
    : options.idle?.({
        storage,
        key: opts.storageKey,
        now,
        changed: () => health.update(),
        expire: () => end('idle'),
      })
  const health = createHealth(() => {
    const { failure, notBefore } = refresher.failing
    return {
      signedIn: session.credentials !== null,
      refreshing: refresher.refreshing,
      online: win?.navigator?.onLine !== false,
      failure,
      retryAt: notBefore,
      ending: idle?.ending() ?? null,
      now: now(),
    }
  })
  // Signed in or out: every `session.replace` below is followed by `health.update()` (not a
  // `$session` listener: the atom's listeners are the app's, and an adapter unmounting leaves none).

  // Counts sign-outs (here or in another tab): a sign-in that was in flight across one is void.
  let signOuts = 0

  // Each state change below runs inside `session.change`: storage, timers and events are done
  // before any `$session` subscriber runs, so a subscriber's exception cannot cut one short.
  // `heard`: another tab ended it and storage already says so (and why).
  function end(reason: StoredReason, heard = false) {
    session.change(() => {
      const had = session.credentials !== null
      signOuts++
      // Ending no session keeps the reason the last one ended with.
      if (had) endedBecause = reason
      // A sign-out elsewhere shows as 'other-tab'; an expiry or an idle timeout is what it is
      // wherever it happened.
      session.replace(
        null,
        had ? (heard && reason === 'signed-out' ? 'other-tab' : reason) : undefined,
      )
      health.update()
      refresher.stop()
      idle?.stop()
      if (!heard) persist(null)
      if (!had) return
      if (reason === 'expired')
        emitter.emit('expired', { reason: heard ? 'other-tab' : 'refresh_rejected' })
      else
        emitter.emit('logout', {
          reason: reason === 'idle' ? 'idle' : heard ? 'other-tab' : 'user',
        })
    })
  }

  // `fresh`: signed in here (which counts as activity), not restored or followed.
  function begin(c: Credentials, fresh = false) {
    endedBecause = undefined
    session.replace(c)
    refresher.schedule()
    idle?.start(fresh)
    health.update()
    emitter.emit('login', {
      email: c.email,
      organizationId: c.organizationId,
      accountId: c.accountId,
      expiresAt: c.expiresAt,
    })
  }

  // Another tab changed storage: make this tab agree with it, without a request.
  function reconcile(stored: Credentials | null | undefined) {
    if (stored === undefined) return
    const current = session.credentials
    // The other tab may keep no cookie (or one of another name): this tab keeps its own in step.
    cookie?.write(stored)
    if (!stored) return current && end(storedReason ?? 'signed-out', true)
    if (!current || current.email !== stored.email) return session.change(() => begin(stored))
    if (current.refreshToken !== stored.refreshToken || current.token !== stored.token) {
      session.change(() => {
        session.update(stored)
        refresher.followed()
        health.update()
        emitter.emit('refresh', {
          expiresAt: stored.expiresAt,
          refreshedAt: now(),
          source: 'other-tab',
        })
      })
    } else session.update(stored)
  }

  /**
   * Makes this tab agree with storage, where another tab may have signed out or rotated. With a
   * synchronous storage this happens at once, so a caller can look right before a request leaves
   * and be sure it carries no token another tab already retired.
   */
  function sync(): Promise<void> | undefined {
    if (!crossTab) return
    const read = chain(store.read(), (s) => {
      const stored = observed(s)
      if (stored !== undefined && !sameCredentials(stored, session.credentials)) reconcile(stored)
    })
    return isPromise(read) ? read : undefined
  }

  // On by default in browsers only: on a server, one process serves many unrelated sessions.
  // Before the restore below: a tab that opens with a due token refreshes at once, and that
  // refresh must take the cross-tab lock (and see storage catch up) like any other. Without it,
  // it went out unlocked with whatever token this tab read, maybe one another tab was rotating.
  if (!ssr && (opts.crossTab ?? win !== undefined)) {
    crossTab = createCrossTab({
      key: opts.storageKey,
      storage,
      lockTimeoutMs: opts.timeoutMs + 1000,
      revision: () => chain(store.read(), revOf),
      read: async () => observed(await store.read()),
      onChange: reconcile,
    })
  }

  // Restore: synchronous storage gives the final state before this function returns. One whole
  // change: a subscriber that signs out at once runs after the cookie is written, not before.
  let loaded = false
  const restored = ssr
    ? undefined
    : chain(store.read(), (s) =>
        session.change(() => {
          const c = fromStored(s)
          endedBecause = reasonOf(s)
          loaded = true
          session.replace(c, endedBecause)
          health.update()
          // In step from the first load: a cookie left from another session (or none) is fixed.
          cookie?.write(c)
          if (c) {
            refresher.check()
            idle?.start(false)
          }
        }),
      )
  const ready = isPromise(restored) ? restored : Promise.resolve()

  async function login(input: { email: string; otp: string }) {
    const email = parseEmail(input?.email)
    const otp = parseCode(input?.otp)
    lastCode = otp
    // A sign-out that another tab made before this sign-in was asked (storage shows it, its
    // message has not arrived) is followed now, so that it cannot void this sign-in later. With
    // synchronous storage only: then nothing can run between this look and taking the epoch, and
    // a sign-out here after this call still voids the sign-in.
    if (!isPromise(restored)) sync()
    const epoch = signOuts
    let data: z.infer<typeof loginData>
    try {
      data = await transport.post(LOGIN, { email, password: otp, isOTP: true }, loginData)
    } catch (error) {
      if (!isRejection(error)) throw error
      throw new AuthError(
        'otp_invalid',
        process.env.NODE_ENV !== 'production' ? 'The code is incorrect or has expired' : '',
        {
          status: (error as AuthError).status,
          cause: error,
        },
      )
    }
    await ready
    const c: Credentials = {
      email,
      token: data.token,
      refreshToken: data.refreshToken,
      organizationId: String(data.organizationId),
      accountId: data.accountId == null ? null : String(data.accountId),
      ...tokenTimes(data.token, now()),
    }
    if (signOuts !== epoch) {
      // Signed out while this sign-in was on its way: the sign-out wins, and the server is told
      // to retire the session it just opened.
      retire(c)
      throw new AuthError(
        'unauthenticated',
        process.env.NODE_ENV !== 'production' ? 'Signed out while signing in' : '',
      )
    }
    session.change(() => {
      begin(c, true)
      persist(c)
    })
  }

  async function logout() {
    // Synchronous storage: cleared before logout() returns, not a tick later.
    if (!loaded) await ready
    const c = session.credentials
    end('signed-out')
    if (!c) return
    // Resolves within timeoutMs, while the request may take longer: a request the client aborts
    // may never be finished by the server (its body cut off), which would leave the session
    // alive there. Local state is already gone; the server's answer changes nothing.
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([
      retire(c),
      new Promise((resolve) => {
        timer = setTimeout(resolve, opts.timeoutMs)
      }),
    ])
    clearTimeout(timer)
  }

  /** Tells the server to end a session; never rejects. */
  function retire(c: Credentials): Promise<unknown> {
    return transport
      .request({
        method: 'POST',
        path: LOGOUT,
        body: {},
        // Whatever storage held: the headers that can be sent are, so the server hears it.
        auth: carryable(() => headersFor(c)),
        timeoutMs: Math.max(opts.timeoutMs, LOGOUT_REQUEST_MS),
        maxBytes: MAX_IDENTITY_BYTES,
      })
      .catch(() => {})
  }

  async function getToken() {
    await ready
    await sync()
    const c = session.credentials
    if (!c) return null
    if (!refresher.due(c)) return c.token
    try {
      await refresher.refresh()
    } catch (error) {
      const current = session.credentials
      if (!current) return null
      // A transient failure: the old token is still good until it actually expires.
      if (current.expiresAt === null || current.expiresAt > now()) return current.token
      throw error
    }
    return session.credentials?.token ?? null
  }

  // setOrganization and setAccount: the id is also a header value, so it is refused here rather
  // than by every later request. Only the account may be null.
  function patch(name: string, key: 'organizationId' | 'accountId', id: string | null) {
    const nullable = key === 'accountId'
    if (!(nullable && id === null) && !isHeaderText(id))
      throw new AuthError(
        'invalid_input',
        process.env.NODE_ENV !== 'production'
          ? `${name}: the id must be ${nullable ? 'null or ' : ''}a non-empty string that can be a header value`
          : '',
      )
    const c = session.credentials
    if (!c)
      throw new AuthError(
        'unauthenticated',
        process.env.NODE_ENV !== 'production' ? `${name}: not signed in` : '',
      )
    const next = { ...c, [key]: id }
    session.change(() => {
      session.update(next)
      persist(next)
    })
  }

  const otp = createOtpFlow({
    send: directOtpSend(transport),
    isEmailRegistered: checkEmail(transport),
    options: opts.otp,
    store: persisted(storage, `${opts.storageKey}:otp`, storedOtp, reportError),
    login,
    now,
  })

  // Browser wake-ups: timers stall during sleep and in hidden tabs.
  const wake = () => {
    if (win?.document?.visibilityState !== 'hidden') refresher.check()
  }
  // Back online: a hold a network failure set is lifted and a due token refreshed now, in every
  // tab at once; the cross-tab lock makes that one request. Offline: health says so at once.
  const listeners = [
    ['visibilitychange', wake],
    ['focus', wake],
    [
      'online',
      () => {
        refresher.reconnect()
        health.update()
      },
    ],
    ['offline', () => health.update()],
  ] as const
  for (const [name, listener] of listeners) win?.addEventListener(name, listener)

  return {
    $session: session.$session,
    // The OTP flow's whole interface (`OtpFlow`): $otp, initialOtp, sendOtp, verifyOtp, resetOtp
    // and isEmailRegistered.
    ...otp,
    $tokenTimes: session.$tokenTimes,
    $health: health.$health,
    stayActive: () => idle?.stayActive(),
    ready,
    login,
    logout,
    clearSignOutReason() {
      const clear = () => {
        if (session.credentials) return
        endedBecause = undefined
        session.clearReason()
        // Only a signed-out record is this call's to remove: a session another tab began stays.
        chain(store.read(), (s) => {
          if (reasonOf(s)) store.write(null)
        })
      }
      // An async storage not read yet: cleared once the reason it holds is known.
      if (loaded) clear()
      else void ready.then(clear)
    },
    refresh: async () => {
      await ready
      await sync()
      return refresher.refresh()
    },
    getToken,
    ...createAuthFetch({
      transport,
      session,
      refresher,
      timeoutMs: opts.fetchTimeoutMs,
      getToken,
      headersFor,
      sync,
    }),
    setOrganization: (organizationId) => patch('setOrganization', 'organizationId', organizationId),
    setAccount: (accountId) => patch('setAccount', 'accountId', accountId),
    on: emitter.on,
    destroy() {
      refresher.dispose()
      for (const [name, listener] of listeners) win?.removeEventListener(name, listener)
      idle?.stop()
      crossTab?.close()
      emitter.clear()
    },
  }
}
