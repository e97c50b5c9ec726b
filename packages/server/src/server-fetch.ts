import { AuthError } from '@auth-state/core/server'
import { authHeaders, type Context, type RequestLike, readCookieSession } from './context'
import type { SessionRecord } from './session-view'
import type { InferOutput, StandardSchemaV1 } from './standard-schema'
import { failure, parseEnvelope, type Reply } from './upstream'

/** A query value; `undefined` and `null` are left out. */
export type QueryValue = string | number | boolean | null | undefined

export interface ServerFetchOptions<S extends StandardSchemaV1 | undefined = undefined> {
  /** Default `'GET'`. */
  method?: string
  query?: Record<string, QueryValue>
  /** Plain objects and arrays go as JSON; strings as they are. */
  body?: unknown
  headers?: Record<string, string>
  /** A Standard Schema (zod, valibot...) for the envelope's `data`; a mismatch is `invalid_response`. */
  schema?: S
  /** Default the server's `fetchTimeoutMs`. */
  timeoutMs?: number
}

/** What `fetch` resolves to: the schema's output, or `unknown` without one. */
export type ServerFetchResult<S> = S extends StandardSchemaV1 ? InferOutput<S> : unknown

function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null) params.append(name, String(value))
  const text = params.toString()
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path
}

function encode(body: unknown, headers: Headers): string | undefined {
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') return body
  if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  return JSON.stringify(body)
}

/**
 * `auth.fetch(request, path, options)`: calls the API as the request's user (their session's
 * headers), refreshing first when the token is due and once more after a 401; unwraps the
 * envelope and validates `data` with `schema`, as the browser's `auth.fetch` does.
 */
export async function serverFetch<S extends StandardSchemaV1 | undefined = undefined>(
  c: Context,
  request: RequestLike,
  path: string,
  options: ServerFetchOptions<S> = {},
): Promise<ServerFetchResult<S>> {
  const method = (options.method ?? 'GET').toUpperCase()
  const call = `[${method}] ${String(path).slice(0, 80)}`
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//'))
    throw new AuthError('invalid_input', `${call}: path must start with a single /`)
  const target = withQuery(path, options.query)
  c.upstream.url(target)
  const { cookie } = await readCookieSession(c, request)
  if (!cookie) throw new AuthError('unauthenticated', `${call}: not signed in`)
  let loaded = await c.sessions.load(cookie.id)
  if (!loaded.record) throw new AuthError('session_expired', `${call}: the session has ended`)

  const send = (record: SessionRecord) => {
    const headers = new Headers(options.headers)
    authHeaders(c, record).forEach((value, name) => {
      headers.set(name, value)
    })
    if (!headers.has('accept')) headers.set('accept', 'application/json')
    const body = encode(options.body, headers)
    return c.upstream.send({
      method,
      path: target,
      body,
      headers,
      timeoutMs: options.timeoutMs ?? c.o.fetchTimeoutMs,
      maxBytes: c.o.maxProxyBytes,
    })
  }
  let reply = await send(loaded.record)
  if (reply.status === 401) {
    loaded = await c.sessions.rotate(cookie.id, loaded.record)
    if (!loaded.record) throw new AuthError('session_expired', `${call}: the session has ended`)
    reply = await send(loaded.record)
  }
  return (await judge(reply, options.schema)) as ServerFetchResult<S>
}

async function judge(reply: Reply, schema?: StandardSchemaV1): Promise<unknown> {
  const envelope = parseEnvelope(reply.bytes)
  const { status } = reply
  // A 403 from the app's API is a permission answer, not a sign that the session is gone.
  if (status >= 400)
    throw failure(
      status === 429 ? 'rate_limited' : status === 401 ? 'unauthenticated' : 'server',
      reply,
      envelope,
    )
  if (status === 204) return validate(reply, undefined, schema)
  if (!envelope) throw failure('invalid_response', reply, envelope, 'not an envelope')
  if (!envelope.status) throw failure('server', reply, envelope)
  return validate(reply, envelope.data, schema)
}

async function validate(reply: Reply, value: unknown, schema?: StandardSchemaV1): Promise<unknown> {
  if (!schema) return value
  const result = await schema['~standard'].validate(value)
  if (result.issues) throw failure('invalid_response', reply, null, 'unexpected data shape')
  return result.value
}
