import { type SessionState, sameSession } from '@auth-state/core'
import { BROWSER } from 'esm-env'
import { type Readable, readable } from 'svelte/store'
import { getAuthContext } from './context'
import { hydrated } from './hydrated'

/**
 * The session as a store, for `$session` in Svelte 4 and 5 components. It notifies only when the
 * session changes (a token refresh never does). On the server and until the root has mounted it
 * is the `initialSession` given to `setAuthClient`; without one, the server shows
 * `{ status: 'loading' }` (it cannot see the browser's storage) and the browser the live session.
 *
 * @example
 * <script>
 *   import { getSession } from '@auth-state/svelte'
 *   const session = getSession()
 * </script>
 * {#if $session.status === 'authenticated'}<p>{$session.email}</p>{/if}
 */
export function getSession(): Readable<SessionState> {
  const { client, initialSession, mounted } = getAuthContext()
  if (!BROWSER) return readable<SessionState>(initialSession ?? { status: 'loading' })
  // The atom already keeps the store contract: it calls back at once and returns an unsubscribe.
  return initialSession
    ? hydrated(client.$session, initialSession, mounted, sameSession)
    : client.$session
}
