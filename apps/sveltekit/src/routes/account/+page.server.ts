import { redirect } from '@sveltejs/kit'

// Guarded on the server: without a session cookie, a redirect before any HTML.
export const load = async ({ parent, url }) => {
  if ((await parent()).session.status !== 'authenticated')
    redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname)}`)
}
