import { type AuthClient, AuthError, type SessionState } from '@auth-state/core'
import { createContext, type ReactElement, type ReactNode, useContext, useMemo } from 'react'

// The one context of both entries (`@auth-state/react` and `@auth-state/react/server-session`):
// the build keeps it in a chunk they share, so hooks from either find either provider.

interface AuthContextValue {
  client: AuthClient
  initialSession: SessionState | undefined
}

const AuthContext = createContext<AuthContextValue | null>(null)

export interface AuthProviderBaseProps {
  /**
   * The session the server rendered with (`readSession` from `@auth-state/core/server`). The
   * server and the hydrating render show it, so the markup matches; the live session follows.
   * Without it both show `{ status: 'loading' }`.
   */
  initialSession?: SessionState
  children?: ReactNode
}

/** The providers' shared render: the context for `client`, with a value stable across renders. */
export function useProvide(
  client: AuthClient,
  initialSession: SessionState | undefined,
  children: ReactNode,
): ReactElement {
  // A stable value: a parent's re-render must not re-render every memoised consumer.
  const value = useMemo(() => ({ client, initialSession }), [client, initialSession])
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext)
  if (!value)
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? '@auth-state/react: useAuth() was called outside <AuthProvider>. Wrap your app in <AuthProvider client={auth}>.'
        : '',
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
