import type { SessionView, SignInForm } from '@auth-state/server'
import { safeRedirect } from '@auth-state/server'
import { redirect } from '@sveltejs/kit'
import type { AuthLocals } from './locals'

export interface LoadSessionOptions {
  /**
   * Paths that need a session, each also covering what is below it (`'/account'` guards
   * `/account` and `/account/...`). A visitor without one is sent to the server's `pages.signIn`
   * with the path in `?next=`. Default none.
   */
  guard?: string[]
}

/** The part of a server `load` event that `loadSession` reads. */
export interface SessionLoadEvent {
  locals: Pick<AuthLocals, 'session' | 'auth'>
  url: URL
  request: Request
}

/** What `loadSession` gives every page: the session, and on the sign-in page its form's state. */
export interface SessionData {
  session: SessionView
  /** On `pages.signIn` only: what the last plain form post left (step, email, error, `next`). */
  signIn: SignInForm | null
}

const under = (pathname: string, path: string) =>
  path === '' || pathname === path || pathname.startsWith(`${path}/`)

/**
 * The root layout's server `load`: returns `{ session, signIn }` for the pages (the browser
 * client starts from `session`; the sign-in page renders `signIn` before its script loads) and
 * redirects by the session: a visitor without one away from a guarded path, to the sign-in page
 * with `?next=`; a signed-in visitor away from the sign-in page, to `?next=` or
 * `pages.afterSignIn`. It reads `url`, so SvelteKit runs it again on every navigation,
 * client-side ones included (a guard in `hooks.server.ts` alone never sees those), and
 * `setupAuth` runs it again whenever the session changes in any tab: a tab on a guarded page
 * leaves it when the session ends, and a tab on the sign-in page moves on when one begins.
 *
 * @example
 * // src/routes/+layout.server.ts
 * import { loadSession } from '@auth-state/sveltekit'
 * export const load = loadSession({ guard: ['/account', '/settings'] })
 */
export function loadSession(options: LoadSessionOptions = {}) {
  // '/account/' guards what '/account' does; '/' guards everything.
  const guard = (options.guard ?? []).map((path) => path.replace(/\/+$/, ''))
  return ({ locals, url, request }: SessionLoadEvent): SessionData => {
    const { session, auth } = locals
    const { signIn, afterSignIn } = auth.pages
    const { pathname } = url
    const next = url.searchParams.get('next')
    if (session.status === 'authenticated') {
      if (pathname === signIn) redirect(303, safeRedirect(next, afterSignIn))
    } else if (guard.some((path) => under(pathname, path))) {
      const here = safeRedirect(pathname + url.search, '')
      redirect(303, here ? `${signIn}?next=${encodeURIComponent(here)}` : signIn)
    }
    return { session, signIn: pathname === signIn ? auth.signInForm(request, { next }) : null }
  }
}
