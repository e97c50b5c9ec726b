import {
  type AuthClient,
  type AuthClientOptions,
  AuthError,
  type SessionState,
  tabAuthClient,
} from '@auth-state/core'
import { createContext, type ReactElement, type ReactNode, useContext, useMemo } from 'react'

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

export type AuthProviderProps = AuthProviderBaseProps &
  (
    | {
        /** The client from `createAuthClient`; create it once, outside any component. */
        client: AuthClient
        options?: undefined
      }
    | {
        /**
         * Options for `createAuthClient`: the provider makes the tab's one client from them
         * (core's `tabAuthClient`), so a server component can render the provider with plain
         * data. A render that React repeats or throws away (StrictMode, Suspense) gets the same
         * client; each server render (no `window`, whatever the options) gets an inert one of its
         * own. Code outside React (a React Router `clientLoader`) reaches the same client with
         * core's `currentTabAuthClient()`, instead of calling `tabAuthClient` with options again.
         */
        options: AuthClientOptions
        client?: undefined
      }
  )

/**
 * Makes an auth client available to `useAuth`, `useSession`, `useOtp` and the gates below it.
 * Give it a `client`, or the `options` to make one from.
 *
 * @example
 * const auth = createAuthClient({ baseURL: 'https://api.example.com', cookie: sessionCookie() })
 * <AuthProvider client={auth}><App /></AuthProvider>
 * // In a client component a server component renders (Next.js), with the session the
 * // request's cookie holds (`sessionCookie` from `@auth-state/core/cookie`):
 * <AuthProvider options={{ baseURL, cookie: sessionCookie() }} initialSession={session}>
 */
export function AuthProvider({
  client,
  options,
  initialSession,
  children,
}: AuthProviderProps): ReactElement {
  if (!client && !options)
    throw new AuthError(
      'invalid_input',
      '@auth-state/react: <AuthProvider> needs `client` or `options`',
    )
  // On the server a new inert client per render; in the browser the tab's one client.
  const made = useMemo(
    () => (client ? undefined : tabAuthClient(options as AuthClientOptions)),
    [client, options],
  )
  const auth = client ?? (made as AuthClient)
  // A stable value: a parent's re-render must not re-render every memoised consumer.
  const value = useMemo(() => ({ client: auth, initialSession }), [auth, initialSession])
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext)
  if (!value)
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? '@auth-state/react: useAuth() was called outside <AuthProvider>. Wrap your app in <AuthProvider client={auth}>.'
        : '@auth-state/react: no <AuthProvider>',
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
