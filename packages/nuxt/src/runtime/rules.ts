import { safeRedirect } from '@auth-state/core'
import type { GuardOptions } from '../options'

/** The parts of a route the guard reads (Vue Router's route fits). */
export interface RouteLike {
  path: string
  fullPath: string
  query: Record<string, unknown>
  meta: { auth?: boolean }
}

/** Where a visitor in `status` must go instead of `route`, or undefined to let them be. */
export function redirectFor(
  route: RouteLike,
  status: 'loading' | 'authenticated' | 'unauthenticated',
  guard: GuardOptions,
): string | undefined {
  if (status === 'unauthenticated' && needsSession(route, guard))
    return `${guard.signInPath}?next=${encodeURIComponent(route.fullPath)}`
  // A signed-in visitor has nothing to do on the sign-in page: on to ?next= (same origin only).
  if (status === 'authenticated' && route.path === guard.signInPath)
    return safeRedirect(first(route.query.next), guard.home)
  return undefined
}

export function needsSession(route: RouteLike, guard: GuardOptions): boolean {
  if (route.meta.auth === true) return true
  return guard.protect.some((prefix) => {
    const base = prefix.replace(/\/+$/, '')
    return route.path === base || route.path.startsWith(`${base}/`)
  })
}

export const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value)
