import type { AuthClient } from '@auth-state/core'
import { createContext, type ReactElement, type ReactNode, useContext } from 'react'

const AuthContext = createContext<AuthClient | null>(null)

export interface AuthProviderProps {
  /** The client from `createAuthClient`; create it once, outside any component. */
  client: AuthClient
  children?: ReactNode
}

/**
 * Makes an auth client available to `useAuth`, `useSession` and `useOtp` below it.
 *
 * @example
 * const auth = createAuthClient({ baseURL: 'https://api.example.com' })
 * createRoot(el).render(<AuthProvider client={auth}><App /></AuthProvider>)
 */
export function AuthProvider({ client, children }: AuthProviderProps): ReactElement {
  return <AuthContext.Provider value={client}>{children}</AuthContext.Provider>
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
  const client = useContext(AuthContext)
  if (!client)
    throw new Error(
      '@auth-state/react: useAuth() was called outside <AuthProvider>. Wrap your app in <AuthProvider client={auth}>.',
    )
  return client
}
