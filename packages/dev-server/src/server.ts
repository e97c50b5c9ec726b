import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createIdentityApi } from '@auth-state/wire'
import { createAdaptorServer } from '@hono/node-server'
import { hs256Tokens } from './access-tokens'
import { createApp } from './app'
import { createServerTime, type ServerClock } from './clock'
import { type Fault, FaultList } from './faults'
import { Inbox, type InboxMessage } from './inbox'
import { type DevServerOptions, type DevUser, resolveOptions } from './options'
import { type RefusedSend, RefusedSends } from './refused-sends'
import { SecretRegistry } from './secrets'
import { secureRandom } from './secure-random'
import type { DevState } from './state'
import { RequestStats } from './stats'

export interface DevServer {
  /** 'http://127.0.0.1:PORT': the SDK's baseURL; routes hang directly off it. */
  url: string
  port: number
  /** Stops listening, drops open connections and frees the port. Safe to call twice. */
  close(): Promise<void>
  /**
   * The newest code sent to `email` (matched case-insensitively), or `null` if none is in the
   * inbox: read in-process, no HTTP round trip, so it works with `devRoutes: false` too.
   *
   * @example
   * await page.getByRole('button', { name: 'Send code' }).click()
   * await expect.poll(() => server.latestCode('demo@example.com')).not.toBeNull()
   * await page.getByLabel('Code').fill(server.latestCode('demo@example.com')!)
   */
  latestCode(email: string): string | null
  /** The dev inbox: the last 100 codes sent, newest first. */
  inbox: {
    latest(email: string): string | undefined
    list(email?: string): InboxMessage[]
    clear(): void
  }
  /**
   * The sends the server refused (a cooldown, the per-minute cap, an unknown email) with the
   * reason, newest first (the last 100): why no new code arrived.
   */
  refusedSends: {
    list(): RefusedSend[]
    clear(): void
  }
  /**
   * Ends every session of a user, as an admin would: their refresh and access tokens get 401
   * from now on. Returns how many sessions it ended (0 for an unknown email).
   */
  revokeSessions(email: string): number
  /** Request counts keyed 'METHOD /path' for the server's routes, 'other' for any other path. */
  stats: {
    get(): Record<string, number>
    count(route: string): number
    reset(): void
  }
  faults: {
    add(fault: Fault): void
    clear(): void
    list(): Fault[]
  }
  /** Settable skew applied to token iat/exp and every expiry check. */
  clock: ServerClock
  /** The last 1,000 tokens, refresh tokens and codes issued, oldest first, for leak guards. */
  secrets(): string[]
  users: DevUser[]
}

function formatUrl(host: string, port: number): string {
  // A wildcard bind is reachable on loopback; a URL cannot point at the wildcard itself.
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`
}

/** Starts a dev identity server; resolves once it is listening. */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const config = resolveOptions(options)
  const clock: ServerClock = { offsetSeconds: 0 }
  const now = createServerTime(config.now, clock)
  const secrets = new SecretRegistry()
  const closing = new AbortController()
  const inbox = new Inbox()
  const refused = new RefusedSends()

  // The identity rules are @auth-state/wire's, shared with @auth-state/core/testing; this server
  // supplies the clock, a CSPRNG, real JWTs and somewhere for the codes to land.
  const api = createIdentityApi({
    rules: {
      codeTtlSeconds: config.otpTtlSeconds,
      maxAttempts: config.otp.maxAttempts,
      cooldownSeconds: config.otp.cooldownSeconds,
      maxSendsPerWindow: config.otp.maxSendsPerMinute,
      sendWindowSeconds: 60,
      tokenTtlSeconds: config.tokenTtlSeconds,
      refreshGraceSeconds: config.refreshGraceSeconds,
      refreshTtlSeconds: config.refreshTtlSeconds,
    },
    users: config.users,
    env: { now, random: secureRandom },
    tokens: hs256Tokens(),
    onIssue: (secret) => secrets.add(secret),
    onRefusedSend: (refusal) => refused.record(refusal),
    onCode: (sent) => {
      const message = { ...sent }
      inbox.deliver(message)
      config.onCode?.({ ...message })
    },
  })

  const state: DevState = {
    options: config,
    clock,
    now,
    api,
    inbox,
    refused,
    faults: new FaultList(),
    stats: new RequestStats(),
    secrets,
    closing: closing.signal,
  }

  const app = createApp(state)
  // overrideGlobalObjects: false, because the server usually shares its process with the
  // code under test and must not swap out that process's global Request and Response.
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: config.host,
    overrideGlobalObjects: false,
  }) as Server

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port

  let closed: Promise<void> | undefined
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      closing.abort()
      server.close(() => resolve())
      // Keep-alive sockets would otherwise hold the port until they time out.
      server.closeAllConnections()
    })
    return closed
  }

  return {
    url: formatUrl(config.host, port),
    port,
    close,
    latestCode: (email) => state.inbox.latest(email) ?? null,
    inbox: {
      latest: (email) => state.inbox.latest(email),
      list: (email) => state.inbox.list(email),
      clear: () => state.inbox.clear(),
    },
    refusedSends: {
      list: () => refused.list(),
      clear: () => refused.clear(),
    },
    revokeSessions: (email) => {
      const user = api.users.find(email)
      return user ? api.families.revokeAll(user.email) : 0
    },
    stats: {
      get: () => state.stats.get(),
      count: (route) => state.stats.count(route),
      reset: () => state.stats.reset(),
    },
    faults: {
      add: (fault) => {
        state.faults.add(fault)
      },
      clear: () => state.faults.clear(),
      list: () => state.faults.list(),
    },
    clock,
    secrets: () => secrets.list(),
    users: api.users.users,
  }
}
