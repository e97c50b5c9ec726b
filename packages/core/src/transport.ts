import { type FetchOptions, ofetch } from 'ofetch'
import type { ZodMiniType } from 'zod/mini'
import { type ResponseType, readAs, refuseBodyOnGet } from './body'
import { AuthError, type AuthErrorCode, type Redactor, redactedCause, redactThrown } from './errors'
import { checkHeaders } from './headers'
import { envelope } from './schemas'
import { parseBase, type QueryValue, target } from './url'

/**
 * The most an identity API response may weigh. Its largest answer (a login) is two tokens and
 * a few ids, well under 16 KiB; 64 KiB leaves room for extra user fields and caps the memory a
 * hostile or broken server can make a client spend.
 */
export const MAX_IDENTITY_BYTES = 64 * 1024

export interface TransportOptions {
  baseURL: string
  fetch?: typeof globalThis.fetch
  /** Static headers, already checked. */
  headers: Record<string, string>
  /** Timeout of each identity API call, body included. */
  timeoutMs: number
  redact: Redactor
}

/** One HTTP exchange with the API, as the transport runs it. */
export interface Exchange {
  method: string
  path: string
  query?: Record<string, QueryValue>
  /** Where it goes, when the caller resolved it already (with `url`); else resolved here. */
  url?: URL
  body?: unknown
  /** The caller's headers; checked here. */
  headers?: Record<string, string>
  /** The session's headers; checked here, and their values never appear in an error. */
  auth?: Record<string, string>
  signal?: AbortSignal
  /** Covers the whole exchange, body included. 0 or Infinity: none. */
  timeoutMs: number
  maxBytes?: number
  responseType?: ResponseType
  /** Extra attempts after a network failure or a transient status. Default 0. */
  retry?: number
}

/** A response that arrived whole: its status, headers and parsed body. */
export interface Answer {
  /** The call, unredacted: `failure` redacts it when it names the call in an error. */
  call: string
  status: number
  headers: Headers
  body: unknown
  /** Values this exchange carried that no error may show. */
  secrets: string[]
}

export interface Transport {
  /**
   * Runs one exchange on the API's origin: refuses other origins and redirects, validates
   * headers, and aborts at `timeoutMs` even when a body stalls. Transport failures reject with
   * an AuthError; any HTTP status resolves.
   */
  request(exchange: Exchange): Promise<Answer>
  /** Calls an identity API endpoint and returns its envelope's `data`, validated by `schema`. */
  post<T>(
    path: string,
    body: unknown,
    schema: ZodMiniType<T>,
    headers?: Record<string, string>,
  ): Promise<T>
  /**
   * Where `path` goes; throws `invalid_input` for another origin than the API's. Its message
   * names the call unredacted: the caller redacts what it throws.
   */
  url(call: string, path: string, query?: Record<string, QueryValue>): URL
  redact: Redactor
}

// Failures that say "no" for good (a dead refresh token, a wrong code), as opposed to transient
// ones. A WeakSet keeps this out of the public error shape.
const rejections = new WeakSet<AuthError>()

/** 401/403, or `status:false` on a response that is neither a 5xx nor a 429. */
export function isRejection(error: unknown): boolean {
  return error instanceof AuthError && rejections.has(error)
}

// ofetch's list: statuses worth one more try of an idempotent call.
const TRANSIENT = new Set([408, 409, 425, 429, 500, 502, 503, 504])
// Fields of a request body whose values are secrets.
const SECRET_FIELDS = ['password', 'refreshToken', 'token', 'otp', 'code']

export function createTransport(options: TransportOptions): Transport {
  const { redact } = options
  let base: URL | string | undefined

  // ofetch is the HTTP layer: it carries the request (`duplex` for stream bodies; JSON bodies
  // arrive serialised by `encodeBody`, with their content-type and accept) and hands back the
  // Response. `fetch` is looked up per call, so
  // a fetch installed after the client was made (a test, a polyfill) is the one used.
  const http = ofetch.create(
    // `redirect: 'manual'`: never follow. A redirect would carry the session's headers (browsers
    // keep custom headers across origins) or re-post a refresh token. In browsers it arrives as
    // an opaque response, in Node as the 3xx itself; both are refused in `attempt`.
    { redirect: 'manual', retry: false },
    { fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init) },
  )

  // What stays ours, because ofetch cannot promise it:
  // - the timeout: ofetch's `timeout` timer is cleared when the headers arrive, so a server that
  //   sent headers and then stalled hung the call (and the refresh lock) forever. We pass our own
  //   `signal`, alive until the body is read.
  // - the body: `responseType: 'stream'` leaves it unread, so `readAs` reads it under the size
  //   cap; ofetch would read all of it into memory first. `ignoreResponseError`: any status
  //   resolves, to be judged by the caller.
  // - retries: ofetch decides on a retry when the headers arrive; ours also cover a body that
  //   stalls or drops, and read the transient answer's body under the cap first.
  // - the URL and its query: `url.ts` builds the final URL, and the origin check judges exactly
  //   the string ofetch is given (no `baseURL`, no `query`, so it sends that string unchanged).
  async function attempt(
    x: Exchange,
    call: string,
    url: URL,
    headers: Record<string, string>,
    secrets: string[],
  ): Promise<Answer> {
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
    try {
      const response = await http.raw(url.href, {
        method: x.method,
        headers,
        body: encodeBody(x.body, x.method, headers) as FetchOptions['body'],
        signal: controller.signal,
        responseType: 'stream',
        ignoreResponseError: true,
      })
      // 304 Not Modified is an answer, not a redirect.
      const { status } = response
      if (response.type === 'opaqueredirect' || (status >= 300 && status < 400 && status !== 304)) {
        controller.abort()
        throw new AuthError(
          'invalid_response',
          process.env.NODE_ENV !== 'production'
            ? `${call}: ${status || 'redirect'}, not followed (point baseURL at the final location)`
            : '',
          { status: status || undefined },
        )
      }
      const body = await readAs(
        response,
        x.responseType ?? 'json',
        x.maxBytes ?? Number.POSITIVE_INFINITY,
        stop,
        call,
      )
      return { call, status, headers: response.headers, body, secrets }
    } catch (error) {
      if (error instanceof AuthError) throw error
      // ofetch wraps a failed fetch in a FetchError whose message holds the URL: keep its cause.
      const cause =
        (error as { name?: string; cause?: unknown })?.name === 'FetchError'
          ? ((error as { cause?: unknown }).cause ?? error)
          : error
      throw new AuthError(
        'network',
        process.env.NODE_ENV !== 'production'
          ? `${call}: ${timedOut ? 'timed out' : controller.signal.aborted ? 'aborted' : 'network error'}`
          : '',
        {
          cause: redactedCause(cause, (text) => redact(text, secrets)),
        },
      )
    } finally {
      clearTimeout(timer)
      x.signal?.removeEventListener('abort', stop)
    }
  }

  // `call` names the request in errors; a path may carry a secret, so an error's message is
  // redacted when it is thrown (`redactThrown`), not each label on the way: both callers
  // (`request` and client.fetch) redact what they throw.
  const url = (call: string, path: string, query?: Record<string, QueryValue>) => {
    base ??= parseBase(options.baseURL)
    return target(call, base, path, query)
  }

  async function request(x: Exchange): Promise<Answer> {
    const auth = x.auth ?? {}
    // Not filtered: the redactor skips what is not a string, and a header that is not one is
    // refused before anything is sent.
    const secrets = [...Object.values(auth), ...secretFields(x.body)]
    const call = `[${x.method}] ${x.path}`
    // One async step per exchange (each costs a call promise ticks): whatever it throws is
    // redacted here, once, with the secrets it carried.
    try {
      const resolved = x.url ?? url(call, x.path, x.query)
      checkHeaders(auth, call)
      // A plain object with lowercase names, later ones winning: ofetch builds the one Headers
      // from it (a Headers of our own as well cost a fifth of a call's time in Node).
      const headers: Record<string, string> = Object.create(null)
      for (const set of [options.headers, checkHeaders(x.headers, call), auth])
        for (const name in set) headers[name.toLowerCase()] = set[name]!
      refuseBodyOnGet(x.method, x.body, call)
      for (let left = x.retry ?? 0; ; left--) {
        try {
          const answer = await attempt(x, call, resolved, headers, secrets)
          if (left > 0 && TRANSIENT.has(answer.status)) continue
          return answer
        } catch (error) {
          if (left > 0 && (error as AuthError).code === 'network' && !x.signal?.aborted) continue
          throw error
        }
      }
    } catch (error) {
      throw redactThrown(error, redact, secrets)
    }
  }

  async function post<T>(
    path: string,
    body: unknown,
    schema: ZodMiniType<T>,
    headers?: Record<string, string>,
  ): Promise<T> {
    const answer = await request({
      method: 'POST',
      path,
      body,
      auth: headers,
      timeoutMs: options.timeoutMs,
      maxBytes: MAX_IDENTITY_BYTES,
    })
    const { status } = answer
    const parsed = envelope.safeParse(answer.body)
    if (status >= 400 || (parsed.success && !parsed.data.status)) {
      const code: AuthErrorCode =
        status === 429
          ? 'rate_limited'
          : status === 401 || status === 403
            ? 'unauthenticated'
            : 'server'
      const error = failure(code, answer, redact)
      if (status === 401 || status === 403 || (status < 500 && status !== 429 && parsed.success))
        rejections.add(error)
      throw error
    }
    if (!parsed.success) throw failure('invalid_response', answer, redact, 'not an envelope')
    const data = schema.safeParse(parsed.data.data)
    if (!data.success) throw failure('invalid_response', answer, redact, 'unexpected data shape')
    return data.data
  }

  return { request, post, url, redact }
}

/**
 * The AuthError for an answer: the call, the status, and the server's message (short and
 * redacted: a server may echo back what it was sent). Never the body itself.
 */
export function failure(
  code: AuthErrorCode,
  answer: Answer,
  redact: Redactor,
  detail?: string,
): AuthError {
  const parsed = envelope.safeParse(answer.body)
  // Redacted before it is shortened: a cut could leave half a secret that no longer matches.
  const message =
    parsed.success && typeof parsed.data.message === 'string'
      ? redact(parsed.data.message, answer.secrets).slice(0, 120)
      : ''
  const label = `${redact(answer.call, answer.secrets)}: ${answer.status}${message ? ` ${message}` : ''}${detail ? `: ${detail}` : ''}`
  return new AuthError(code, label, {
    status: answer.status,
    retryAfterSeconds: answer.status === 429 ? retryAfter(answer.headers) : undefined,
  })
}

function secretFields(body: unknown): string[] {
  if (!body || typeof body !== 'object') return []
  return SECRET_FIELDS.map((field) => (body as Record<string, unknown>)[field]).filter(
    (value): value is string => typeof value === 'string',
  )
}

const PAYLOAD = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * The body as ofetch should get it, serialised here: ofetch's own JSON rules differ from ours
 * (on other methods it serialises nothing; it would send a `0` or `false` as it is, miss a
 * null-prototype object or one with a `buffer` field, form-encode an object under a form
 * content type, and label a string `application/json`), so it is handed a string with its
 * headers set and leaves both alone. Plain and null-prototype objects, arrays, numbers,
 * booleans and anything with `toJSON` go as JSON; strings, FormData, Blobs and streams (ofetch
 * adds `duplex`) go as they are.
 */
function encodeBody(body: unknown, method: string, headers: Record<string, string>): unknown {
  if (body == null) return undefined
  if (typeof body === 'string') {
    // What fetch itself would send for a string.
    if (PAYLOAD.has(method)) {
      headers['content-type'] ??= 'text/plain;charset=UTF-8'
      headers.accept ??= '*/*'
    }
    return body
  }
  const proto = typeof body === 'object' ? Object.getPrototypeOf(body) : 0
  if (
    !Array.isArray(body) &&
    proto !== Object.prototype &&
    proto !== null &&
    typeof body !== 'number' &&
    typeof body !== 'boolean' &&
    typeof (body as { toJSON?: unknown }).toJSON !== 'function'
  )
    return body
  headers['content-type'] ||= 'application/json'
  headers.accept ??= 'application/json'
  return JSON.stringify(body)
}

/**
 * `Retry-After` in seconds. A date is read against the response's own `Date` header when it has
 * one: both come from the server's clock, so a device clock that is off (ten minutes slow turned
 * a 30 s wait into 630 s) changes nothing. Without `Date`, the device clock is all there is.
 */
function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after')
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  const sent = Date.parse(headers.get('date') ?? '')
  return Math.max(0, Math.ceil((date - (Number.isNaN(sent) ? Date.now() : sent)) / 1000))
}
