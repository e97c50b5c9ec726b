import {
  type AuthClient,
  AuthError,
  createServerSessionClient,
  type ServerSessionOptions,
} from '@auth-state/core/server-session'
import {
  createTestIdentityApi,
  type TestIdentity,
  type TestInbox,
  type TestUser,
} from '@auth-state/core/testing'
import type { AuthServerOptions } from '../options'
import { type AuthServer, createAuthServer } from '../server'
import { createTestBrowser, type TestBrowser } from './browser'

export interface TestServerSessionOptions {
  /** Registered emails of the in-memory identity API. Default `demo@example.com`, `second@example.com`. */
  users?: Array<string | TestUser>
  /** Access token lifetime of the in-memory identity API. Default 300. */
  tokenTtlSeconds?: number
  /** The page's origin. Default the test DOM's page origin when it is http(s), else `'https://app.test'`. */
  origin?: string
  /**
   * The handler's options. By default it runs on the in-memory identity API, with a random
   * secret and the proxy open to `/network/v1/`; give `apiURL` (and no `fetch`) to run it on a
   * real API such as the dev server.
   */
  server?: Partial<AuthServerOptions>
  /** The client's options; `path` and `fetch` are the kit's. Cross-tab is off by default. */
  client?: Omit<ServerSessionOptions, 'path' | 'fetch'>
}

export interface TestServerSession {
  /** A real server-session client, the same code as in the page, talking to `server.handle`. */
  client: AuthClient
  /** The real handler, mounted at `/auth`: also for testing server code (`getSession`, `fetch`). */
  server: AuthServer
  /** The test browser between them: its cookie jar, and requests as the page would send them. */
  browser: TestBrowser
  /** Codes the in-memory identity API sent (empty when `server.apiURL` is a real API). */
  inbox: TestInbox
  identity: TestIdentity
  /** Runs the real code flow: `sendOtp`, then `verifyOtp` with the inbox's code. */
  signIn(email?: string): Promise<void>
  /** Every token, refresh token and code the in-memory API issued: none may reach the client. */
  secrets(): string[]
}

/**
 * A server-session app in memory, for component and unit tests: `@auth-state/server`'s handler
 * over the in-memory identity API, and a real `createServerSessionClient` whose requests go to
 * `handler.handle` through a small browser (cookie jar, `Origin`). No network, no port.
 *
 * @example
 * const { client, signIn } = createTestServerSession()
 * await signIn('demo@example.com')
 * expect(client.$session.get()).toMatchObject({ status: 'authenticated' })
 * render(<AuthContext value={client}><Header /></AuthContext>)
 */
export function createTestServerSession(options: TestServerSessionOptions = {}): TestServerSession {
  // In a test DOM with an http(s) page (happy-dom, jsdom), the app is that page's origin.
  const page = globalThis.location?.origin
  const origin = options.origin ?? (page && /^https?:/.test(page) ? page : 'https://app.test')
  const api = createTestIdentityApi({
    users: options.users,
    tokenTtlSeconds: options.tokenTtlSeconds,
  })
  const real = options.server?.apiURL !== undefined
  const server = createAuthServer({
    secret: randomSecret(),
    proxy: ['/network/v1/'],
    ...options.server,
    apiURL: options.server?.apiURL ?? api.baseURL,
    fetch: real ? options.server?.fetch : (options.server?.fetch ?? api.fetch),
  })
  const browser = createTestBrowser(origin, (request) => server.handle(request))
  const client = createServerSessionClient({
    crossTab: false,
    storage: 'memory',
    ...options.client,
    path: `${origin}${options.server?.basePath ?? '/auth'}`,
    fetch: browser.fetch,
  })
  return {
    client,
    server,
    browser,
    inbox: api.inbox,
    identity: api.identity,
    async signIn(email = 'demo@example.com') {
      await client.sendOtp(email)
      const code = api.inbox.latestCode(email)
      if (!code)
        throw new AuthError(
          'invalid_input',
          `signIn: no code was sent to ${email} (not a registered user, or a real API)`,
        )
      await client.verifyOtp(code)
    },
    secrets: api.secrets,
  }
}

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
