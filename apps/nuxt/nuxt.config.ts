// https://nuxt.com/docs/api/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  devtools: { enabled: false },
  telemetry: false,
  app: {
    head: {
      title: 'auth-state · Nuxt',
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },
  // The API's URL and the cookie secret come from the environment when the server starts:
  // NUXT_AUTH_STATE_API_URL and NUXT_AUTH_STATE_SECRET (or AUTH_API_URL and AUTH_SECRET).
  modules: ['@auth-state/nuxt'],
  authState: {
    proxy: ['/network/v1/'],
    guard: { protect: ['/account', '/settings'], home: '/account' },
  },
})
