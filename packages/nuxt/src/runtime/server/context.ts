import { defineEventHandler } from 'h3'
import { authFetch, getAuthSession } from './auth'

/** What the Vue app's server render reaches through `event.context.authState`. */
export interface AuthStateContext {
  session: () => ReturnType<typeof getAuthSession>
  fetch: (path: string, options?: Parameters<typeof authFetch>[2]) => Promise<unknown>
}

// A Nitro middleware: it hands the render the server's own session reader and API fetch. The
// render must not make a second `@auth-state/server` (in `nuxt dev` it runs in another module
// graph), whose memory store would hold none of the sessions the handler made.
export default defineEventHandler((event) => {
  const context: AuthStateContext = {
    session: () => getAuthSession(event),
    fetch: (path, options) => authFetch(event, path, options),
  }
  event.context.authState = context
})
