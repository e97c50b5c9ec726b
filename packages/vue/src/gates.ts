import type { SessionState } from '@auth-state/core'
import { type DefineComponent, defineComponent } from 'vue'
import { useSession } from './use-session'

// Each gate re-renders only when its own yes/no changes, never on a refresh or an org switch.
const gate = (status: SessionState['status']): DefineComponent =>
  defineComponent((_, { slots }) => {
    const shown = useSession((s) => s.status === status)
    return () => (shown.value ? slots.default?.() : null)
  }) as DefineComponent

/**
 * Renders its default slot only while signed in (from the server's `initialSession` until
 * hydration).
 *
 * @example
 * <SignedIn><AccountMenu /></SignedIn>
 */
export const SignedIn: DefineComponent = gate('authenticated')

/**
 * Renders its default slot only while signed out.
 *
 * @example
 * <SignedOut><RouterLink to="/sign-in">Sign in</RouterLink></SignedOut>
 */
export const SignedOut: DefineComponent = gate('unauthenticated')

/**
 * Renders its default slot only while the session is loading.
 *
 * @example
 * <SessionLoading><Spinner /></SessionLoading>
 */
export const SessionLoading: DefineComponent = gate('loading')
