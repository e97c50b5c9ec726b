import type { AuthClient } from '@auth-state/core'
import { type InjectionKey, inject, type Plugin } from 'vue'

/** The key `authPlugin` provides the client under; `provide(authKey, client)` scopes another one. */
export const authKey: InjectionKey<AuthClient> = Symbol('auth-state')

/**
 * Provides an auth client to every component of the app.
 *
 * @example
 * const auth = createAuthClient({ baseURL: 'https://api.example.com' })
 * createApp(App).use(authPlugin, auth).mount('#app')
 */
export const authPlugin: Plugin<[client: AuthClient]> = {
  install(app, client) {
    app.provide(authKey, client)
  },
}

/**
 * The client given to `app.use(authPlugin, auth)`, for actions such as `logout()` and `fetch()`.
 * Call it in `setup()` or `<script setup>`.
 *
 * @example
 * const auth = useAuth()
 * const signOut = () => auth.logout()
 */
export function useAuth(): AuthClient {
  const client = inject(authKey, null)
  if (!client)
    throw new Error(
      '@auth-state/vue: useAuth() found no client. Call app.use(authPlugin, auth) and use it inside setup().',
    )
  return client
}
