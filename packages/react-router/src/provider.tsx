import { type AuthClient, AuthError, type SessionState } from '@auth-state/core'
import { whenSettled } from '@auth-state/core/server-session'
import { AuthProvider as ReactAuthProvider, useSession } from '@auth-state/react/server-session'
import { type ReactElement, type ReactNode, useEffect, useRef, useState } from 'react'
import { useRevalidator, useRouteLoaderData } from 'react-router'
import { authClient } from './auth-client'
import { sessionKey } from './session-key'

export interface AuthProviderProps {
  /**
   * What the server rendered with. Default: the root route's loader data's `session`, which
   * `auth.rootLoader` returns (`export { rootLoader as loader }` in `app/root.tsx`).
   */
  session?: SessionState
  /** The client; default the tab's (`authClient()`). */
  client?: AuthClient
  children?: ReactNode
}

/**
 * `@auth-state/react`'s provider for a React Router app, rendered in the root route's component;
 * it reads the root loader's `session` (`auth.rootLoader`). The server render and hydration show that session; then the
 * tab's client takes over, and the provider keeps the two in step:
 * - the tab's session changed (a sign-in, a switch, a sign-out, here or in another tab): once
 *   the handler holds it (`whenSettled`), the loaders run again, so guards and server data follow;
 * - the server saw a change first (a loader found the session expired): the client asks the
 *   handler, so every tab shows it.
 *
 * @example
 * export { headers, rootLoader as loader } from './auth.server'
 * export default function App() {
 *   return <AuthProvider><Header /><Outlet /></AuthProvider>
 * }
 */
export function AuthProvider({ session, client, children }: AuthProviderProps): ReactElement {
  const [auth] = useState(() => client ?? authClient())
  const root = useRouteLoaderData('root') as { session?: SessionState } | undefined
  const server = session ?? root?.session
  if (!server)
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? '@auth-state/react-router: <AuthProvider> needs `session`, or a root loader that returns it (auth.rootLoader)'
        : '',
    )
  return (
    <ReactAuthProvider client={auth} initialSession={server}>
      <FollowSession auth={auth} server={server} />
      {children}
    </ReactAuthProvider>
  )
}

function FollowSession({ auth, server }: { auth: AuthClient; server: SessionState }): null {
  const { revalidate } = useRevalidator()
  const here = sessionKey(useSession())
  const there = sessionKey(server)
  const last = useRef({ here, there })
  useEffect(() => {
    const hereChanged = last.current.here !== here
    const thereChanged = last.current.there !== there
    last.current = { here, there }
    if (here === null || here === there || !(hereChanged || thereChanged)) return
    let live = true
    const signedOut = () => auth.$session.get().status === 'unauthenticated'
    void whenSettled(auth).then(async () => {
      if (!live || sessionKey(auth.$session.get()) === there) return
      // The newer side wins: a change the server saw first reaches this tab (and, through it,
      // the others); this tab's change reaches the server data.
      if (!hereChanged) return void auth.refresh().catch(() => {})
      await revalidate()
      // Still shown signed in by the server while this tab is signed out: a sign-out heard from
      // another tab, whose request reached the server after these loaders did. Once the handler
      // has answered this tab, the loaders run once more.
      if (!live || !signedOut() || there === 'signed-out') return
      await auth.refresh().catch(() => {})
      if (live && signedOut()) void revalidate()
    })
    return () => {
      live = false
    }
  }, [auth, here, there, revalidate])
  return null
}
