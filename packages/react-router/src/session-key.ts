import type { SessionState } from '@auth-state/core'

/**
 * Who and where a session is, for comparing the browser's session with the one the server
 * rendered: `null` while loading, and the same for every signed-out state whatever its reason.
 */
export function sessionKey(session: SessionState | undefined): string | null {
  if (!session || session.status === 'loading') return null
  if (session.status === 'unauthenticated') return 'signed-out'
  return JSON.stringify([session.email, session.organizationId, session.accountId])
}
