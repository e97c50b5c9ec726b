import { useAuth } from '@auth-state/vue'
import {
  defineNuxtRouteMiddleware,
  navigateTo,
  useNuxtApp,
  useRequestEvent,
  useRuntimeConfig,
} from '#app'
import type { PublicOptions } from '../options'
import { useRenderedSession } from './plugin'
import { first, needsSession, type RouteLike, redirectFor } from './rules'
import type { AuthStateContext } from './server/context'

// The module's global route middleware. On the server it asks `@auth-state/server`'s guard and
// sign-in redirect (the verified session); while the first page hydrates it keeps what the
// server decided; on client navigations it follows the tab's live session.
export default defineNuxtRouteMiddleware(async (to) => {
  const { guard } = useRuntimeConfig().public.authState as PublicOptions
  const route = to as RouteLike
  if (import.meta.server) {
    const context = useRequestEvent()?.context.authState as AuthStateContext | undefined
    if (!context) return
    let target: string | null = null
    if (needsSession(route, guard)) target = await context.guard(route.fullPath)
    else if (route.path === guard.signInPath) {
      const next = first(route.query.next)
      target = await context.signedInRedirect(typeof next === 'string' ? next : null)
    }
    // `external`: the answer's Location is the helper's own (`?next=%2Faccount`), not one
    // re-encoded by the router, and no second navigation runs on the server.
    if (target) return navigateTo(target, { redirectCode: 303, external: true })
    return
  }
  let status = useRenderedSession().value.status
  if (!useNuxtApp().isHydrating) {
    const auth = useAuth()
    await auth.ready
    status = auth.$session.get().status
  }
  const target = redirectFor(route, status, guard)
  if (target) return navigateTo(target, { replace: true })
})
