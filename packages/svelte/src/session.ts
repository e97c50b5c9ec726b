import type { SessionState } from '@auth-state/core'
import { BROWSER } from 'esm-env'
import { type Readable, readable } from 'svelte/store'
import { getAuthClient } from './context'

/**
 * The session as a store, for `$session` in Svelte 4 and 5 components. It notifies only when the
 * session changes (a token refresh never does). On the server it is always
 * `{ status: 'loading' }`: the server cannot see the browser's storage.
 *
 * @example
 * <script>
 *   import { getSession } from '@auth-state/svelte'
 *   const session = getSession()
 * </script>
 * {#if $session.status === 'authenticated'}<p>{$session.email}</p>{/if}
 */
export function getSession(): Readable<SessionState> {
  const { $session } = getAuthClient()
  // The atom already keeps the store contract: it calls back at once and returns an unsubscribe.
  return BROWSER ? $session : readable<SessionState>({ status: 'loading' })
}
