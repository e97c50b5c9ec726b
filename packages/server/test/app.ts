import { type DevServer, type DevServerOptions, startDevServer } from '@auth-state/dev-server'
import { afterEach, beforeEach, expect } from 'vitest'
import {
  type AuthServer,
  type AuthServerOptions,
  createAuthServer,
  memoryStore,
  type SessionStore,
} from '../src/index'

export const ORIGIN = 'http://app.test'
export const SECRET = 'test-secret-0123456789-abcdefghijklmnop'
export const EMAIL = 'demo@example.com'

/** A browser's cookie jar for one origin: what Set-Cookie stored, sent back as Cookie. */
export class Jar {
  readonly cookies = new Map<string, string>()
  take(response: Response): Response {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair!.indexOf('=')
      const name = pair!.slice(0, at)
      const value = pair!.slice(at + 1)
      if (/Max-Age=0/.test(line) || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return response
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

export interface Call {
  method?: string
  body?: unknown
  headers?: Record<string, string>
  /** Leave out the CSRF header and Origin. */
  bare?: boolean
}

/** A request from a page of ORIGIN, as the browser client sends it. */
export function pageRequest(path: string, jar: Jar | null, call: Call = {}): Request {
  const headers = new Headers(call.headers)
  if (!call.bare) {
    if (!headers.has('origin')) headers.set('origin', ORIGIN)
    headers.set('x-auth-state', '1')
  }
  if (jar?.cookies.size) headers.set('cookie', jar.header())
  let body: string | undefined
  if (call.body !== undefined) {
    body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  return new Request(`${ORIGIN}${path}`, {
    method: call.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
  })
}

export interface AppHarness {
  readonly dev: DevServer
  readonly auth: AuthServer
  /** The store every auth server of this test shares (unless given another). */
  readonly sharedStore: SessionStore
  /** Re-creates the auth server with more options (same dev server). */
  remake(options?: Partial<AuthServerOptions>): AuthServer
  /** Calls the handler as a page would, keeping cookies in `jar`. */
  call(path: string, jar: Jar | null, call?: Call): Promise<Response>
  /** Sends a code, reads it from the dev inbox and verifies it: a signed-in jar. */
  signIn(email?: string, jar?: Jar): Promise<Jar>
  /** The clock both servers share, epoch ms; `advance` moves it. */
  now(): number
  advance(ms: number): void
}

/** Per test: a dev server (refresh grace 0) and an auth server in front of it, on one clock. */
export function appHarness(
  devOptions: DevServerOptions = {},
  serverOptions: Partial<AuthServerOptions> = {},
): AppHarness {
  let dev: DevServer | undefined
  let auth: AuthServer | undefined
  let store: SessionStore = memoryStore()
  let offset = 0
  const now = () => Date.now() + offset
  const make = (more: Partial<AuthServerOptions> = {}) =>
    createAuthServer({
      apiURL: dev!.url,
      secret: SECRET,
      proxy: ['/network/v1/'],
      now,
      store,
      ...serverOptions,
      ...more,
    })
  beforeEach(async () => {
    offset = 0
    store = memoryStore()
    dev = await startDevServer({ port: 0, refreshGraceSeconds: 0, now, ...devOptions })
    auth = make()
  })
  // Everything the handler answered in this test: no token, refresh token or code the dev
  // server issued may appear in it, in a body, a header or a cookie.
  let seen: string[] = []
  afterEach(async () => {
    const secrets = dev?.secrets() ?? []
    for (const text of seen)
      for (const secret of secrets)
        if (text.includes(secret))
          expect.fail(`a secret reached the browser: ${text.slice(0, 200)}`)
    seen = []
    await dev?.close()
  })
  const harness: AppHarness = {
    get dev() {
      return dev!
    },
    get auth() {
      return auth!
    },
    get sharedStore() {
      return store
    },
    remake(options) {
      auth = make(options)
      return auth
    },
    async call(path, jar, call) {
      const response = await auth!.handle(pageRequest(path, jar, call))
      const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
      seen.push(`${headers}\n\n${await response.clone().text()}`)
      return jar ? jar.take(response) : response
    },
    async signIn(email = EMAIL, jar = new Jar()) {
      const sent = await harness.call('/auth/otp/send', jar, { body: { email } })
      if (sent.status !== 200) throw new Error(`send: ${sent.status} ${await sent.text()}`)
      const code = dev!.latestCode(email)
      const verified = await harness.call('/auth/otp/verify', jar, { body: { email, code } })
      if (verified.status !== 200)
        throw new Error(`verify: ${verified.status} ${await verified.text()}`)
      return jar
    },
    now,
    advance(ms) {
      offset += ms
    },
  }
  return harness
}
