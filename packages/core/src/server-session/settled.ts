import type { AuthClient } from '../client'

const pending = new WeakMap<AuthClient, () => Promise<void>>()

/** Registers how to wait for a server-session client's calls in flight (its own factory only). */
export function registerSettled(client: AuthClient, settled: () => Promise<void>): void {
  pending.set(client, settled)
}

/**
 * Resolves once the handler has answered every organization or account switch and every
 * sign-out this client has made so far, so the server's cookie holds the new choice: then a
 * server render (Next.js's `router.refresh()`, a loader run again) shows it, and a guard no
 * longer finds the session that ended. Resolves at once for any other client.
 *
 * @example
 * auth.setOrganization('org_2')
 * await whenSettled(auth)
 * router.refresh() // server components now render org_2's data
 */
export function whenSettled(client: AuthClient): Promise<void> {
  return (
    pending
      .get(client)?.()
      .catch(() => {}) ?? Promise.resolve()
  )
}
