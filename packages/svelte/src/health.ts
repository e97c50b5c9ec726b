import { type HealthState, sameHealth } from '@auth-state/core'
import { BROWSER } from 'esm-env'
import { type Readable, readable } from 'svelte/store'
import { getAuthContext } from './context'
import { hydrated } from './hydrated'

/**
 * What the session is doing as a store, for `$health` (`healthy`, `refreshing`, `offline`,
 * `retrying`, `ending`, `ended`). Apart from `getSession()`: what reads the session is not
 * notified when the network drops. On the server and until the root has mounted it is `healthy`
 * when `initialSession` is signed in, else `ended`; without `initialSession`, the browser shows
 * the live health at once, as `getSession()` does.
 *
 * @example
 * <script>
 *   import { getHealth } from '@auth-state/svelte'
 *   const health = getHealth()
 * </script>
 * {#if $health.status === 'offline'}<p>Offline, reconnecting…</p>{/if}
 */
export function getHealth(): Readable<HealthState> {
  const { client, initialSession, mounted } = getAuthContext()
  const initial: HealthState =
    initialSession?.status === 'authenticated' ? { status: 'healthy' } : { status: 'ended' }
  if (!BROWSER) return readable<HealthState>(initial)
  return initialSession ? hydrated(client.$health, initial, mounted, sameHealth) : client.$health
}
