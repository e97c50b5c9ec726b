import type { AuthClient } from '@auth-state/core'
import { getContext, setContext } from 'svelte'

const key = Symbol('auth-state')

/**
 * Makes an auth client available to `getAuthClient`, `getSession` and `getOtp` in this component
 * and every component below it. Call it while the root component initialises.
 *
 * @example
 * <script>
 *   import { createAuthClient } from '@auth-state/core'
 *   import { setAuthClient } from '@auth-state/svelte'
 *   setAuthClient(createAuthClient({ baseURL: 'https://api.example.com' }))
 * </script>
 */
export function setAuthClient(client: AuthClient): AuthClient {
  return setContext(key, client)
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
  const client = getContext<AuthClient | undefined>(key)
  if (!client)
    throw new Error(
      '@auth-state/svelte: getAuthClient() found no client. Call setAuthClient(auth) in a parent component first.',
    )
  return client
}
