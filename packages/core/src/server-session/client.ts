import { atom } from 'nanostores'
import type { AuthClient } from '../client'
import { AuthError } from '../errors'
import { createEmitter } from '../events'
import { createHealth, type HealthInput } from '../health'
import type { IdleHandle } from '../idle-option'
import { parseCode, parseEmail } from '../input'
import { count, isHeaderText, nonEmpty, resolveOtpOptions } from '../options'
import { createOtpFlow } from '../otp'
import type { OtpSend } from '../otp-send'
import { publish, publishChanged, settled } from '../publish'
import type { SessionState, SignOutReason } from '../session'
import { chain, isPromise, memoryStorage, persisted, resolveStorage } from '../storage'
import type { TokenTimesState } from '../token-times'
import { createEndpoint } from './endpoint'
import { takeFormFlow, withFormFlow } from './form-flow'
import type { ServerSessionOptions } from './options'
import { createProxyFetch } from './proxy'
import { registerSettled } from './settled'
import { storedOtpRecord, storedView } from './stored'
import { createTabChannel, type TabChannel } from './tab-channel'
import {
  parseView,
  type SessionEndReason,
  type SessionView,
  type SignedInView,
  stateOf,
  timesOf,
} from './view'

// Not the factory's name: AuthError scrubs any 20-character word run as a possible token.
// Names only development messages read: production builds ship none of them.
const WHERE = process.env.NODE_ENV !== 'production' && 'server-session client'
// How long a logout request may run on after logout() has resolved.
const LOGOUT_REQUEST_MS = 60_000
// A tab that wakes (focus, visible, online) asks the handler again after this long.
const WAKE_CHECK_MS = 30_000
// Page activity reaches the handler at most this often (stayActive() at once).
const ACTIVITY_REPORT_MS = 60_000
// Without a page idle timer, the handler's idle end is announced this long before.
const SERVER_IDLE_WARN_MS = 60_000
const MAX_DELAY = 2 ** 31 - 1

/**
 * Creates the auth client of an app whose server runs `@auth-state/server`'s handler: the same
 * `AuthClient` as `createAuthClient`, so the React, Vue and Svelte adapters take it unchanged,
 * but the tokens stay on the server. The page holds only the session view (email, ids, expiry
 * times), in an atom and in storage; the handler keeps the session behind an HttpOnly cookie,
 * refreshes there, and proxies `client.fetch` to the API.
 *
 * - `getToken()` rejects with `unsupported`: there is no token in the page.
 * - `setOrganization` / `setAccount` show the change at once, then tell the handler; calls
 *   through `fetch` wait for it. If the handler refuses, an `error` event reports it and the
 *   view goes back to what the handler holds.
 * - `isEmailRegistered()` rejects with `unsupported`: the handler answers every email alike.
 *
 * @example
 * import { createServerSessionClient } from '@auth-state/core/server-session'
 * const auth = createServerSessionClient() // the handler is mounted at /auth
 * await auth.sendOtp('ada@example.com')
 * await auth.verifyOtp('123456')
 * const account = await auth.fetch('/network/v1/account', { schema: Account })
 */
export function createServerSessionClient(options: ServerSessionOptions = {}): AuthClient {
  if (!options || typeof options !== 'object')
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production' ? `${WHERE}: options must be an object` : '',
    )
  const storageKey =
    nonEmpty(options.storageKey, process.env.NODE_ENV !== 'production' && 'storageKey', WHERE) ??
    'auth-state'
  const timeoutMs = count(
    options.timeoutMs,
    process.env.NODE_ENV !== 'production' && 'timeoutMs',
    15_000,
    0,
    WHERE,
  )
  const otpOptions = resolveOtpOptions(options.otp, WHERE)
  const lifetimeWarnMs =
    count(
      options.lifetimeWarnSeconds,
      process.env.NODE_ENV !== 'production' && 'lifetimeWarnSeconds',
      300,
      0,
      WHERE,
    ) * 1000
  const ssr = options.ssr ?? (typeof window === 'undefined' && options.fetch === undefined)
  const endpoint = createEndpoint({
    path: nonEmpty(options.path, process.env.NODE_ENV !== 'production' && 'path', WHERE) ?? '/auth',
    fetch: options.fetch,
  })
  const now = () => Date.now()
  const emitter = createEmitter()
  const reportError = (error: unknown) =>
    emitter.emit('error', {
      error: new AuthError(
        'storage',
        process.env.NODE_ENV !== 'production' ? 'Storage failed; kept in memory' : '',
        { cause: error },
      ),
    })
  const storage = ssr ? memoryStorage() : resolveStorage(options.storage)
  const win = ssr || typeof window === 'undefined' ? undefined : window
  const viewKey = `${storageKey}:view`
  const stored = persisted(storage, viewKey, storedView, reportError)

  const $session = atom<SessionState>({ status: 'loading' })
  const $tokenTimes = atom<TokenTimesState>(timesOf(null))
  let view: SignedInView | null = null
  // Bumped by every change made here (sign-in, sign-out, switch, another tab's change): an
  // answer to a request sent before it is out of date and dropped.
  let generation = 0
  // Counts sign-outs: a sign-in in flight across one is void.
  let signOuts = 0
  let destroyed = false
  let lastCheck = 0
  // The last check's transient failure, until one succeeds: health is not `healthy` meanwhile.
  let failure: AuthError | null = null
  let reported = 0
  let idle: IdleHandle | undefined
  let endingTimer: ReturnType<typeof setTimeout> | undefined

  /** The nearest end the person can still act on: this page's idle timer, the handler's, the lifetime. */
  function ending(): HealthInput['ending'] {
    const own = idle?.ending()
    const server = view?.idleExpiresAt
    const life = view?.sessionExpiresAt
    const idleEnd =
      own ??
      (server
        ? { endsAt: server, warnAt: server - SERVER_IDLE_WARN_MS, reason: 'idle' as const }
        : null)
    return life && (!idleEnd || life < idleEnd.endsAt)
      ? { endsAt: life, warnAt: life - lifetimeWarnMs, reason: 'lifetime' }
      : idleEnd
  }
  const health = createHealth(() => ({
    signedIn: view !== null,
    refreshing: checking !== undefined,
    online: win?.navigator?.onLine !== false,
    failure,
    retryAt: 0,
    ending: ending(),
    now: now(),
  }))
  // Recomputes, and wakes up at the next warning or end the handler's view announces (the page's
  // idle timer keeps its own): at an end, the handler says what happened.
  function updateHealth() {
    health.update()
    clearTimeout(endingTimer)
    const next = ending()
    if (!next || destroyed || (next.reason === 'idle' && idle)) return
    const t = now()
    const at = t < next.warnAt ? next.warnAt : next.endsAt
    endingTimer = setTimeout(
      () => (now() >= next.endsAt ? check().catch(() => {}) : updateHealth()),
      Math.min(MAX_DELAY, Math.max(0, at - t)),
    )
  }

  /** Shows a view (or its absence, with why) in `$session` and `$tokenTimes`. */
  function show(next: SignedInView | null, reason?: SignOutReason) {
    view = next
    const current = $session.get()
    const state: SessionState = next
      ? stateOf(next)
      : reason
        ? { status: 'unauthenticated', reason }
        : current.status === 'unauthenticated'
          ? current
          : { status: 'unauthenticated' }
    // Writes that change nothing notify nobody.
    publishChanged($session, state)
    publishChanged($tokenTimes, timesOf(next))
    updateHealth()
  }

  let channel: TabChannel | undefined
  // Why the last session ended, kept in storage with the signed-out state so that every tab and
  // a reload show it (as the direct mode does), until a sign-in or clearSignOutReason().
  let endedBecause: SessionEndReason | undefined
  function persist(next: SignedInView | null) {
    stored.write(next ? { v: 1, ...next } : endedBecause ? { v: 1, reason: endedBecause } : null)
    channel?.notify()
  }

  /**
   * Makes this tab show `next`: a sign-in, a sign-out, new ids, a refreshed token. `source`
   * says who knew first: this tab (it writes storage and tells the others), another tab (it
   * already did), or this tab's first look at the handler after a load (no login event, as a
   * restore in the direct mode).
   */
  function adopt(next: SessionView, source: 'this-tab' | 'other-tab' | 'restore') {
    settled(() => {
      const before = view
      const heard = source === 'other-tab'
      generation++
      if (next.status === 'unauthenticated') {
        if (!before) return show(null)
        signOuts++
        idle?.stop()
        const why: SessionEndReason =
          next.reason === 'signed-out' || next.reason === 'idle' ? next.reason : 'expired'
        endedBecause = why
        // A sign-out elsewhere shows as 'other-tab'; an expiry is an expiry wherever it happened.
        show(null, heard && why === 'signed-out' ? 'other-tab' : why)
        if (!heard) persist(null)
        if (why === 'expired')
          emitter.emit('expired', { reason: heard ? 'other-tab' : 'refresh_rejected' })
        else
          emitter.emit('logout', { reason: why === 'idle' ? 'idle' : heard ? 'other-tab' : 'user' })
        return
      }
      if (!before) {
        endedBecause = undefined
        idle?.start(source === 'this-tab')
      }
      show(next)
      if (!heard && !sameView(before, next)) persist(next)
      if (!before || before.email !== next.email) {
        if (source !== 'restore')
          emitter.emit('login', {
            email: next.email,
            organizationId: next.organizationId,
            accountId: next.accountId,
            expiresAt: next.expiresAt,
          })
      } else if (before.refreshedAt !== next.refreshedAt)
        emitter.emit('refresh', {
          expiresAt: next.expiresAt,
          refreshedAt: next.refreshedAt,
          source: heard ? 'other-tab' : 'this-tab',
        })
    })
  }

  // Another tab wrote storage: follow it, with no request.
  function follow() {
    chain(stored.read(), (s) => {
      if (destroyed) return
      if (s && 'email' in s) {
        const next = withoutVersion(s)
        if (!sameView(view, next)) adopt(next, 'other-tab')
      } else if (view) adopt({ status: 'unauthenticated', reason: s?.reason }, 'other-tab')
      // Signed out here too: another tab cleared the reason, or stored one.
      else if (!s) clearReason()
    })
  }

  function clearReason() {
    endedBecause = undefined
    if ($session.get().status === 'unauthenticated')
      publish($session, { status: 'unauthenticated' })
  }

  /** Calls one of the handler's routes whose answer is the session view (POST with a body). */
  async function ask(route: string, body?: object): Promise<SessionView> {
    const next = parseView(await endpoint.call(body ? 'POST' : 'GET', route, body, timeoutMs))
    if (!next)
      throw new AuthError(
        'invalid_response',
        process.env.NODE_ENV !== 'production'
          ? `[${body ? 'POST' : 'GET'}] ${route}: not a session view`
          : '',
      )
    return next
  }

  let checking: Promise<SignedInView | null> | undefined
  /** Asks the handler for the session (it refreshes first when due). One request at a time. */
  function check(first = false): Promise<SignedInView | null> {
    checking ??= (async () => {
      const asked = generation
      lastCheck = now()
      try {
        const next = await ask('/session')
        failure = null
        // Something changed here meanwhile (a sign-in, a sign-out, a switch): that is newer.
        if (asked === generation && !destroyed) adopt(next, first ? 'restore' : 'this-tab')
      } catch (error) {
        // Unreachable: keep what this tab shows; a first check with nothing stored says signed
        // out rather than loading forever.
        if ($session.get().status === 'loading') show(null)
        if (/^(network|server|rate_limited)$/.test((error as AuthError).code))
          failure = error as AuthError
        throw error
      }
      return view
    })().finally(() => {
      checking = undefined
      updateHealth()
    })
    updateHealth()
    return checking
  }

  // Restore: the stored view shows at once (synchronous storage: before this returns), then
  // the handler confirms it, since only it can read the cookie.
  const restored = ssr
    ? undefined
    : chain(stored.read(), (s) => {
        if (view) return
        if (s && 'email' in s) {
          show(withoutVersion(s))
          idle?.start(false)
        } else if (s) {
          endedBecause = s.reason
          show(null, s.reason)
        }
      })
  const ready: Promise<void> = ssr
    ? Promise.resolve()
    : (async () => {
        await restored
        await check(true).catch((error: unknown) =>
          emitter.emit('error', { error: error as AuthError }),
        )
      })()

  if (!ssr && (options.crossTab ?? win !== undefined)) channel = createTabChannel(viewKey, follow)

  /** Tells the handler the page is in use (its idle clock restarts); the answer is the view. */
  function report(explicit: boolean) {
    if (!view || (!explicit && now() - reported < ACTIVITY_REPORT_MS)) return
    reported = now()
    const asked = generation
    ask('/activity', {})
      .then((next) => {
        if (asked === generation && !destroyed) adopt(next, 'this-tab')
      })
      .catch(() => {})
  }
  idle = ssr
    ? undefined
    : options.idle?.({
        storage,
        key: storageKey,
        now,
        changed: updateHealth,
        active: report,
        expire: () => {
          adopt({ status: 'unauthenticated', reason: 'idle' }, 'this-tab')
          void retire()
        },
      })

  // Organization and account switches in flight: `fetch` waits for them, so its call runs
  // under the ids the UI already shows.
  let switching: Promise<void> = Promise.resolve()
  const settledCalls = async () => {
    await ready
    await switching
  }
  // The sign-out request in flight, for whenSettled(): it may outlive logout() itself.
  let leaving: Promise<unknown> = Promise.resolve()

  /** `setOrganization` (`key` organizationId) or `setAccount` (accountId, which may be null). */
  function change(key: 'organizationId' | 'accountId', id: unknown) {
    const org = key === 'organizationId'
    if (!((!org && id === null) || isHeaderText(id)))
      throw new AuthError(
        'invalid_input',
        process.env.NODE_ENV !== 'production'
          ? `${org ? 'setOrganization' : 'setAccount'}: the id must be ${org ? '' : 'null or '}a non-empty string that can be a header value`
          : '',
      )
    if (!view)
      throw new AuthError(
        'unauthenticated',
        process.env.NODE_ENV !== 'production'
          ? `${org ? 'setOrganization' : 'setAccount'}: not signed in`
          : '',
      )
    const body = { [key]: id }
    const next = { ...view, ...body }
    // Shown at once, as in the direct mode (these setters return void); the handler's answer
    // then becomes the view.
    adopt(next, 'this-tab')
    const mine = generation
    const route = org ? '/organization' : '/account'
    switching = switching.then(async () => {
      if (generation !== mine) return
      try {
        const data = await ask(route, body)
        if (generation === mine && !destroyed) adopt(data, 'this-tab')
      } catch (error) {
        if (destroyed) return
        emitter.emit('error', { error: error as AuthError })
        // Back to what the handler holds, unless something newer happened here meanwhile.
        if (generation === mine) await check().catch(() => {})
      }
    })
  }

  async function login(input: { email: string; otp: string }) {
    const email = parseEmail(input?.email)
    const code = parseCode(input?.otp)
    const epoch = signOuts
    const next = await ask('/otp/verify', { email, code })
    if (next.status !== 'authenticated')
      throw new AuthError(
        'invalid_response',
        process.env.NODE_ENV !== 'production'
          ? '[POST] /otp/verify: not a signed-in session view'
          : '',
      )
    await ready
    if (signOuts !== epoch) {
      // Signed out while this sign-in was on its way: the sign-out wins, and the handler is
      // told to end the session it just opened.
      void retire()
      throw new AuthError(
        'unauthenticated',
        process.env.NODE_ENV !== 'production' ? 'Signed out while signing in' : '',
      )
    }
    adopt(next, 'this-tab')
  }

  /** Tells the handler to end the session (cookie, store, upstream); never rejects. */
  const retire = () => {
    const request = endpoint
      .call('POST', '/logout', {}, Math.max(timeoutMs, LOGOUT_REQUEST_MS))
      .catch(() => undefined)
    leaving = Promise.all([leaving, request])
    return request
  }

  async function logout() {
    await restored
    if (view) adopt({ status: 'unauthenticated', reason: 'signed-out' }, 'this-tab')
    else {
      // Nothing shown here, but the cookie may still hold a session: the handler decides.
      generation++
      signOuts++
      persist(null)
    }
    // Resolves within timeoutMs while the request may run longer (see the direct mode).
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([
      retire(),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeoutMs)
      }),
    ])
    clearTimeout(timer)
  }

  const send: OtpSend = async (email) => {
    try {
      await endpoint.call('POST', '/otp/send', { email }, timeoutMs)
    } catch (error) {
      const e = error as AuthError
      // The handler's per-email cooldown: a code went out recently, so the user has one, which
      // is what a send promises; its wait is honoured before the next send.
      if (e.code === 'otp_cooldown') return { wait: waitFor(e) }
      // Its per-email window or per-address limit: no code now, and the wait is the server's.
      if (e.code === 'otp_send_limit') throw waitFor(e)
      throw e
    }
    return undefined
  }

  const otp = createOtpFlow({
    send,
    isEmailRegistered: () =>
      Promise.reject(
        new AuthError(
          'unsupported',
          process.env.NODE_ENV !== 'production'
            ? 'isEmailRegistered: a server-session client cannot look emails up (the handler answers every email alike)'
            : '',
        ),
      ),
    options: otpOptions,
    // A flow begun by a plain form post before this script loaded continues here.
    store: withFormFlow(
      persisted(storage, `${storageKey}:otp`, storedOtpRecord, reportError),
      takeFormFlow(win?.document),
    ),
    login,
    now,
  })

  // Browser wake-ups: a tab that slept may show a session the server has since ended.
  const wake = () => {
    // Back online with no check due: `$health` still says offline until it is recomputed.
    updateHealth()
    // After a failed check (offline, a 5xx), any wake-up asks again at once.
    if (
      win?.document?.visibilityState === 'hidden' ||
      (!failure && now() - lastCheck < WAKE_CHECK_MS)
    )
      return
    check().catch((error: unknown) => emitter.emit('error', { error: error as AuthError }))
  }
  const wakeEvents = ['visibilitychange', 'online', 'focus'] as const
  for (const name of wakeEvents) win?.addEventListener(name, wake)
  win?.addEventListener('offline', updateHealth)

  const client: AuthClient = {
    $session,
    $otp: otp.$otp,
    initialOtp: otp.initialOtp,
    $tokenTimes,
    $health: health.$health,
    stayActive() {
      idle?.stayActive()
      // Without a page idle timer, the handler's own idle clock is the one to restart.
      if (!idle) report(true)
    },
    ready,
    sendOtp: otp.sendOtp,
    verifyOtp: otp.verifyOtp,
    resetOtp: otp.resetOtp,
    isEmailRegistered: otp.isEmailRegistered,
    login,
    logout,
    clearSignOutReason() {
      const clear = () => {
        if (view) return
        clearReason()
        // Only a signed-out record is this call's to remove: a session another tab began stays.
        chain(stored.read(), (s) => {
          if (s && 'reason' in s) {
            stored.write(null)
            channel?.notify()
          }
        })
      }
      // An async storage not read yet: cleared once the reason it holds is known.
      if (isPromise(restored)) void restored.then(clear)
      else clear()
    },
    async refresh() {
      await ready
      if (!(await check()))
        throw new AuthError(
          'unauthenticated',
          process.env.NODE_ENV !== 'production' ? 'refresh: not signed in' : '',
        )
    },
    getToken: () =>
      Promise.reject(
        new AuthError(
          'unsupported',
          process.env.NODE_ENV !== 'production'
            ? 'getToken: a server-session client has no token; the server keeps it. Call the API with auth.fetch (through the handler) or from server code.'
            : '',
        ),
      ),
    ...createProxyFetch({
      endpoint,
      timeoutMs: count(
        options.fetchTimeoutMs,
        process.env.NODE_ENV !== 'production' && 'fetchTimeoutMs',
        30_000,
        0,
        WHERE,
      ),
      settled: settledCalls,
      signedIn: () => view !== null,
      lost: () => adopt({ status: 'unauthenticated', reason: 'expired' }, 'this-tab'),
    }),
    setOrganization: (organizationId) => change('organizationId', organizationId),
    setAccount: (accountId) => change('accountId', accountId),
    on: emitter.on,
    destroy() {
      destroyed = true
      clearTimeout(endingTimer)
      idle?.stop()
      for (const name of wakeEvents) win?.removeEventListener(name, wake)
      win?.removeEventListener('offline', updateHealth)
      channel?.close()
      emitter.clear()
    },
  }
  registerSettled(client, async () => {
    await settledCalls()
    await leaving
  })
  return client
}

function waitFor(error: AuthError): AuthError {
  return new AuthError('rate_limited', error.message, {
    status: error.status,
    retryAfterSeconds: error.retryAfterSeconds,
    cause: error,
  })
}

const withoutVersion = ({ v: _, ...view }: SignedInView & { v: number }): SignedInView => view

// Views are built in one key order (parseView, then spreads of it) of strings, numbers and nulls.
const sameView = (a: SignedInView | null, b: SignedInView | null) =>
  JSON.stringify(a) === JSON.stringify(b)
