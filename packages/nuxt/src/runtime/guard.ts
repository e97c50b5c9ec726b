import { useAuth } from '@auth-state/vue'
import { defineNuxtRouteMiddleware, navigateTo, useNuxtApp, useRuntimeConfig } from '#app'
import { useRenderedSession } from './plugin'
import type { PublicOptions } from '../options'
import { redirectFor, type RouteLike } from './rules'

// The module's global route middleware. On the server and while the first page hydrates it
// follows the session the server verified; on client navigations, the tab's live session.
export default defineNuxtRouteMiddleware(async (to) => {
  const { guard } = useRuntimeConfig().public.authState as PublicOptions
  let status = useRenderedSession().value.status
  if (import.meta.client && !useNuxtApp().isHydrating) {
    const auth = useAuth()
    await auth.ready
    status = auth.$session.get().status
  }
  const target = redirectFor(to as RouteLike, status, guard)
  if (target) return navigateTo(target, { replace: true })
})
