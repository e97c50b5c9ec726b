import { derived, type Readable } from 'svelte/store'
import { getSession } from './session'

export interface Gates {
  /** True while signed in. */
  signedIn: Readable<boolean>
  /** True while signed out. */
  signedOut: Readable<boolean>
  /** True while the session is loading. */
  loading: Readable<boolean>
}

/**
 * Boolean stores for `{#if}` blocks; each notifies only when its own yes/no changes. Call it while
 * a component initialises.
 *
 * @example
 * <script>
 *   const { signedIn, signedOut, loading } = getGates()
 * </script>
 * {#if $loading}<Spinner />{:else if $signedIn}<Account />{:else}<SignIn />{/if}
 */
export function getGates(): Gates {
  const session = getSession()
  const is = (status: string) => derived(session, (s) => s.status === status)
  return { signedIn: is('authenticated'), signedOut: is('unauthenticated'), loading: is('loading') }
}
