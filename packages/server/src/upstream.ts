import { AuthError, type AuthErrorCode, readCapped as readUnder } from '@auth-state/core/server'

/**
 * The most an identity API response may weigh, as in the browser transport: a login is two
 * tokens and a few ids, well under 16 KiB.
 */
export const MAX_IDENTITY_BYTES = 64 * 1024

export interface UpstreamOptions {
  apiURL: string
  fetch: typeof globalThis.fetch
  /** Static headers of every call (`x-aui-client`...). */
  headers: Record<string, string>
}

export interface Call {
  method: string
  /** Relative to apiURL, starting with `/`; may carry a query already. */
  path: string
  body?: BodyInit | null
  headers?: Headers
  timeoutMs: number
  maxBytes: number
}

/** A whole response: status, headers and the body's bytes. */
export interface Reply {
  call: string
  status: number
  headers: Headers
  bytes: Uint8Array<ArrayBuffer>
}

/** 401/403 or a `status:false` that is neither a 5xx nor a 429: a "no" for good. */
const rejections = new WeakSet<AuthError>()
export const isRejection = (error: unknown): boolean =>
  error instanceof AuthError && rejections.has(error)

export interface Upstream {
  /** The URL of `path` on the API; `invalid_input` for anything that would leave its origin. */
  url(path: string): URL
  /** One exchange: no redirects followed, the body read under `maxBytes`, all in `timeoutMs`. */
  send(call: Call): Promise<Reply>
  /** A POST to an identity endpoint: its envelope's `data`, or an AuthError. */
  identity(
    path: string,
    body: unknown,
    timeoutMs: number,
    auth?: Record<string, string>,
  ): Promise<Record<string, unknown>>
}

export function createUpstream(options: UpstreamOptions): Upstream {
  const base = new URL(options.apiURL)
  const prefix = base.href.replace(/\/+$/, '')

  function url(path: string): URL {
    const target = new URL(prefix + path)
    if (!path.startsWith('/') || target.origin !== base.origin)
      throw new AuthError('invalid_input', `[upstream] ${path.slice(0, 60)}: not a path of apiURL`)
    return target
  }

  async function send(x: Call): Promise<Reply> {
    const target = url(x.path)
    const call = `[${x.method}] ${target.pathname}`
    const controller = new AbortController()
    let timedOut = false
    const timer =
      x.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true
            controller.abort()
          }, x.timeoutMs)
        : undefined
    const headers = new Headers(options.headers)
    x.headers?.forEach((value, name) => {
      headers.set(name, value)
    })
    try {
      // `redirect: 'manual'`: a redirect would carry the user's tokens elsewhere.
      const response = await options.fetch(target.href, {
        method: x.method,
        headers,
        body: x.body ?? null,
        redirect: 'manual',
        signal: controller.signal,
      })
      if (
        response.type === 'opaqueredirect' ||
        (response.status >= 300 && response.status < 400 && response.status !== 304)
      ) {
        controller.abort()
        throw new AuthError(
          'invalid_response',
          `${call}: ${response.status || 'redirect'}, not followed`,
          {
            status: response.status || undefined,
          },
        )
      }
      const bytes = await readCapped(response, x.maxBytes, () => controller.abort(), call)
      return { call, status: response.status, headers: response.headers, bytes }
    } catch (error) {
      if (error instanceof AuthError) throw error
      const what = timedOut ? 'timed out' : 'network error'
      throw new AuthError('network', `${call}: ${what}`, { cause: error })
    } finally {
      clearTimeout(timer)
    }
  }

  async function identity(
    path: string,
    body: unknown,
    timeoutMs: number,
    auth: Record<string, string> = {},
  ): Promise<Record<string, unknown>> {
    const headers = new Headers(auth)
    headers.set('content-type', 'application/json')
    headers.set('accept', 'application/json')
    const reply = await send({
      method: 'POST',
      path,
      body: JSON.stringify(body),
      headers,
      timeoutMs,
      maxBytes: MAX_IDENTITY_BYTES,
    })
    const envelope = parseEnvelope(reply.bytes)
    const { status } = reply
    if (status >= 400 || (envelope && !envelope.status)) {
      const code: AuthErrorCode =
        status === 429
          ? 'rate_limited'
          : status === 401 || status === 403
            ? 'unauthenticated'
            : 'server'
      const error = failure(code, reply, envelope)
      if (status === 401 || status === 403 || (status < 500 && status !== 429 && envelope))
        rejections.add(error)
      throw error
    }
    if (!envelope?.data || typeof envelope.data !== 'object')
      throw failure('invalid_response', reply, envelope, 'not an envelope')
    return envelope.data as Record<string, unknown>
  }

  return { url, send, identity }
}

export interface Envelope {
  status: boolean
  data: unknown
  message?: unknown
}

/** The identity API's `{ status, data, message }`, or `null` for any other body. */
export function parseEnvelope(bytes: Uint8Array): Envelope | null {
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Envelope> | null
    return value && typeof value === 'object' && typeof value.status === 'boolean'
      ? (value as Envelope)
      : null
  } catch {
    return null
  }
}

/**
 * The AuthError for a reply: the call, the status and the server's message, short (AuthError
 * scrubs anything shaped like a token or code from it). Never the body.
 */
export function failure(
  code: AuthErrorCode,
  reply: Reply,
  envelope: Envelope | null,
  detail?: string,
): AuthError {
  const message = typeof envelope?.message === 'string' ? envelope.message.slice(0, 120) : ''
  return new AuthError(
    code,
    `${reply.call}: ${reply.status}${message ? ` ${message}` : ''}${detail ? `: ${detail}` : ''}`,
    {
      status: reply.status,
      retryAfterSeconds: reply.status === 429 ? retryAfter(reply.headers) : undefined,
    },
  )
}

export function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after')
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/**
 * Reads a body under `maxBytes`: past it the read stops, the connection is aborted and
 * `invalid_response` is thrown. The reading is core's, as in the browser transport.
 */
export async function readCapped(
  response: Response,
  maxBytes: number,
  abort: () => void,
  call: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const body = await readUnder(response, maxBytes, abort)
  if (body) return new Uint8Array(await body.arrayBuffer())
  throw new AuthError(
    'invalid_response',
    `${call}: ${response.status} response over ${Math.floor(maxBytes / 1024)} KiB`,
    { status: response.status },
  )
}
