import type { SessionState } from '@auth-state/core'
import {
  type AuthClient,
  createServerSessionClient,
  type ServerSessionOptions,
  type SessionView,
  whenSettled,
} from '@auth-state/core/server-session'
import { AuthProvider } from '@auth-state/react'
import { useRouter } from 'next/navigation'
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react'

let tab: AuthClient | undefined

/** The tab's one client in the browser; on the server, an inert one per render. */
function clientOf(options: ServerSessionOptions): AuthClient {
  if (typeof window === 'undefined') return createServerSessionClient({ ...options, ssr: true })
  tab ??= createServerSessionClient(options)
  return tab
}

/** The tab's server-session client outside React (a handler, a test); null before the provider. */
export const currentAuthClient = (): AuthClient | null => tab ?? null

const stateOf = (view: SessionView): SessionState =>
  view.status === 'authenticated'
    ? {
        status: 'authenticated',
        email: view.email,
        organizationId: view.organizationId,
        accountId: view.accountId,
      }
    : { status: 'unauthenticated', ...(view.reason && { reason: view.reason }) }

/** Who and where: what the server renders differently. */
const keyOf = (state: SessionState) =>
  state.status === 'authenticated'
    ? `in ${state.email} ${state.organizationId} ${state.accountId}`
    : state.status

export interface AuthStateProviderProps {
  /** The session the server rendered with: `await auth.session()` in the root layout. */
  session: SessionView
  /** The client's options (`path` where the handler is not at `/auth`). */
  options?: ServerSessionOptions
  children?: ReactNode
}

/**
 * The root layout's provider: `useSession`, `useOtp`, `useAuth` and the gates of
 * `@auth-state/react` below it, on the tab's server-session client, first rendered with the
 * server's session (no flash, no hydration mismatch). When the session changes in any tab (a
 * sign-in or sign-out, an expiry, an organization or account switch) it refreshes the route once
 * the handler has the change: server components render again with the new session and data, and
 * the proxy step sends a signed-out tab away from a guarded page.
 */
export function AuthStateProvider({ session, options, children }: AuthStateProviderProps) {
  const [client] = useState(() => clientOf(options ?? {}))
  const router = useRouter()
  const initial = useMemo(() => stateOf(session), [session])
  // What the server last rendered: a change from it needs a new server render.
  const rendered = useRef(keyOf(initial))
  rendered.current = keyOf(initial)
  useEffect(
    () =>
      client.$session.listen((state) => {
        if (state.status === 'loading' || keyOf(state) === rendered.current) return
        rendered.current = keyOf(state)
        void whenSettled(client).then(() => router.refresh())
      }),
    [client, router],
  )
  return (
    <AuthProvider client={client} initialSession={initial}>
      {children}
    </AuthProvider>
  )
}
