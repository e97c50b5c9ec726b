import { type AuthClient, type AuthClientOptions, AuthError, tabAuthClient } from '@auth-state/core'
import { type ReactElement, useMemo } from 'react'
import { type AuthProviderBaseProps, useProvide } from './context'

export { type AuthProviderBaseProps, useAuth, useAuthContext } from './context'

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
 * Give it a `client`, or the `options` to make one from. An app that always gives a `client` (a
 * server-session app) can import it and the hooks from `@auth-state/react/server-session`
 * instead: that provider takes a client only, so the direct client `options` needs is never
 * bundled.
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
      process.env.NODE_ENV !== 'production'
        ? '@auth-state/react: <AuthProvider> needs `client` or `options`'
        : '',
    )
  // On the server a new inert client per render; in the browser the tab's one client.
  const made = useMemo(
    () => client ?? tabAuthClient(options as AuthClientOptions),
    [client, options],
  )
  return useProvide(made, initialSession, children)
}
