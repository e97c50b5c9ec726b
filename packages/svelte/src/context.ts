import type { AuthClient, SessionState } from '@auth-state/core'
import { BROWSER } from 'esm-env'
import { getContext, onMount, setContext } from 'svelte'
import { type Readable, writable } from 'svelte/store'

const key = Symbol('auth-state')

export interface SetAuthClientOptions {
  /**
   * The session the server rendered with (`readSession` from `@auth-state/core/server`, passed
   * down from a `load` function). The server and the hydrating render show it, so the markup
   * matches; the live session follows once mounted. Without it the server shows
   * `{ status: 'loading' }`.
   */
  initialSession?: SessionState
}

interface AuthContext {
  client: AuthClient
  initialSession: SessionState | undefined
  /** False until the root component has mounted (hydrated), in the browser. */
  mounted: Readable<boolean>
}

/**
 * Makes an auth client available to `getAuthClient`, `getSession`, `getOtp` and `getGates` in
 * this component and every component below it. Call it while the root component initialises.
 *
 * @example
 * <script>
 *   import { setAuthClient } from '@auth-state/svelte'
 *   import { auth } from '$lib/auth'
 *   let { data, children } = $props() // data.session = readSession(request) in +layout.server.ts
 *   setAuthClient(auth, { initialSession: data.session })
 * </script>
 */
export function setAuthClient(client: AuthClient, options?: SetAuthClientOptions): AuthClient {
  const mounted = writable(false)
  if (BROWSER) onMount(() => mounted.set(true))
  setContext<AuthContext>(key, { client, initialSession: options?.initialSession, mounted })
  return client
}

export function getAuthContext(): AuthContext {
  const context = getContext<AuthContext | undefined>(key)
  if (!context)
    throw new Error(
      '@auth-state/svelte: getAuthClient() found no client. Call setAuthClient(auth) in a parent component first.',
    )
  return context
}

/**
 * The client given to `setAuthClient` above, for actions such as `logout()` and `fetch()`. Call
 * it while a component initialises.
 *
 * @example
 * const auth = getAuthClient()
 * const signOut = () => auth.logout()
 */
export function getAuthClient(): AuthClient {
  return getAuthContext().client
}
