import {
  addImports,
  addPlugin,
  addRouteMiddleware,
  addServerHandler,
  addServerImports,
  addServerPlugin,
  createResolver,
  defineNuxtModule,
} from '@nuxt/kit'
import type { NuxtModule } from 'nuxt/schema'
import { defaultGuard, defaults, type ModuleOptions, type PublicOptions } from './options'

export type { GuardOptions, ModuleOptions, PublicOptions } from './options'

/**
 * auth-state for Nuxt: server sessions in one `modules:` line. It mounts the `@auth-state/server`
 * handler at `basePath`, starts one browser client per tab (`@auth-state/core/server-session`)
 * under `@auth-state/vue`, renders every page with the verified session, guards pages on the
 * server and on client navigation, and auto-imports `useAuth`, `useSession`, `useHealth`, `useOtp` and
 * `useAuthData` (API data loaded on the server) and `useSignInForm` (sign-in before hydration). Server routes get `getAuthSession(event)` and
 * `authFetch(event, path)`.
 *
 * The API's URL and the cookie secret are read when the server starts: `NUXT_AUTH_STATE_API_URL`
 * and `NUXT_AUTH_STATE_SECRET` (or `AUTH_API_URL` and `AUTH_SECRET`).
 *
 * @example
 * // nuxt.config.ts
 * export default defineNuxtConfig({
 *   modules: ['@auth-state/nuxt'],
 *   authState: { proxy: ['/network/v1/'], guard: { protect: ['/account'] } },
 * })
 */
const authStateModule: NuxtModule<ModuleOptions> = defineNuxtModule<ModuleOptions>({
  meta: { name: '@auth-state/nuxt', configKey: 'authState', compatibility: { nuxt: '>=4.0.0' } },
  defaults,
  setup(options, nuxt) {
    const { resolve } = createResolver(import.meta.url)
    const config = nuxt.options.runtimeConfig
    // Private: read on the server only; env variables override them when the server starts.
    const guard = { ...defaultGuard, ...options.guard }
    config.authState = {
      apiURL: '',
      secret: '',
      proxy: options.proxy,
      basePath: options.basePath,
      pages: { signIn: guard.signInPath, afterSignIn: guard.home },
      ...(config.authState as object | undefined),
    }
    const shared: PublicOptions = { basePath: options.basePath, guard }
    config.public.authState = shared as unknown as Record<string, unknown>

    addServerPlugin(resolve('./runtime/server/startup'))
    addServerHandler({ middleware: true, handler: resolve('./runtime/server/context') })
    addServerHandler({
      route: `${options.basePath}/**`,
      handler: resolve('./runtime/server/handler'),
    })
    addServerImports(
      ['getAuthSession', 'authFetch', 'useAuthServer'].map((name) => ({
        name,
        from: resolve('./runtime/server/auth'),
      })),
    )
    addPlugin(resolve('./runtime/plugin'))
    addRouteMiddleware({ name: 'auth-state', path: resolve('./runtime/guard'), global: true })
    addImports([
      ...['useAuth', 'useSession', 'useHealth', 'useOtp'].map((name) => ({
        name,
        from: '@auth-state/vue',
      })),
      { name: 'useAuthData', from: resolve('./runtime/use-auth-data') },
      { name: 'useSignInForm', from: resolve('./runtime/use-sign-in-form') },
    ])
    // The runtime files import these; Vite must bundle them into the app, not leave them to Node.
    nuxt.options.build.transpile.push('@auth-state/nuxt')
  },
})

export default authStateModule
