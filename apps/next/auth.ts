import { createNextAuth } from '@auth-state/next'

// The identity API and the cookie secret: AUTH_API_URL and AUTH_SECRET, from the environment.
export const auth = createNextAuth({ proxy: ['/network/v1/'], pages: { afterSignIn: '/account' } })
