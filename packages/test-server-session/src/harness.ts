import type { AuthClient } from '@auth-state/core'
import {
  createServerSessionClient,
  type ServerSessionOptions,
} from '@auth-state/core/server-session'
import type { DevServer, DevServerOptions } from '@auth-state/dev-server'
import { type AuthServer, type AuthServerOptions, createAuthServer } from '@auth-state/server'
import { createTestBrowser, type TestBrowser } from '@auth-state/server/testing'
import { afterEach } from 'vitest'
import { guardClient, startGuardedServer } from '../../core/test/leak-guard'

export const ORIGIN = 'http://app.test'
export const EMAIL = 'demo@example.com'
const SECRET = 'bff-test-secret-0123456789-abcdefghijklmnop'

/** A Web Storage in memory whose whole content a test can read. */
export function mapStorage() {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  }
}

export interface App {
  dev: DevServer
  auth: AuthServer
  browser: TestBrowser
  storage: ReturnType<typeof mapStorage>
  /** A client of this app's page (another tab when called again: same storage and cookies). */
  tab(options?: Omit<ServerSessionOptions, 'path' | 'fetch'>): AuthClient
  signIn(client: AuthClient, email?: string): Promise<void>
  /** Every token, refresh token and code the dev server issued. */
  secrets(): string[]
}

const opened: Array<{ dev: DevServer; clients: AuthClient[] }> = []
afterEach(async () => {
  for (const { dev, clients } of opened.splice(0)) {
    for (const client of clients) client.destroy()
    await dev.close()
  }
})

/**
 * The server-session app of these tests: the real handler (`@auth-state/server`) in front of the
 * real dev server on loopback, a test browser (cookie jar, Origin) in front of the handler, and
 * server-session clients on one storage. No mocked fetch anywhere.
 */
export async function app(
  devOptions: DevServerOptions = {},
  serverOptions: Partial<AuthServerOptions> = {},
): Promise<App> {
  const dev = await startGuardedServer({ port: 0, ...devOptions })
  const clients: AuthClient[] = []
  opened.push({ dev, clients })
  const auth = createAuthServer({
    apiURL: dev.url,
    secret: SECRET,
    proxy: ['/network/v1/'],
    ...serverOptions,
  })
  const browser = createTestBrowser(ORIGIN, (request) => auth.handle(request))
  const storage = mapStorage()
  return {
    dev,
    auth,
    browser,
    storage,
    tab(options = {}) {
      const client = createServerSessionClient({
        storage,
        ...options,
        path: `${ORIGIN}/auth`,
        fetch: browser.fetch,
      })
      clients.push(client)
      return guardClient(client, { storage })
    },
    async signIn(client, email = EMAIL) {
      await client.sendOtp(email)
      await client.verifyOtp(dev.latestCode(email) ?? '')
    },
    secrets: () => dev.secrets(),
  }
}

/** Fails when any issued secret is in `text`; names the kind, never the value. */
export function expectNoSecret(text: string, secrets: string[], where: string) {
  for (const secret of secrets)
    if (secret && text.includes(secret))
      throw new Error(`a secret the dev server issued is in ${where}`)
}
