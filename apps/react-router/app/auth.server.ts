import { createAuthRoutes } from '@auth-state/react-router/server'

export const auth = createAuthRoutes({ pages: { afterSignIn: '/account' } })
export const { handler, rootLoader, guardLoader, signInLoader, headers } = auth
