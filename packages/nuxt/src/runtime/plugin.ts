import type { SessionState } from '@auth-state/core'
import { createServerSessionClient, sessionStateOf } from '@auth-state/core/server-session'
import { authPlugin } from '@auth-state/vue'
import { setResponseHeader } from 'h3'
import { defineNuxtPlugin, useRequestEvent, useRuntimeConfig, useState } from '#app'
import type { PublicOptions } from '../options'
import { type RouteLike, redirectFor } from './rules'
import type { AuthStateContext } from './server/context'

/** The session the server rendered with: in the payload, so the browser hydrates with the same. */
export const useRenderedSession = () =>
  useState<SessionState>('auth-state:session', () => ({ status: 'loading' }))

export default defineNuxtPlugin({
  name: 'auth-state',
  async setup(nuxtApp) {
    const { basePath, guard } = useRuntimeConfig().public.authState as PublicOptions
    const rendered = useRenderedSession()
    if (import.meta.server) {
      // The request first: the verified session (never the cookie's unverified copy).
      const event = useRequestEvent()
      const context = event?.context.authState as AuthStateContext | undefined
      const view = context ? await context.session() : { status: 'unauthenticated' as const }
      rendered.value = sessionStateOf(view)
      // HTML that depends on who asks must stay out of shared caches.
      if (event && (view.status === 'authenticated' || view.reason))
        setResponseHeader(event, 'cache-control', 'private, no-store') // server's PRIVATE_CACHE_CONTROL
    }
    // One client per tab; on the server an inert one per request (it never calls out).
    const auth = createServerSessionClient({ path: basePath })
    nuxtApp.vueApp.use(authPlugin, auth, { initialSession: rendered.value })

    if (import.meta.client) {
      // When the session ends or begins in this tab or another, the page the tab shows may no
      // longer be one it may show: a guarded page, or the sign-in page.
      const router = nuxtApp.$router as {
        currentRoute: { value: RouteLike }
        replace(to: string): unknown
      }
      auth.$session.listen((session) => {
        if (session.status === 'loading') return
        const to = redirectFor(router.currentRoute.value, session.status, guard)
        if (to) router.replace(to)
      })
    }
    return { provide: { auth } }
  },
})
