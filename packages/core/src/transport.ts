import { type $Fetch, FetchError, ofetch } from 'ofetch'
import type { ZodMiniType } from 'zod/mini'
import { AuthError, type AuthErrorCode } from './errors'
import { envelope } from './schemas'

export interface TransportOptions {
  baseURL: string
  fetch?: typeof globalThis.fetch
  headers?: Record<string, string>
  timeout: number
}

export interface Transport {
  /** An ofetch instance on `baseURL` with the static headers, for the app's own calls. */
  raw: $Fetch
  /** Calls an identity API endpoint and returns its envelope's `data`, validated by `schema`. */
  post<T>(
    path: string,
    body: unknown,
    schema: ZodMiniType<T>,
    headers?: Record<string, string>,
  ): Promise<T>
}

// Failures that say "no" for good (a dead refresh token, a wrong code), as opposed to transient
// ones. A WeakSet keeps this out of the public error shape.
const rejections = new WeakSet<AuthError>()

/** 401/403, or `status:false` on a response that is neither a 5xx nor a 429. */
export function isRejection(error: unknown): boolean {
  return error instanceof AuthError && rejections.has(error)
}

export function createTransport(options: TransportOptions): Transport {
  const raw = ofetch.create(
    { baseURL: options.baseURL, headers: options.headers },
    options.fetch ? { fetch: options.fetch } : {},
  )

  async function post<T>(
    path: string,
    body: unknown,
    schema: ZodMiniType<T>,
    headers?: Record<string, string>,
  ): Promise<T> {
    const call = `[POST] ${path}`
    let response: Response & { _data?: unknown }
    try {
      response = await raw.raw(path, {
        method: 'POST',
        body: body as Record<string, unknown>,
        headers,
        retry: false,
        timeout: options.timeout,
        ignoreResponseError: true,
        // Never let a parser throw on a malformed body: it is judged below, not echoed.
        parseResponse: (text: string) => {
          try {
            return JSON.parse(text)
          } catch {
            return undefined
          }
        },
      })
    } catch (error) {
      throw new AuthError('network', `${call}: ${describeNetworkError(error)}`, { cause: error })
    }

    const { status } = response
    const parsed = envelope.safeParse(response._data)
    const serverMessage = parsed.success ? shortMessage(parsed.data.message) : ''
    const label = `${call}: ${status}${serverMessage ? ` ${serverMessage}` : ''}`

    if (status === 429 || status >= 400 || (parsed.success && !parsed.data.status)) {
      const code: AuthErrorCode =
        status === 429
          ? 'rate_limited'
          : status === 401 || status === 403
            ? 'unauthenticated'
            : 'server'
      const error = new AuthError(code, label, {
        status,
        retryAfterSeconds: status === 429 ? retryAfter(response.headers) : undefined,
      })
      if (status === 401 || status === 403 || (status < 500 && status !== 429 && parsed.success))
        rejections.add(error)
      throw error
    }
    if (!parsed.success)
      throw new AuthError('invalid_response', `${label}: not an envelope`, { status })
    const data = schema.safeParse(parsed.data.data)
    if (!data.success)
      throw new AuthError('invalid_response', `${label}: unexpected data shape`, { status })
    return data.data
  }

  return { raw, post }
}

/** Maps a failure of the app's own `client.fetch` calls to an AuthError without its secrets. */
export function fromFetchError(error: unknown, method: string, path: string): AuthError {
  if (error instanceof AuthError) return error
  const call = `[${method.toUpperCase()}] ${path}`
  if (error instanceof FetchError && error.response) {
    const status = error.response.status
    // A 403 from the app's own API is a permission answer, not a sign that the session is gone.
    const code: AuthErrorCode =
      status === 429 ? 'rate_limited' : status === 401 ? 'unauthenticated' : 'server'
    return new AuthError(code, `${call}: ${status}`, {
      status,
      retryAfterSeconds: status === 429 ? retryAfter(error.response.headers) : undefined,
    })
  }
  const cause = error instanceof FetchError && error.cause ? error.cause : error
  return new AuthError('network', `${call}: ${describeNetworkError(cause)}`, { cause })
}

function describeNetworkError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name
  if (name === 'TimeoutError') return 'timed out'
  if (name === 'AbortError') return 'aborted'
  return 'network error'
}

function shortMessage(message: unknown): string {
  return typeof message === 'string' ? message.slice(0, 120) : ''
}

function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after')
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}
