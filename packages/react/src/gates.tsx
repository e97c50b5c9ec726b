import type { SessionState } from '@auth-state/core'
import type { ReactElement, ReactNode } from 'react'
import { useSession } from './use-session'

export interface GateProps {
  children?: ReactNode
}

// Each gate re-renders only when its own yes/no changes, never on a refresh or an org switch.
const gate =
  (status: SessionState['status']) =>
  ({ children }: GateProps): ReactElement | null =>
    // The children themselves, as React 19's types allow; React 18's ask for an element.
    useSession((s) => s.status === status) ? (children as ReactElement) : null

/**
 * Renders its children only while signed in (from the server's `initialSession` until hydration).
 *
 * @example
 * <SignedIn><AccountMenu /></SignedIn>
 */
export const SignedIn: (props: GateProps) => ReactElement | null = gate('authenticated')

/**
 * Renders its children only while signed out.
 *
 * @example
 * <SignedOut><a href="/sign-in">Sign in</a></SignedOut>
 */
export const SignedOut: (props: GateProps) => ReactElement | null = gate('unauthenticated')

/**
 * Renders its children only while the session is still loading (no `initialSession`, or an
 * asynchronous storage not yet read).
 *
 * @example
 * <SessionLoading><Spinner /></SessionLoading>
 */
export const SessionLoading: (props: GateProps) => ReactElement | null = gate('loading')
