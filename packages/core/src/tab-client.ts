import { type AuthClient, createAuthClient } from './client'
import type { AuthClientOptions } from './options'

/** A kept client and the fingerprint of the options it was made from. */
type Held = [fingerprint: string, client: AuthClient]

// The tab's clients, by storage and storage key: each is one session's place in this tab.
const held = new Map<AuthClientOptions['storage'], Map<string, Held>>()

const DEFAULT_KEY = 'auth-state'

/**
 * The data of the options, for comparing two calls: functions and objects that are not plain
 * data (a storage adapter, `localStorage`) are left out, so an inline `fetch` or `authHeaders`
 * that is a new function on every render still finds the same client. Keys are sorted: the same
 * options written in another order are the same data.
 */
function fingerprintOf(options: AuthClientOptions): string | undefined {
  try {
    return JSON.stringify(options, (_key, value) => {
      // Primitives and arrays as they are; objects and functions by their prototype below.
      if (Object(value) !== value || Array.isArray(value)) return value
      const proto = Object.getPrototypeOf(value)
      // Plain data with its keys sorted; anything else (a function, an adapter) left out.
      if (proto === Object.prototype || proto === null)
        return Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, value[key]]),
        )
    })
  } catch {
    return undefined // a BigInt or a cycle: createAuthClient says what is wrong
  }
}

/** The dotted paths (`cookie.token`) at which two data values differ; never their values. */
function differingKeys(a: unknown, b: unknown, path = ''): string[] {
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
  if (!isRecord(a) || !isRecord(b))
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [path || '(options)']
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  return keys.flatMap((key) => differingKeys(a[key], b[key], path ? `${path}.${key}` : key))
}

/** The development warning for a replaced client: it names the options that differ, never values. */
function warnReplaced(key: string, before: string, after: string): void {
  console.warn(
    `@auth-state/core: tabAuthClient() with other options (${differingKeys(JSON.parse(before), JSON.parse(after)).join(', ')}) replaced the tab's client for "${key}"; what held it is stopped. Use currentTabAuthClient() to reach the tab's client.`,
  )
}

/**
 * The browser tab's one client for these options, for providers that are given options instead
 * of a client (React's `<AuthProvider options>`). The first call creates it; every later call
 * with the same options gets it back, so a render that a framework repeats or throws away
 * (React StrictMode, Suspense) never starts a second client. It lives as long as the tab, like a
 * module-level client in a single-page app.
 *
 * - Options are compared by their data, in any key order. Functions and storage adapters are
 *   not compared: those of the first call stay.
 * - Same storage and `storageKey` but other data (an edited `baseURL` after hot reload): the old
 *   client is destroyed and a new one takes its place. Outside production builds this warns in
 *   the console, naming the options that differ (never their values): code that only wants the
 *   tab's client (a React Router `clientLoader`) should call `currentTabAuthClient()` instead.
 * - On a server (no `window`, whatever the options) or with `ssr: true`: a new, inert client on
 *   every call, since one shared by the requests of a server would mix up their people.
 *
 * Throws `AuthError` (`invalid_input`) for bad options, as `createAuthClient` does.
 *
 * @example
 * const auth = tabAuthClient({ baseURL: 'https://api.example.com', cookie: sessionCookie() })
 */
export function tabAuthClient(options: AuthClientOptions): AuthClient {
  if (!options || typeof options !== 'object') return createAuthClient(options)
  // One process serves many people: a client kept here would hand one request's session to the
  // next, whatever storage the options name.
  if (typeof window === 'undefined') return createAuthClient({ ...options, ssr: true })
  // Never kept: an `ssr` client, or options that are not data (a BigInt, a cycle).
  const fingerprint = !options.ssr && fingerprintOf(options)
  if (!fingerprint) return createAuthClient(options)
  const storage = options.storage ?? 'local'
  const byKey = held.get(storage) ?? new Map<string, Held>()
  held.set(storage, byKey)
  const key = options.storageKey ?? DEFAULT_KEY
  const current = byKey.get(key)
  if (current?.[0] === fingerprint) return current[1]
  // Created first: options it refuses leave the current client in place.
  const client = createAuthClient(options)
  if (current) {
    current[1].destroy()
    // Bundlers replace `process.env.NODE_ENV` in an app's build, so production code drops the
    // warning and `differingKeys`. (Without a bundler there is no build that could: nanostores
    // reads `process.env.NODE_ENV` in every atom, so a client needs it to exist at all.)
    if (process.env.NODE_ENV !== 'production') warnReplaced(key, current[0], fingerprint)
  }
  byKey.set(key, [fingerprint, client])
  return client
}

/**
 * The client `tabAuthClient` (or `<AuthProvider options>`) made in this tab for a storage key,
 * or `undefined` when there is none yet. For code that runs outside a framework's context (a
 * React Router `clientLoader`, a module-level fetch helper) and needs the tab's client without
 * repeating its options. On a server it is always `undefined`: no client is shared there.
 *
 * @example
 * export async function clientLoader() {
 *   const auth = currentTabAuthClient()
 *   return auth?.fetch('/network/v1/account', { schema: Account })
 * }
 */
export function currentTabAuthClient(storageKey: string = DEFAULT_KEY): AuthClient | undefined {
  let found: AuthClient | undefined
  for (const byKey of held.values()) found = byKey.get(storageKey)?.[1] ?? found
  return found
}
