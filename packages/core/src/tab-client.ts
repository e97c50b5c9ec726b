import { type AuthClient, createAuthClient, isServerRender } from './client'
import type { AuthClientOptions } from './options'

interface Held {
  fingerprint: string
  client: AuthClient
}

// The tab's clients, by storage and storage key: each is one session's place in this tab.
const held = new Map<AuthClientOptions['storage'], Map<string, Held>>()

/**
 * The data of the options, for comparing two calls: functions and objects that are not plain
 * data (a storage adapter, `localStorage`) are left out, so an inline `fetch` or `authHeaders`
 * that is a new function on every render still finds the same client.
 */
function fingerprintOf(options: AuthClientOptions): string | undefined {
  try {
    return JSON.stringify(options, (_key, value) => {
      if (typeof value === 'function') return undefined
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
      const proto = Object.getPrototypeOf(value)
      return proto === Object.prototype || proto === null ? value : undefined
    })
  } catch {
    return undefined // a BigInt or a cycle: createAuthClient says what is wrong
  }
}

/**
 * The browser tab's one client for these options, for providers that are given options instead
 * of a client (React's `<AuthProvider options>`). The first call creates it; every later call
 * with the same options gets it back, so a render that a framework repeats or throws away
 * (React StrictMode, Suspense) never starts a second client. It lives as long as the tab, like a
 * module-level client in a single-page app.
 *
 * - Same storage and `storageKey` but other options (an edited `baseURL` after hot reload): the
 *   old client is destroyed and a new one takes its place. Functions and storage adapters are not
 *   compared: those of the first call stay.
 * - A server render (no `window` and no `storage` option, or `ssr: true`): a new, inert client on
 *   every call, since one shared by the requests of a server would mix up their people.
 *
 * Throws `AuthError` (`invalid_input`) for bad options, as `createAuthClient` does.
 */
export function tabAuthClient(options: AuthClientOptions): AuthClient {
  if (!options || typeof options !== 'object' || isServerRender(options))
    return createAuthClient(options)
  const fingerprint = fingerprintOf(options)
  if (fingerprint === undefined) return createAuthClient(options)
  const storage = options.storage ?? (typeof window === 'undefined' ? 'memory' : 'local')
  const byKey = held.get(storage) ?? new Map<string, Held>()
  held.set(storage, byKey)
  const key = options.storageKey ?? 'auth-state'
  const current = byKey.get(key)
  if (current?.fingerprint === fingerprint) return current.client
  // Created first: options it refuses leave the current client in place.
  const client = createAuthClient(options)
  current?.client.destroy()
  byKey.set(key, { fingerprint, client })
  return client
}
