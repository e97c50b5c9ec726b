import { type AuthClient, AuthError } from '@auth-state/core'
import type { ReactElement } from 'react'
import { type AuthProviderBaseProps, useProvide } from './context'

export interface ClientAuthProviderProps extends AuthProviderBaseProps {
  /**
   * The client: the tab's server-session client (`createServerSessionClient` from
   * `@auth-state/core/server-session`), or one from `createAuthClient`. Create it once, outside
   * any component.
   */
  client: AuthClient
}

/**
 * Makes an auth client available to `useAuth`, `useSession`, `useOtp`, `useHealth` and the gates
 * below it. The provider of `@auth-state/react/server-session`: it takes a client only, so it
 * never brings the direct client's code (`<AuthProvider options>` of `@auth-state/react` does).
 *
 * @example
 * const auth = createServerSessionClient()
 * <AuthProvider client={auth} initialSession={session}><App /></AuthProvider>
 */
export function AuthProvider({
  client,
  initialSession,
  children,
}: ClientAuthProviderProps): ReactElement {
  if (!client)
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? '@auth-state/react: <AuthProvider> needs `client`'
        : '',
    )
  return useProvide(client, initialSession, children)
}
