import { type HealthState, sameHealth } from '@auth-state/core'
import { inject, type Ref } from 'vue'
import { hydrationKey, useAuth } from './plugin'
import { useStore } from './use-store'

const HEALTHY: HealthState = { status: 'healthy' }
const ENDED: HealthState = { status: 'ended' }

/**
 * What the session is doing (`healthy`, `refreshing`, `offline`, `retrying`, `ending`, `ended`)
 * as a read-only ref, apart from `useSession`: what reads the session does not change when the
 * network drops. The server and the hydrating render see `healthy` when the plugin's
 * `initialSession` is signed in, else `ended`.
 *
 * @example
 * const health = useHealth()
 * const offline = computed(() => health.value.status === 'offline')
 */
export function useHealth(): Readonly<Ref<HealthState>>
/**
 * A slice of health as a read-only ref, compared with `isEqual` (default `Object.is`), as
 * `useSession` does.
 *
 * @example
 * const endsAt = useHealth((h) => (h.status === 'ending' ? h.endsAt : null))
 */
export function useHealth<T>(
  selector: (health: HealthState) => T,
  isEqual?: (a: T, b: T) => boolean,
): Readonly<Ref<T>>
export function useHealth<T>(
  selector?: (health: HealthState) => T,
  isEqual?: (a: T, b: T) => boolean,
): Readonly<Ref<T>> {
  const initial = inject(hydrationKey, null)?.initialSession
  const server = initial?.status === 'authenticated' ? HEALTHY : ENDED
  return useStore(useAuth().$health, server, sameHealth, selector, isEqual)
}
