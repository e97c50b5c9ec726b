import { handleAuth } from '@auth-state/sveltekit'

export const handle = handleAuth({ proxy: ['/network/v1/'], pages: { afterSignIn: '/account' } })
