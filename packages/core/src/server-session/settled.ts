import type { AuthClient } from '../client'

// Each server-session client's "is the handler done with what this tab asked?", by client: kept
// beside the client rather than on it, so the shared AuthClient interface stays as it is.
const pending = new WeakMap<AuthClient, () => Promise<void>>()

/** Called by `createServerSessionClient` once: how to wait for its requests in flight. */
export function trackSettled(client: AuthClient, settled: () => Promise<void>): void {
  pending.set(client, settled)
}

/**
 * Resolves once the handler holds what a server-session client shows: its first session check,
 * and every organization or account switch and sign-out this tab has made so far. The client
 * shows those changes at once; server code (a loader, a server component) sees them only after
 * the handler has answered. Wait for this before asking the server to render again (a router's
 * revalidation), or it may render the state from before the change. Never rejects: a refused
 * switch has already gone back to what the handler holds. Any other client: resolves at once.
 *
 * @example
 * auth.setOrganization('org_demo_labs')
 * await whenSettled(auth)
 * router.refresh() // the server renders under the new organization
 */
export function whenSettled(client: AuthClient): Promise<void> {
  const settled = pending.get(client)
  return settled ? settled().catch(() => {}) : Promise.resolve()
}
