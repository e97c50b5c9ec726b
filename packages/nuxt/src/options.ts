/** The options of `@auth-state/nuxt`, under `authState` in `nuxt.config.ts`. */
export interface ModuleOptions {
  /**
   * Where the `@auth-state/server` handler is mounted; the browser client calls it there.
   * Default `'/auth'`.
   */
  basePath: string
  /**
   * API path prefixes the browser may reach through `{basePath}/api/*`, e.g. `['/network/v1/']`.
   * Server code (`useAuthData`, `authFetch`) may call any path. Default `[]`.
   */
  proxy: string[]
  /** The guard: which pages need a session, and where visitors go. */
  guard: Partial<GuardOptions>
}

export interface GuardOptions {
  /**
   * Path prefixes that need a session, e.g. `['/account', '/settings']`. A page can also opt in
   * with `definePageMeta({ auth: true })`. Default `[]`.
   */
  protect: string[]
  /** Where signed-out visitors go, with the wanted path in `?next=`. Default `'/sign-in'`. */
  signInPath: string
  /** Where a signed-in visitor to the sign-in page goes when `?next=` names no safe path. Default `'/'`. */
  home: string
}

/** The browser's half of the options, in `runtimeConfig.public.authState`. */
export interface PublicOptions {
  basePath: string
  guard: GuardOptions
}

export const defaultGuard: GuardOptions = { protect: [], signInPath: '/sign-in', home: '/' }

export const defaults: ModuleOptions = { basePath: '/auth', proxy: [], guard: {} }
