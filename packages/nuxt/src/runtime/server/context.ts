import type { SignInForm } from '@auth-state/server'
import { defineEventHandler, getRequestURL, type H3Event } from 'h3'
import { authFetch, getAuthSession, useAuthServer } from './auth'

/** What the Vue app's server render reaches through `event.context.authState`. */
export interface AuthStateContext {
  session: () => ReturnType<typeof getAuthSession>
  fetch: (path: string, options?: Parameters<typeof authFetch>[2]) => Promise<unknown>
  /** `@auth-state/server`'s guard: the sign-in page with `?next=path`, or null when signed in. */
  guard: (path: string) => Promise<string | null>
  /** Where a signed-in visitor to the sign-in page goes, or null when signed out. */
  signedInRedirect: (next: string | null) => Promise<string | null>
  /** The step a sign-in form post left (the flow cookie), for a render before any script. */
  signInForm: (next: string | null) => SignInForm
}

const requestOf = (event: H3Event) => ({ headers: event.headers, url: getRequestURL(event).href })

// A Nitro middleware: it hands the render the server's own helpers. The render must not make a
// second `@auth-state/server` (in `nuxt dev` it runs in another module graph), whose memory
// store would hold none of the sessions the handler made.
export default defineEventHandler((event) => {
  const auth = () => useAuthServer()
  const context: AuthStateContext = {
    session: () => getAuthSession(event),
    fetch: (path, options) => authFetch(event, path, options),
    guard: async (path) => (await auth().guard(requestOf(event), { path })).redirect,
    signedInRedirect: (next) => auth().signedInRedirect(requestOf(event), { next }),
    signInForm: (next) => auth().signInForm(requestOf(event), { next }),
  }
  event.context.authState = context
})
