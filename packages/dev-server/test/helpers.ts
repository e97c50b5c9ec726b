import { afterEach } from 'vitest'
import { type DevServer, type DevServerOptions, startDevServer } from '../src/index'

export interface ApiResponse {
  status: number
  headers: Headers
  body: { status: boolean; data: Record<string, any>; message: string }
}

const running: DevServer[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()))
})

/** A server on a free port, closed after the current test. */
export async function start(options: DevServerOptions = {}): Promise<DevServer> {
  const server = await startDevServer({ port: 0, ...options })
  running.push(server)
  return server
}

/** A clock the test moves by hand, for the `now` option. */
export function manualClock(startMs = Date.UTC(2030, 0, 1)) {
  let current = startMs
  return {
    now: () => current,
    advance(seconds: number) {
      current += seconds * 1000
    },
  }
}

export async function call(
  server: DevServer,
  method: string,
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body)
  // The server wants every POST to say JSON, even a bodyless one, as the SDK's do.
  if (body !== undefined || method === 'POST') {
    ;(init.headers as Record<string, string>)['content-type'] ??= 'application/json'
  }
  const res = await fetch(server.url + path, init)
  const text = await res.text()
  let parsed: ApiResponse['body']
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new Error(`non-JSON response ${res.status} from ${method} ${path}: ${text}`)
  }
  return { status: res.status, headers: res.headers, body: parsed }
}

export function post(
  server: DevServer,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  return call(server, 'POST', path, { body, headers })
}

export function get(server: DevServer, path: string, headers?: Record<string, string>) {
  return call(server, 'GET', path, { headers })
}

export function sendCode(server: DevServer, email = 'demo@example.com') {
  return post(server, '/identity/user/otp/email', { email })
}

export function loginWith(server: DevServer, email: string, code: string) {
  return post(server, '/identity/user/login', { email, password: code, isOTP: true })
}

export interface Session {
  token: string
  refreshToken: string
  organizationId: string
  accountId: string
}

/** The full OTP flow through the inbox, as an app would do it. */
export async function login(server: DevServer, email = 'demo@example.com'): Promise<Session> {
  const sent = await sendCode(server, email)
  if (sent.status !== 200) throw new Error(`send failed: ${sent.status} ${sent.body.message}`)
  const code = server.inbox.latest(email)
  if (!code) throw new Error('no code in the inbox')
  const res = await loginWith(server, email, code)
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body.message}`)
  return res.body.data as Session
}

export function refresh(server: DevServer, refreshToken: string) {
  return post(server, '/identity/user/refresh-token', { refreshToken })
}

export function account(server: DevServer, token: string, organizationId = 'org_demo') {
  return get(server, '/network/v1/account', {
    'auth-token': token,
    'organization-id': organizationId,
  })
}

/** Decodes a JWT payload without verifying it (the tests check what the server put in). */
export function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? ''
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
}
