import { type AuthClient, createAuthClient, safeRedirect } from '@auth-state/core'
import { startAuth, type TestAuth } from '@auth-state/test-utils'
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest'
import { createApp, createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory, createRouter, type NavigationGuard, RouterView } from 'vue-router'
import { createAuthGuard } from './guard'
import { type AuthPluginOptions, authPlugin } from './plugin'

const Page = (name: string) => defineComponent(() => () => h('p', name))
const Root = defineComponent(() => () => h(RouterView))

function routerWith(guard = createAuthGuard()) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Page('home') },
      { path: '/sign-in', component: Page('sign in') },
      { path: '/account', component: Page('account'), meta: { requiresAuth: true } },
      { path: '/billing', component: Page('billing'), beforeEnter: guard },
    ],
  })
  router.beforeEach(guard)
  return router
}

function app(client: AuthClient, options?: AuthPluginOptions, ssr = false) {
  const router = routerWith()
  const made = (ssr ? createSSRApp : createApp)(Root).use(authPlugin, client, options).use(router)
  return { app: made, router }
}

let t: TestAuth
beforeEach(async () => {
  t = await startAuth()
})
afterEach(async () => {
  await t.close()
})

const path = (router: ReturnType<typeof routerWith>) => router.currentRoute.value.fullPath

describe('createAuthGuard', () => {
  it('is a Vue Router NavigationGuard', () => {
    expectTypeOf(createAuthGuard()).toExtend<NavigationGuard>()
  })

  it('sends a signed-out user to sign-in, keeping the wanted path in ?next=', async () => {
    const { router } = app(t.auth)
    await router.push('/account?tab=billing#top')
    expect(path(router)).toBe('/sign-in?next=/account?tab=billing%23top')
    const next = router.currentRoute.value.query.next
    expect(safeRedirect(next, '/')).toBe('/account?tab=billing#top')
    await router.push('/billing')
    expect(path(router)).toBe('/sign-in?next=/billing')
    await router.push('/')
    expect(path(router)).toBe('/')
  })

  it('guards a route whose beforeEnter is an array holding it', async () => {
    const guard = createAuthGuard()
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: Page('home') },
        { path: '/sign-in', component: Page('sign in') },
        { path: '/billing', component: Page('billing'), beforeEnter: [() => true, guard] },
        { path: '/other', component: Page('other'), beforeEnter: [() => true] },
      ],
    })
    router.beforeEach(guard)
    createApp(Root).use(authPlugin, t.auth).use(router)
    await router.push('/billing')
    expect(path(router)).toBe('/sign-in?next=/billing')
    await router.push('/other')
    expect(path(router)).toBe('/other')
  })

  it('lets a signed-in user through', async () => {
    await t.signIn()
    const { router } = app(t.auth)
    await router.push('/account')
    expect(path(router)).toBe('/account')
  })

  it('takes options for the sign-in path and the parameter', async () => {
    const router = routerWith(createAuthGuard({ signInPath: '/login', nextParam: 'to' }))
    router.addRoute({ path: '/login', component: Page('login') })
    createApp(Root).use(authPlugin, t.auth).use(router)
    await router.push('/account')
    expect(path(router)).toBe('/login?to=/account')
  })

  it('never redirects while the session is loading, and waits for the stored session', async () => {
    // A server-render client is loading for good: the guard lets the server render the page.
    const server = createAuthClient({ baseURL: t.server.url, ssr: true })
    const loading = app(server)
    await loading.router.push('/account')
    expect(path(loading.router)).toBe('/account')
    server.destroy()

    // An asynchronous storage: loading at first; the guard waits for it, then decides.
    const slow = {
      getItem: () => new Promise<null>((resolve) => setTimeout(() => resolve(null), 20)),
      setItem: () => {},
      removeItem: () => {},
    }
    const browser = createAuthClient({ baseURL: t.server.url, storage: slow, crossTab: false })
    expect(browser.$session.get().status).toBe('loading')
    const { router } = app(browser)
    await router.push('/account')
    expect(path(router)).toBe('/sign-in?next=/account')
    browser.destroy()
  })

  it('never redirects before hydration, then redirects if the browser is signed out', async () => {
    // The server's cookie said signed in; this browser's storage has no session.
    const initialSession = {
      status: 'authenticated',
      email: 'demo@example.com',
      organizationId: 'org_1',
      accountId: null,
    } as const
    const server = createAuthClient({ baseURL: t.server.url, ssr: true })
    const rendered = app(server, { initialSession }, true)
    await rendered.router.push('/account')
    const container = document.createElement('div')
    container.innerHTML = await renderToString(rendered.app)
    expect(container.textContent).toBe('account')
    server.destroy()

    const { app: browserApp, router } = app(t.auth, { initialSession }, true)
    await router.push('/account')
    await router.isReady()
    expect(path(router)).toBe('/account')
    browserApp.mount(container)
    expect(container.textContent).toBe('account')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(path(router)).toBe('/sign-in?next=/account')
    browserApp.unmount()
  })

  it('leaves a hydrated page alone when the browser agrees', async () => {
    await t.signIn()
    const initialSession = t.auth.$session.get()
    const { app: browserApp, router } = app(t.auth, { initialSession }, true)
    await router.push('/account')
    const container = document.createElement('div')
    container.innerHTML = '<p>account</p>'
    browserApp.mount(container)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(path(router)).toBe('/account')
    browserApp.unmount()
  })
})
