import type { SessionState } from '@auth-state/core'
import { useAuth } from './provider'
import { identity, useStore } from './use-store'

// The server cannot see the browser's storage; hydration starts from the same state.
const serverSession: SessionState = { status: 'loading' }

/**
 * The session, re-rendering only when it changes (a token refresh never does). The server and
 * the hydrating render see `{ status: 'loading' }`.
 *
 * @example
 * const session = useSession()
 * if (session.status === 'loading') return <Spinner />
 */
export function useSession(): SessionState
/**
 * A slice of the session: the component re-renders only when the slice changes, compared with
 * `isEqual` (default `Object.is`), so a selector may build a new object each call.
 *
 * @example
 * const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
 */
export function useSession<T>(
  selector: (session: SessionState) => T,
  isEqual?: (a: T, b: T) => boolean,
): T
export function useSession<T>(
  selector: (session: SessionState) => T = identity as (session: SessionState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  return useStore(useAuth().$session, serverSession, selector, isEqual)
}
