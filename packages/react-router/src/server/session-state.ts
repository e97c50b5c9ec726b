import type { SessionState } from '@auth-state/core'
import type { SessionView } from '@auth-state/server'

/**
 * The verified session as the page's `SessionState`: who and where, never a time or a token, so
 * the loader data a route sends to the browser holds what the header shows and nothing more.
 */
export function sessionState(view: SessionView): SessionState {
  if (view.status !== 'authenticated')
    return view.reason
      ? { status: 'unauthenticated', reason: view.reason }
      : { status: 'unauthenticated' }
  return {
    status: 'authenticated',
    email: view.email,
    organizationId: view.organizationId,
    accountId: view.accountId,
  }
}
