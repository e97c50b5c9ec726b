import { readSession } from '@auth-state/core/server'

// The same check on the server (the request's cookie: a redirect before any HTML) and in the
// browser (document.cookie, which the client keeps in step with the session).
export default defineNuxtRouteMiddleware((to) => {
  const cookie = import.meta.server ? useRequestHeaders(['cookie']).cookie : document.cookie
  if (readSession(cookie).status !== 'authenticated')
    return navigateTo(`/sign-in?next=${encodeURIComponent(to.path)}`)
})
