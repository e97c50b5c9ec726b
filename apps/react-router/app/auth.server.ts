import { createAuthRoutes } from '@auth-state/react-router/server'

export const auth = createAuthRoutes({
  apiURL: process.env.AUTH_API_URL ?? 'http://127.0.0.1:8787',
  secret: process.env.AUTH_SECRET ?? '',
  proxy: ['/network/v1/'],
  pages: { afterSignIn: '/account' },
})
