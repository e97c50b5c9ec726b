import { createAuthClient } from '@auth-state/core'
import { apiURL, resendCooldownSeconds } from './config'

/**
 * The one auth client of the page. The React, Vue and Svelte panels each receive it from
 * src/main.ts, so signing in from any of them signs in all three. It keeps the session in
 * localStorage, so other tabs of the playground follow too.
 */
export const auth = createAuthClient({
  baseURL: apiURL,
  otp: { resendCooldownSeconds },
})
