import { handleAuth } from '@auth-state/sveltekit'
import { AUTH_API_URL, AUTH_SECRET } from '$app/env/private'

export const handle = handleAuth({
  apiURL: AUTH_API_URL!,
  secret: AUTH_SECRET!,
  proxy: ['/network/v1/'],
  pages: { afterSignIn: '/account' },
})
