import { inject } from 'vue'
import { hydrationKey, useAuth } from './plugin'

export interface AuthGuardOptions {
  /** Where signed-out users go. Default `'/sign-in'`. */
  signInPath?: string
  /** The query parameter that keeps the wanted path. Default `'next'`. */
  nextParam?: string
}

/** The parts of a Vue Router route the guard reads (a `RouteLocationNormalized` fits). */
export interface GuardedRoute {
  fullPath: string
  meta: Record<string | number | symbol, unknown>
  matched: readonly { beforeEnter?: unknown }[]
}

/** What the guard returns: `true` to go on, or where to go instead. */
export type AuthGuardResult = true | { path: string; query: Record<string, string> }

/**
 * A Vue Router guard that sends signed-out users to the sign-in page, keeping the wanted path in
 * `?next=` (read it back with `safeRedirect` from `@auth-state/core`). It guards routes with
 * `meta.requiresAuth`, or any route it is the `beforeEnter` of. It never redirects while the
 * session is loading (it waits for the stored session) nor before a server-rendered page has
 * hydrated: that first page is what the server decided (guard it there with `readSession`), and
 * the guard redirects right after hydration if the browser's session says so.
 *
 * @example
 * router.beforeEach(createAuthGuard())
 * // { path: '/account', component: Account, meta: { requiresAuth: true } }
 */
export function createAuthGuard(
  options: AuthGuardOptions = {},
): (to: GuardedRoute) => Promise<AuthGuardResult> {
  const signInPath = options.signInPath ?? '/sign-in'
  const nextParam = options.nextParam ?? 'next'

  const guard = async (to: GuardedRoute): Promise<AuthGuardResult> => {
    // `beforeEnter` is one guard or an array of them.
    const own = (record: { beforeEnter?: unknown }) => [record.beforeEnter].flat().includes(guard)
    if (!to.meta.requiresAuth && !to.matched.some(own)) return true
    // Vue Router runs guards inside the app's context, so both can be injected.
    const auth = useAuth()
    const hydration = inject(hydrationKey, null)
    const signIn = { path: signInPath, query: { [nextParam]: to.fullPath } }
    const signedOut = async () => {
      await auth.ready
      return auth.$session.get().status === 'unauthenticated'
    }
    if (hydration && !hydration.hydrated) {
      hydration.waiting.push(async (router) => {
        if ((await signedOut()) && router?.currentRoute.value.fullPath === to.fullPath)
          router.replace(signIn)
      })
      return true
    }
    return (await signedOut()) ? signIn : true
  }
  return guard
}
