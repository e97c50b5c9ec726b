import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

/** A request as the test server saw it. */
export interface SeenRequest {
  route: string
  headers: IncomingMessage['headers']
  body: any
}

export interface Reply {
  status?: number
  body?: unknown
  raw?: string
  headers?: Record<string, string>
  delayMs?: number
  drop?: boolean
  /** Writes the response itself: a stalled or endless body, a redirect. */
  respond?: (res: ServerResponse) => void
}

type Handler = (request: SeenRequest) => Reply | Promise<Reply>

export const ok = (data: unknown, status = 200): Reply => ({
  status,
  body: { status: true, data, message: 'OK' },
})
export const no = (status: number, message = 'Rejected'): Reply => ({
  status,
  body: { status: false, data: {}, message },
})

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** An unsigned JWT: the client never checks signatures, it only reads `exp`. */
export function jwt(claims: Record<string, unknown>): string {
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.${randomBytes(8).toString('base64url')}`
}

/**
 * A small identity API on loopback for the core's transport tests: real HTTP, real JSON, and a
 * per-route override to script failures. The full server lives in @auth-state/dev-server.
 */
export async function startIdentityServer(options: { ttlSeconds?: number } = {}) {
  const ttl = options.ttlSeconds ?? 300
  const requests: SeenRequest[] = []
  const overrides = new Map<string, Handler[]>()
  const validTokens = new Set<string>()
  const refreshTokens = new Map<string, string>() // refresh token -> email
  const registered = new Set(['ada@example.com', 'bob@example.com'])
  const issued: string[] = []
  let code = '123456'

  const issue = (email: string) => {
    const now = Math.floor(Date.now() / 1000)
    const token = jwt({ sub: email, iat: now, exp: now + ttl, jti: randomBytes(6).toString('hex') })
    const refreshToken = randomBytes(24).toString('base64url')
    validTokens.add(token)
    refreshTokens.set(refreshToken, email)
    issued.push(token, refreshToken)
    return { token, refreshToken }
  }

  const routes: Record<string, Handler> = {
    'POST /identity/user/email/check-availability': ({ body }) =>
      ok({ isAvailableEmail: !registered.has(body?.email) }),
    'POST /identity/user/otp/email': ({ body }) =>
      registered.has(body?.email) ? ok({ email: body.email }) : no(400, 'Unable to send code'),
    'POST /identity/user/login': ({ body }) => {
      if (!registered.has(body?.email) || body?.password !== code || body?.isOTP !== true)
        return no(401, 'Invalid or expired code')
      return ok({ ...issue(body.email), organizationId: 'org_1', accountId: 'acc_1' })
    },
    'POST /identity/user/refresh-token': ({ body }) => {
      const email = refreshTokens.get(body?.refreshToken)
      if (!email) return no(401, 'Invalid refresh token')
      refreshTokens.delete(body.refreshToken)
      return ok(issue(email))
    },
    'POST /identity/user/logout': ({ headers }) => {
      validTokens.delete(String(headers['auth-token']))
      return ok({})
    },
    'GET /me': ({ headers }) =>
      validTokens.has(String(headers['auth-token']))
        ? ok({ org: headers['organization-id'], account: headers['account-id'] ?? null })
        : no(401, 'Unauthorized'),
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString()
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = undefined
    }
    const route = `${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`
    const seen = { route, headers: req.headers, body }
    requests.push(seen)
    const handler = overrides.get(route)?.shift() ?? routes[route]
    const reply: Reply = handler ? await handler(seen) : no(404, 'Not found')
    // node:timers/promises is not faked by vi.useFakeTimers, so delays stay real.
    if (reply.delayMs) await sleep(reply.delayMs)
    if (reply.drop) return void req.socket.destroy()
    if (reply.respond) return reply.respond(res)
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers })
    res.end(reply.raw ?? JSON.stringify(reply.body ?? {}))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    issued,
    count: (route: string) => requests.filter((r) => r.route === route).length,
    /** The next calls to `route` get these handlers, in order, then the default again. */
    next(route: string, ...handlers: Handler[]) {
      overrides.set(route, [...(overrides.get(route) ?? []), ...handlers])
    },
    /** Make the server forget every token it issued (a server-side revocation). */
    revokeAll() {
      validTokens.clear()
    },
    setCode(next: string) {
      code = next
    },
    register(email: string) {
      registered.add(email)
    },
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type IdentityServer = Awaited<ReturnType<typeof startIdentityServer>>
