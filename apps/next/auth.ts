import { createNextAuth } from '@auth-state/next'

export const auth = createNextAuth({
  apiURL: process.env.AUTH_API_URL ?? 'http://127.0.0.1:8787',
  secret: process.env.AUTH_SECRET ?? 'dev-only-secret-change-me-0123456789abcdef',
  proxy: ['/network/v1/'],
  pages: { afterSignIn: '/account' },
})
