import { type HealthState, sameHealth } from '@auth-state/core'
import { useAuthContext } from './context'
import { identity, useStore } from './use-store'

const HEALTHY: HealthState = { status: 'healthy' }
const ENDED: HealthState = { status: 'ended' }

/**
 * What the session is doing (`healthy`, `refreshing`, `offline`, `retrying`, `ending`, `ended`),
 * re-rendering only when that changes. Apart from `useSession`: a component reading the session
 * does not re-render when the network drops. The server and the hydrating render see `healthy`
 * when the provider's `initialSession` is signed in, else `ended`.
 *
 * @example
 * const health = useHealth()
 * if (health.status === 'offline') return <p>Offline, reconnecting…</p>
 */
export function useHealth(): HealthState
/**
 * A slice of health, compared with `isEqual` (default `Object.is`), as `useSession` does.
 *
 * @example
 * const endsAt = useHealth((h) => (h.status === 'ending' ? h.endsAt : null))
 */
export function useHealth<T>(
  selector: (health: HealthState) => T,
  isEqual?: (a: T, b: T) => boolean,
): T
export function useHealth<T>(
  selector: (health: HealthState) => T = identity as (health: HealthState) => T,
  isEqual: (a: T, b: T) => boolean = selector === identity
    ? (sameHealth as (a: T, b: T) => boolean)
    : Object.is,
): T {
  const { client, initialSession } = useAuthContext()
  const server = initialSession?.status === 'authenticated' ? HEALTHY : ENDED
  return useStore(client.$health, server, selector, isEqual)
}
