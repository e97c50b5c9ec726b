import { type ResponseType, readAs, refuseBodyOnGet } from '../body'
import { AuthError, type AuthErrorCode, redactedCause, scrub } from '../errors'
import { checkHeaders } from '../headers'
import type { QueryValue } from '../url'

/**
 * The static header every call carries. The handler refuses a state-changing request without it
 * (and without a same-origin `Origin`): a cross-site form cannot set it, and a cross-site fetch
 * that sets it needs a CORS preflight the handler never grants.
 */
export const CSRF_HEADER = 'x-auth-state'

/** The most a handler answer may weigh: a session view or an error, well under 16 KiB. */
const MAX_HANDLER_BYTES = 64 * 1024

// A scheme (`https:`, `javascript:`) or two leading slashes: a URL parser reads these as
// absolute or scheme-relative, and the proxy takes paths below its own prefix only.
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i
const TRANSIENT = new Set([408, 409, 425, 429, 500, 502, 503, 504])

/** What the handler's error answers carry; the codes are core's, plus `forbidden` for CSRF. */
const CODES = new Set<string>([
  'invalid_input',
  'otp_cooldown',
  'otp_send_limit',
  'otp_invalid',
  'otp_attempts_exhausted',
  'otp_not_requested',
  'unauthenticated',
  'session_expired',
  'rate_limited',
  'network',
  'server',
  'invalid_response',
])

export interface EndpointOptions {
  /** Where the handler is mounted, e.g. `/auth`; resolved against the page. */
  path: string
  fetch?: typeof globalThis.fetch
}

/** One request to the handler (or through its proxy). */
export interface Exchange {
  method: string
  /** Below the mount path, starting with `/`. */
  route: string
  query?: Record<string, QueryValue>
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
  /** The whole exchange, body included; 0 or Infinity for none. */
  timeoutMs: number
  responseType?: ResponseType
  /** Extra tries after a network failure or a transient status. Default 0. */
  retry?: number
}

/** A response read whole. */
export interface Reply {
  call: string
  status: number
  headers: Headers
  body: unknown
}

export interface Endpoint {
  /** Runs one exchange; any HTTP status resolves, a transport failure rejects with AuthError. */
  request(x: Exchange, maxBytes?: number): Promise<Reply>
  /**
   * Calls one of the handler's own routes and resolves to its `data`; an error answer rejects
   * with the AuthError it names.
   */
  call(method: 'GET' | 'POST', route: string, body: unknown, timeoutMs: number): Promise<unknown>
  /**
   * The route of an API path through the handler's proxy (`/api/<path>`); `invalid_input` for
   * anything that would leave it.
   */
  proxied(call: string, path: string): string
}

/** The mount point as a URL, checked at once: http(s), no credentials, and the page's origin. */
function resolveMount(path: string): URL {
  const page = globalThis.location?.href
  const http = /^https?:$/
  // The session cookie is first-party and SameSite: a handler elsewhere would never see it. (A
  // page with no http(s) origin, such as a test DOM's about:blank, has no cookie to judge by.)
  const pageOrigin = page === undefined ? undefined : new URL(page)
  let url: URL | undefined
  try {
    url = new URL(path, page)
  } catch {}
  if (
    !url ||
    !http.test(url.protocol) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (pageOrigin && http.test(pageOrigin.protocol) && url.origin !== pageOrigin.origin)
  )
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? `server-session client: \`path\` ${
            !url
              ? "must be a path on this page's origin (or an absolute URL where there is no page)"
              : !http.test(url.protocol)
                ? 'must be http(s)'
                : url.username || url.password || url.search || url.hash
                  ? 'must carry no credentials, query or fragment'
                  : "must be on the page's origin (the session cookie is)"
          }`
        : '',
    )
  url.pathname = url.pathname.replace(/\/+$/, '')
  return url
}

/**
 * The HTTP exchange with the auth handler: same origin only, the CSRF header on every call, no
 * redirects followed, a timeout that lasts until the body has been read, handler answers read
 * under a size cap. The direct mode's transport does the same for a cross-origin API with
 * tokens; this one holds nothing secret, so it needs neither ofetch nor a redactor.
 */
export function createEndpoint(options: EndpointOptions): Endpoint {
  let mount: URL | undefined
  const base = () => {
    mount ??= resolveMount(options.path)
    return mount
  }
  // Resolved now where there is a page: a wrong `path` fails at creation, not at the first call.
  if (globalThis.location !== undefined) base()

  const at = (route: string, query?: Record<string, QueryValue>) => {
    const url = new URL(base().href + route)
    for (const [name, value] of Object.entries(query ?? {}))
      if (value !== undefined && value !== null) url.searchParams.append(name, String(value))
    return url
  }

  async function attempt(x: Exchange, call: string, url: URL, maxBytes: number): Promise<Reply> {
    const controller = new AbortController()
    let timedOut = false
    const timer =
      x.timeoutMs > 0 && Number.isFinite(x.timeoutMs)
        ? setTimeout(() => {
            timedOut = true
            controller.abort()
          }, x.timeoutMs)
        : undefined
    const stop = () => controller.abort()
    if (x.signal?.aborted) controller.abort()
    x.signal?.addEventListener('abort', stop)
    const headers = new Headers(checkHeaders(x.headers, call))
    headers.set(CSRF_HEADER, '1')
    if (!headers.has('accept')) headers.set('accept', 'application/json')
    try {
      const response = await (options.fetch ?? globalThis.fetch)(url.href, {
        method: x.method,
        headers,
        body: encode(x.body, headers),
        signal: controller.signal,
        // A redirect is never an answer of the handler; following one would re-post a code.
        redirect: 'manual',
        credentials: 'same-origin',
        cache: 'no-store',
      })
      const { status } = response
      if (response.type === 'opaqueredirect' || (status >= 300 && status < 400 && status !== 304)) {
        controller.abort()
        throw new AuthError(
          'invalid_response',
          process.env.NODE_ENV !== 'production'
            ? `${call}: ${status || 'redirect'}, not followed`
            : '',
          {
            status: status || undefined,
          },
        )
      }
      const body = await readAs(response, x.responseType ?? 'json', maxBytes, stop, call)
      return { call, status, headers: response.headers, body }
    } catch (error) {
      if (error instanceof AuthError) throw error
      throw new AuthError(
        'network',
        process.env.NODE_ENV !== 'production'
          ? `${call}: ${timedOut ? 'timed out' : controller.signal.aborted ? 'aborted' : 'network error'}`
          : '',
        { cause: redactedCause(error, scrub) },
      )
    } finally {
      clearTimeout(timer)
      x.signal?.removeEventListener('abort', stop)
    }
  }

  async function request(x: Exchange, maxBytes = Number.POSITIVE_INFINITY): Promise<Reply> {
    const call = scrub(`[${x.method}] ${x.route}`)
    refuseBodyOnGet(x.method, x.body, call)
    const url = at(x.route, x.query)
    for (let left = x.retry ?? 0; ; left--) {
      try {
        const reply = await attempt(x, call, url, maxBytes)
        if (left > 0 && TRANSIENT.has(reply.status)) continue
        return reply
      } catch (error) {
        if (left > 0 && (error as AuthError).code === 'network' && !x.signal?.aborted) continue
        throw error
      }
    }
  }

  return {
    request,
    async call(method, route, body, timeoutMs) {
      const reply = await request({ method, route, body, timeoutMs }, MAX_HANDLER_BYTES)
      const answer = reply.body as { status?: unknown; data?: unknown } | undefined
      if (reply.status < 400 && answer?.status === true) return answer.data
      throw failure(reply)
    },
    proxied(call, path) {
      if (typeof path !== 'string' || ABSOLUTE.test(path))
        throw new AuthError(
          'invalid_input',
          process.env.NODE_ENV !== 'production'
            ? `${call}: the path must be a path of the API`
            : '',
        )
      const route = `/api/${path.replace(/^\/+/, '')}`
      // `..` segments are resolved by the URL parser: one that climbs out of the proxy would
      // call another route of the handler.
      if (!at(route).pathname.startsWith(`${base().pathname}/api/`))
        throw new AuthError(
          'invalid_input',
          process.env.NODE_ENV !== 'production' ? `${call}: the path leaves the API proxy` : '',
        )
      return route
    },
  }
}

/**
 * The AuthError for an answer: the code the handler named (`forbidden`, a CSRF refusal, becomes
 * `invalid_input`) unless the caller decides it, else one judged by the status (`decided` null:
 * an API's answer through the proxy, whose codes are not the handler's; only its CSRF refusal
 * is); the server's message (scrubbed and short; the handler's `error.message` or an API
 * envelope's `message`), then `what`, a detail of the caller's; the wait it asked for. Never the
 * body itself.
 */
export function failure(reply: Reply, decided?: AuthErrorCode | null, what?: string): AuthError {
  const { status } = reply
  const body = reply.body as { error?: Record<string, unknown>; message?: unknown } | undefined
  const error = body?.error
  const named = handlerCode(reply)
  const code: AuthErrorCode =
    decided ||
    (named === 'forbidden'
      ? 'invalid_input'
      : decided === undefined && named && CODES.has(named)
        ? (named as AuthErrorCode)
        : status === 429
          ? 'rate_limited'
          : status === 401
            ? 'unauthenticated'
            : status < 400
              ? 'invalid_response'
              : 'server')
  const said = typeof error?.message === 'string' ? error.message : body?.message
  const message = typeof said === 'string' ? scrub(said).slice(0, 120) : ''
  return new AuthError(
    code,
    `${reply.call}: ${status}${message ? ` ${message}` : ''}${what ? `: ${what}` : ''}`,
    {
      status,
      retryAfterSeconds:
        seconds(error?.retryAfterSeconds) ??
        (status === 429
          ? seconds(Number(reply.headers.get('retry-after') ?? Number.NaN))
          : undefined),
    },
  )
}

/** The `error.code` of a handler's error answer, if the body is one. */
export function handlerCode(reply: Reply): string | undefined {
  const error = (reply.body as { status?: unknown; error?: { code?: unknown } } | undefined)?.error
  return (reply.body as { status?: unknown })?.status === false && typeof error?.code === 'string'
    ? error.code
    : undefined
}

const seconds = (wait: unknown) =>
  typeof wait === 'number' && Number.isFinite(wait) && wait >= 0 ? Math.ceil(wait) : undefined

/**
 * The body as fetch should get it: plain objects, arrays, numbers and booleans as JSON (with
 * its content type unless the call set one); strings, FormData, Blobs, URLSearchParams and
 * streams as they are, so fetch labels them itself.
 */
function encode(body: unknown, headers: Headers): BodyInit | undefined {
  if (body === undefined || body === null) return undefined
  const proto = typeof body === 'object' ? Object.getPrototypeOf(body) : undefined
  const json =
    typeof body === 'number' ||
    typeof body === 'boolean' ||
    Array.isArray(body) ||
    proto === Object.prototype ||
    proto === null
  if (!json) return body as BodyInit
  if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  return JSON.stringify(body)
}
