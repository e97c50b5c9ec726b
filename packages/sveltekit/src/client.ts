// `@auth-state/sveltekit/client`: the browser side. Imports `$app/navigation`, so it runs only
// inside a SvelteKit app (Vite resolves that module there).
import {
  type AuthClient,
  createServerSessionClient,
  type ServerSessionOptions,
  type SessionState,
  type SessionView,
  sessionStateOf,
  whenSettled,
} from '@auth-state/core/server-session'
import { setAuthClient } from '@auth-state/svelte'
import { onDestroy } from 'svelte'
import { afterNavigate, refreshAll } from '$app/navigation'

/** Who is signed in where: what the server's data depends on. Null while unknown. */
function identity(session: SessionState | SessionView): string | null {
  if (session.status === 'loading') return null
  if (session.status !== 'authenticated') return ''
  return `${session.email}\n${session.organizationId}\n${session.accountId ?? ''}`
}

// A switch made in another tab shows here before its handler call is done: if the server's
// data does not show it yet, ask again a little later, a few times.
const RETRY_MS = [0, 50, 150, 300, 600]

/**
 * Creates the tab's server-session client and hands it to `@auth-state/svelte` (`getSession`,
 * `getOtp`, `getGates`, `getAuthClient` below). Then it keeps the server's data in step with it:
 * whenever the session changes (sign-in, sign-out, expiry, a switch; in this tab or another),
 * every `load` runs again (`refreshAll`), so `loadSession`'s guard and redirects apply and
 * server-loaded data follows the organization; and when a navigation brings a server session that
 * differs from the tab's (it expired on the server), the tab asks the handler again. Call it in
 * the root `+layout.svelte` with a getter of the session `loadSession` returned. On the server it
 * makes an inert client.
 *
 * @example
 * <script lang="ts">
 *   import { setupAuth } from '@auth-state/sveltekit/client'
 *   let { data, children } = $props()
 *   setupAuth(() => data.session)
 * </script>
 */
export function setupAuth(
  serverSession: () => SessionView,
  options?: ServerSessionOptions,
): AuthClient {
  const auth = createServerSessionClient(options)
  setAuthClient(auth, { initialSession: sessionStateOf(serverSession()) })
  if (typeof window === 'undefined') return auth

  let syncing = false
  async function sync(): Promise<void> {
    if (syncing) return
    syncing = true
    try {
      // Read afresh each time: a change that came during a refresh is followed too.
      for (const wait of RETRY_MS) {
        const wanted = identity(auth.$session.get())
        if (wanted === null || wanted === identity(serverSession())) return
        if (wait) await new Promise((done) => setTimeout(done, wait))
        // A switch made here: once the handler has it, the server renders it.
        await whenSettled(auth)
        await refreshAll()
      }
    } finally {
      syncing = false
    }
  }
  const stop = auth.$session.listen(() => void sync())
  // The other way: a navigation found the server's session changed (it expired, or ended in a
  // request this tab did not make): the client asks the handler, and shows what it answers.
  afterNavigate(() => {
    const shown = identity(auth.$session.get())
    if (shown !== null && shown !== identity(serverSession())) auth.refresh().catch(() => {})
  })
  onDestroy(() => {
    stop()
    auth.destroy()
  })
  return auth
}
