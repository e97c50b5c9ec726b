import type { AuthClient, SessionState } from '@auth-state/core'
import { createContext, type ReactElement, type ReactNode, useContext, useMemo } from 'react'

interface AuthContextValue {
  client: AuthClient
  initialSession: SessionState | undefined
}

const AuthContext = createContext<AuthContextValue | null>(null)

export interface AuthProviderProps {
  /** The client from `createAuthClient`; create it once, outside any component. */
  client: AuthClient
  /**
   * The session the server rendered with (`readSession` from `@auth-state/core/server`). The
   * server and the hydrating render show it, so the markup matches; the live session follows.
   * Without it both show `{ status: 'loading' }`.
   */
  initialSession?: SessionState
  children?: ReactNode
}

/**
 * Makes an auth client available to `useAuth`, `useSession`, `useOtp` and the gates below it.
 *
 * @example
 * const auth = createAuthClient({ baseURL: 'https://api.example.com', cookie: true })
 * // In a server-rendered app: initialSession={readSession(request)} from the server.
 * <AuthProvider client={auth} initialSession={session}><App /></AuthProvider>
 */
export function AuthProvider({
  client,
  initialSession,
  children,
}: AuthProviderProps): ReactElement {
  // A stable value: a parent's re-render must not re-render every memoised consumer.
  const value = useMemo(() => ({ client, initialSession }), [client, initialSession])
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext)
  if (!value)
    throw new Error(
      '@auth-state/react: useAuth() was called outside <AuthProvider>. Wrap your app in <AuthProvider client={auth}>.',
    )
  return value
}

/**
 * The auth client given to the nearest `<AuthProvider>`, for actions such as `logout()` and
 * `fetch()`. Reading it never re-renders.
 *
 * @example
 * const auth = useAuth()
 * return <button onClick={() => auth.logout()}>Sign out</button>
 */
export function useAuth(): AuthClient {
  return useAuthContext().client
}
