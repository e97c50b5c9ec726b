import { safeRedirect } from '@auth-state/core'
import type { SessionView } from '@auth-state/server'
import { redirect } from '@sveltejs/kit'

export interface LoadSessionOptions {
  /**
   * Paths that need a session, each also covering what is below it (`'/account'` guards
   * `/account` and `/account/...`). A visitor without one is sent to `signIn` with the path in
   * `?next=`. Default none.
   */
  guard?: string[]
  /** The sign-in page. A signed-in visitor there goes to `?next=` or `home`. Default `'/sign-in'`. */
  signIn?: string
  /** Where a signed-in visitor to `signIn` goes when `?next=` names no path here. Default `'/'`. */
  home?: string
}

/** The part of a server `load` event that `loadSession` reads. */
export interface SessionLoadEvent {
  locals: { session: SessionView }
  url: URL
}

const under = (pathname: string, path: string) =>
  path === '' || pathname === path || pathname.startsWith(`${path}/`)

/**
 * The root layout's server `load`: returns `{ session }` for the page (the browser client starts
 * from it) and redirects by it. It reads `url`, so SvelteKit runs it again on every navigation,
 * client-side ones included (a guard in `hooks.server.ts` alone never sees those), and
 * `setupAuth` runs it again whenever the session changes in any tab: a tab on a guarded page
 * leaves it when the session ends, and a tab on the sign-in page moves on when it begins.
 *
 * @example
 * // src/routes/+layout.server.ts
 * import { loadSession } from '@auth-state/sveltekit'
 * export const load = loadSession({ guard: ['/account', '/settings'], home: '/account' })
 */
export function loadSession(options: LoadSessionOptions = {}) {
  // '/account/' guards what '/account' does; '/' guards everything.
  const guard = (options.guard ?? []).map((path) => path.replace(/\/+$/, ''))
  const signIn = options.signIn ?? '/sign-in'
  const home = options.home ?? '/'
  return ({ locals, url }: SessionLoadEvent): { session: SessionView } => {
    const { session } = locals
    const { pathname } = url
    if (session.status === 'authenticated') {
      if (pathname === signIn) redirect(303, safeRedirect(url.searchParams.get('next'), home))
    } else if (guard.some((path) => under(pathname, path)))
      redirect(303, `${signIn}?next=${encodeURIComponent(pathname + url.search)}`)
    return { session }
  }
}
