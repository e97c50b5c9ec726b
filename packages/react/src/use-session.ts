import { type SessionState, sameSession } from '@auth-state/core'
import { useAuthContext } from './context'
import { identity, useStore } from './use-store'

// The server cannot see the browser's storage: without the provider's `initialSession`, the
// server and the hydrating render both show this.
const LOADING: SessionState = { status: 'loading' }

/**
 * The session, re-rendering only when it changes (a token refresh never does). The server and
 * the hydrating render see the provider's `initialSession`, else `{ status: 'loading' }`.
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
  // The whole session: a live session equal to the server's keeps hydration's value, no re-render.
  isEqual: (a: T, b: T) => boolean = selector === identity
    ? (sameSession as (a: T, b: T) => boolean)
    : Object.is,
): T {
  const { client, initialSession } = useAuthContext()
  return useStore(client.$session, initialSession ?? LOADING, selector, isEqual)
}
