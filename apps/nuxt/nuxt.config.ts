// https://nuxt.com/docs/api/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  devtools: { enabled: false },
  telemetry: false,
  app: { head: { title: 'auth-state · Nuxt' } },
  // NUXT_PUBLIC_AUTH_API_URL overrides it when the server starts (the browser tests do).
  runtimeConfig: { public: { authApiUrl: 'http://127.0.0.1:8787' } },
})
