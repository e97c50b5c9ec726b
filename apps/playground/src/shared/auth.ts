import { createAuthClient } from '@auth-state/core'
import { idleTimeout } from '@auth-state/core/idle'
import { apiURL, idleTimeoutSeconds, resendCooldownSeconds } from './config'

/**
 * The one auth client of the page. The React, Vue and Svelte panels each receive it from
 * src/main.ts, so signing in from any of them signs in all three. It keeps the session in
 * localStorage, so other tabs of the playground follow too.
 */
export const auth = createAuthClient({
  baseURL: apiURL,
  otp: { resendCooldownSeconds },
  // Signed out after a while without activity in any tab, with a "Stay signed in" dialog first
  // (src/react/SessionBanner.tsx). `?idle=20` tries it in seconds.
  idle: idleTimeout({
    timeoutSeconds: idleTimeoutSeconds,
    warnSeconds: Math.min(60, idleTimeoutSeconds / 2),
  }),
})
