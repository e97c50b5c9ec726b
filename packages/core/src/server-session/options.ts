import type { IdleTimer } from '../idle-option'
import type { OtpOptions } from '../options'
import type { StorageOption } from '../storage'

/** Options of `createServerSessionClient`. Every one is optional. */
export interface ServerSessionOptions {
  /**
   * Where the app mounts the `@auth-state/server` handler, on the page's origin. Default
   * `'/auth'`. Where there is no page (tests, Node), an absolute URL.
   */
  path?: string
  /** A fetch implementation (tests). Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch
  /** Share the session view between tabs. Default true in browsers. */
  crossTab?: boolean
  /**
   * The storage key: the view is kept under `<storageKey>:view`, the OTP flow under
   * `<storageKey>:otp`. Default `'auth-state'`.
   */
  storageKey?: string
  /** Where the view and the OTP flow are kept. Default `'local'` in browsers, else `'memory'`. */
  storage?: StorageOption
  /** The page's own OTP throttle, as in the direct mode; the handler throttles too. */
  otp?: OtpOptions
  /** Timeout of each call to the handler's own routes in ms, body included. Default 15000. */
  timeoutMs?: number
  /** Default timeout of `fetch` and `fetchRaw` through the proxy in ms; 0 for none. Default 30000. */
  fetchTimeoutMs?: number
  /**
   * A server-render client: no request, no storage, no listener; `$session` stays `loading`.
   * Default true when there is no `window` and no `fetch` was given.
   */
  ssr?: boolean
  /**
   * An idle timeout from `@auth-state/core/idle`, as in `createAuthClient`. Activity is also
   * reported to the handler (`POST /activity`, at most once a minute), whose own
   * `idleTimeoutSeconds` ends a session that no page keeps alive.
   */
  idle?: IdleTimer
  /**
   * How long before the session's absolute end (the handler's `sessionTtlSeconds`) `$health`
   * says `ending` with reason `lifetime`, so the app can ask for a new sign-in before work is
   * lost. Default 300.
   */
  lifetimeWarnSeconds?: number
}
