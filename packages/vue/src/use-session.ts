import { type SessionState, sameSession } from '@auth-state/core'
import { inject, type Ref } from 'vue'
import { hydrationKey, useAuth } from './plugin'
import { useStore } from './use-store'

// The server cannot see the browser's storage: without the plugin's `initialSession`, the
// server and the hydrating render both show this.
const LOADING: SessionState = { status: 'loading' }

/**
 * The session as a read-only ref; it changes only when the session does (a token refresh never
 * does) and stops following it when the component or effect scope ends. The server and the
 * hydrating render see the plugin's `initialSession`, else `{ status: 'loading' }`.
 *
 * @example
 * const session = useSession()
 * const signedIn = computed(() => session.value.status === 'authenticated')
 */
export function useSession(): Readonly<Ref<SessionState>>
/**
 * A slice of the session as a read-only ref that changes only when the slice does, compared with
 * `isEqual` (default `Object.is`), so a selector may build a new object each call.
 *
 * @example
 * const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
 */
export function useSession<T>(
  selector: (session: SessionState) => T,
  isEqual?: (a: T, b: T) => boolean,
): Readonly<Ref<T>>
export function useSession<T>(
  selector?: (session: SessionState) => T,
  isEqual?: (a: T, b: T) => boolean,
): Readonly<Ref<T>> {
  const initial = inject(hydrationKey, null)?.initialSession
  // The whole session (no selector) compares with `sameSession`: a live session equal to the
  // server's keeps hydration's value.
  return useStore(useAuth().$session, initial ?? LOADING, sameSession, selector, isEqual)
}
