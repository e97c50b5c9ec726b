import { createAuthClient } from '@auth-state/core'
import { readSession } from '@auth-state/core/server'
import { authPlugin } from '@auth-state/vue'

export default defineNuxtPlugin((nuxtApp) => {
  // Read from the cookie on the server; the payload carries it to the browser's first render.
  const session = useState('auth-session', () => readSession(useRequestHeaders(['cookie']).cookie))
  // One client per request on the server (inert) and one per browser tab: never shared.
  const auth = createAuthClient({ baseURL: useRuntimeConfig().public.authApiUrl, cookie: true })
  nuxtApp.vueApp.use(authPlugin, auth, { initialSession: session.value })
})
