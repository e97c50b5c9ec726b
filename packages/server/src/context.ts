import { ANY_ADDRESS, proxiedAddress } from './client-address'
import { cookieName, readCookie, serializeCookie } from './cookie'
import type { ResolvedOptions } from './options'
import type { Sessions } from './refresh'
import type { CookieSession, Sealer } from './seal'
import type { SessionRecord } from './session-view'
import type { Upstream } from './upstream'

/** What every part of the server shares: options, the API, sessions and the cookie. */
export interface Context {
  o: ResolvedOptions
  upstream: Upstream
  sessions: Sessions
  sealer: Sealer
}

/**
 * What server code can hand in: a `Request`, or where a framework offers no Request (a Next.js
 * server component's `await headers()`), its `Headers`.
 */
export type RequestLike = Request | Headers | { headers: Headers; url?: string }

function partsOf(input: RequestLike): { headers: Headers; url: string | undefined } {
  const from = input as { get?: unknown; headers?: Headers; url?: string }
  // Duck-typed: a Request or Headers of another realm or fetch implementation fails instanceof.
  if (typeof from.get === 'function') return { headers: input as Headers, url: undefined }
  return { headers: from.headers ?? new Headers(), url: from.url }
}

/**
 * Whether this request came over https (its cookie is then Secure and `__Host-`); `undefined`
 * when it cannot be told (bare Headers, no `cookie.secure` option).
 */
function secureOf(c: Context, input: RequestLike): boolean | undefined {
  if (c.o.secure !== undefined) return c.o.secure
  const { headers, url } = partsOf(input)
  if (c.o.trustProxy) {
    const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim()
    if (proto) return proto === 'https'
  }
  if (!url) return undefined
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return undefined
  }
}

export function isSecure(c: Context, request: Request): boolean {
  return secureOf(c, request) ?? false
}

/** The session id and view the request's cookie carries, or `null`; `present` if it had one. */
export async function readCookieSession(
  c: Context,
  input: RequestLike,
): Promise<{ cookie: CookieSession | null; present: boolean }> {
  const header = partsOf(input).headers.get('cookie')
  const secure = secureOf(c, input)
  // Unknown scheme: the `__Host-` cookie first (a browser sends it only over https, unaltered).
  const value =
    secure === undefined
      ? (readCookie(header, cookieName(true)) ?? readCookie(header, cookieName(false)))
      : readCookie(header, cookieName(secure))
  if (!value) return { cookie: null, present: false }
  return { cookie: await c.sealer.unseal(value), present: true }
}

/** A Set-Cookie that holds the session `id` and its view until the session's absolute end. */
export async function sessionCookie(
  c: Context,
  request: Request,
  id: string,
  record: SessionRecord,
): Promise<string> {
  const secure = isSecure(c, request)
  const value = await c.sealer.seal({
    id,
    email: record.email,
    organizationId: record.organizationId,
    accountId: record.accountId,
    expiresAt: record.expiresAt ?? record.sessionExpiresAt,
    refreshedAt: record.refreshedAt,
    sessionExpiresAt: record.sessionExpiresAt,
  })
  return serializeCookie(cookieName(secure), value, {
    secure,
    sameSite: c.o.sameSite,
    maxAge: (record.sessionExpiresAt - c.o.now()) / 1000,
  })
}

/** A Set-Cookie that deletes the session cookie. */
export function clearCookie(c: Context, request: Request): string {
  const secure = isSecure(c, request)
  return serializeCookie(cookieName(secure), '', { secure, sameSite: c.o.sameSite, maxAge: 0 })
}

/** The origins a state-changing request may come from. */
export function appOrigins(c: Context, request: Request): string[] {
  return c.o.origins ?? [new URL(request.url).origin]
}

/** The client's address for throttles. */
export function clientAddress(c: Context, request: Request): string {
  if (c.o.clientAddress) {
    try {
      const address = c.o.clientAddress(request)
      return typeof address === 'string' && address ? address.slice(0, 64) : ANY_ADDRESS
    } catch {
      return ANY_ADDRESS
    }
  }
  return c.o.trustProxy ? proxiedAddress(request) : ANY_ADDRESS
}

/** The session's headers on an API call. */
export function authHeaders(c: Context, record: SessionRecord): Headers {
  return new Headers(
    c.o.authHeaders({
      token: record.token,
      organizationId: record.organizationId,
      accountId: record.accountId,
    }),
  )
}
