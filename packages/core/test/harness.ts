import { afterEach, beforeEach, vi } from 'vitest'
import { type AuthClient, type AuthClientOptions, createAuthClient } from '../src/index'
import { mapStorage } from './helpers'
import { type IdentityServer, startIdentityServer } from './identity-server'

type ServerOptions = Parameters<typeof startIdentityServer>[0]

export interface ClientHarness {
  /** This test's identity server on loopback. */
  readonly server: IdentityServer
  /** Closes this test's server and starts another with `options` (a shorter token TTL, say). */
  restart(options?: ServerOptions): Promise<IdentityServer>
  /** Destroys `client` after the test. */
  track(client: AuthClient): AuthClient
  /** A client of this test's server on a storage a test can inspect. */
  make(
    options?: Partial<AuthClientOptions>,
    storage?: ReturnType<typeof mapStorage>,
  ): { client: AuthClient; storage: ReturnType<typeof mapStorage> }
  /** The same, signed in as ada@example.com. */
  signedIn(
    options?: Partial<AuthClientOptions>,
  ): Promise<{ client: AuthClient; storage: ReturnType<typeof mapStorage> }>
}

/**
 * Per test: a fresh identity server, and every client made or tracked on it destroyed after the
 * test, with real timers back.
 */
export function clientHarness(): ClientHarness {
  let server: IdentityServer | undefined
  const clients: AuthClient[] = []
  beforeEach(async () => {
    server = await startIdentityServer()
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    vi.useRealTimers()
    await server?.close()
  })
  const harness: ClientHarness = {
    get server() {
      if (!server) throw new Error('clientHarness: the server starts in beforeEach')
      return server
    },
    async restart(options) {
      await server?.close()
      server = await startIdentityServer(options)
      return server
    },
    track(client) {
      clients.push(client)
      return client
    },
    make(options = {}, storage = mapStorage()) {
      const client = harness.track(
        createAuthClient({ baseURL: harness.server.url, storage, ...options }),
      )
      return { client, storage }
    },
    async signedIn(options = {}) {
      const made = harness.make(options)
      await made.client.login({ email: 'ada@example.com', otp: '123456' })
      return made
    },
  }
  return harness
}
