import { type AuthClient, AuthError, type SessionState } from '@auth-state/core'
import { type App, type InjectionKey, inject, type Plugin } from 'vue'

/** The key `authPlugin` provides the client under; `provide(authKey, client)` scopes another one. */
// Symbol descriptions only name the keys in development (Vue devtools); production drops them.
export const authKey: InjectionKey<AuthClient> = Symbol(
  process.env.NODE_ENV !== 'production' ? 'auth-state' : '',
)

export interface AuthPluginOptions {
  /**
   * The session the server rendered with (`readSession` from `@auth-state/core/server`). The
   * server and the hydrating render show it, so the markup matches; the live session follows.
   * Without it both show `{ status: 'loading' }`.
   */
  initialSession?: SessionState
}

/** Where an app is in hydration; the guard waits for it. */
export interface Hydration {
  initialSession: SessionState | undefined
  hydrated: boolean
  /** Run once the app has mounted (hydrated), with the app's router, if any. */
  waiting: ((router: Router | undefined) => void)[]
}

/** What the guard needs of Vue Router, without depending on it. */
export interface Router {
  currentRoute: { value: { fullPath: string } }
  replace(to: unknown): unknown
}

export const hydrationKey: InjectionKey<Hydration> = Symbol(
  process.env.NODE_ENV !== 'production' ? 'auth-state:hydration' : '',
)

/**
 * Provides an auth client to every component of the app.
 *
 * @example
 * const auth = createAuthClient({ baseURL: 'https://api.example.com', cookie: sessionCookie() })
 * // Server-rendered: pass the session the server read, on the server and in the browser.
 * createSSRApp(App).use(authPlugin, auth, { initialSession }).mount('#app')
 */
export const authPlugin: Plugin<[client: AuthClient, options?: AuthPluginOptions]> = {
  install(app: App, client: AuthClient, options?: AuthPluginOptions) {
    const initialSession = options?.initialSession
    const hydration: Hydration = {
      initialSession,
      // Only a server-rendered app (one given the server's session) has a hydration to wait for.
      hydrated: initialSession === undefined,
      waiting: [],
    }
    if (!hydration.hydrated) {
      const mount = app.mount
      app.mount = (...args) => {
        const root = mount(...args)
        hydration.hydrated = true
        const router = (app.config.globalProperties as { $router?: Router }).$router
        for (const fn of hydration.waiting) fn(router)
        return root
      }
    }
    app.provide(authKey, client).provide(hydrationKey, hydration)
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
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? '@auth-state/vue: useAuth() found no client. Call app.use(authPlugin, auth) and use it inside setup().'
        : '',
    )
  return client
}
