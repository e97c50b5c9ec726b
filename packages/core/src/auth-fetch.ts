import { AuthError, redactedCause, redactThrown } from './errors'
import type { Refresher } from './refresh'
import { envelope } from './schemas'
import type { Credentials, Session } from './session'
import { checkSchema, type StandardSchemaV1 } from './standard-schema'
import { type Answer, failure, type Transport } from './transport'
import type { QueryValue } from './url'

/** Options of `client.fetch` and `client.fetchRaw`. Our own type: no fetch library's leaks out. */
export interface AuthFetchOptions<T = unknown> {
  /** Default `'GET'`. */
  method?: string
  /** Appended to the URL; `undefined` and `null` values are left out. */
  query?: Record<string, QueryValue>
  /** Plain objects and arrays go as JSON; strings, `FormData`, `Blob`, `URLSearchParams` as they are. */
  body?: unknown
  /** Headers of this call. The session's headers are added on top. */
  headers?: Record<string, string>
  signal?: AbortSignal
  /** Aborts the whole call, body included, after this many ms. Default the client's `fetchTimeoutMs`; 0 for none. */
  timeoutMs?: number
  /**
   * A schema for the result (`data` for `fetch`, the body for `fetchRaw`): any Standard Schema
   * (zod or zod/mini, valibot, arktype, ...). It types the result, and a mismatch rejects with
   * `invalid_response` naming the first failing path (`data.items[0].id: expected string, got
   * number`), never the value.
   */
  schema?: StandardSchemaV1<unknown, T>
  /** More tries after a network failure or a 408, 409, 425, 429 or 5xx. Default 1 for GET and HEAD, else 0. */
  retry?: number
}

/** Options of `client.fetchRaw`. */
export interface AuthFetchRawOptions<T = unknown> extends AuthFetchOptions<T> {
  /** Default `'auto'`: JSON when the body parses as JSON, text for text types, else a `Blob`. */
  responseType?: 'auto' | 'json' | 'text' | 'blob' | 'arrayBuffer'
}

/**
 * `client.fetch`: a call to the API with the session's headers that unwraps the identity API's
 * envelope `{ status, data, message }` and resolves to `data`.
 *
 * @example
 * const Account = z.object({ email: z.string(), organizationId: z.string() })
 * const account = await auth.fetch('/network/v1/account', { schema: Account })
 */
export type AuthFetch = <T = unknown>(path: string, options?: AuthFetchOptions<T>) => Promise<T>

/**
 * `client.fetchRaw`: the same call for endpoints that answer without an envelope; resolves to
 * the body as it came (parsed per `responseType`).
 *
 * @example
 * const csv = await auth.fetchRaw<string>('/reports/latest.csv', { responseType: 'text' })
 */
export type AuthFetchRaw = <T = unknown>(
  path: string,
  options?: AuthFetchRawOptions<T>,
) => Promise<T>

export interface AuthFetchDeps {
  transport: Transport
  session: Session
  refresher: Refresher
  timeoutMs: number
  getToken(): Promise<string | null>
  /** Synchronous with synchronous storage: makes the session agree with other tabs. */
  sync(): unknown
  headersFor(credentials: Credentials): Record<string, string>
}

export function createAuthFetch(deps: AuthFetchDeps): { fetch: AuthFetch; fetchRaw: AuthFetchRaw } {
  const { session, transport } = deps
  const { redact } = transport

  // One implementation for both: the same origin check, headers, timeout and 401 replay.
  async function call(path: string, options: AuthFetchRawOptions = {}, unwrap: boolean) {
    // One async step per call (each costs a promise and its ticks): whatever it throws is
    // redacted here, once.
    try {
      const method = (options.method ?? 'GET').toUpperCase()
      // Names the call in errors; a path may carry a secret the client holds, so the catch
      // below redacts the message of what is thrown.
      const label = `[${method}] ${path}`
      // Refused before anything else: a call that cannot go out must not refresh a token first.
      // Resolved once: the request goes exactly where this check looked.
      const url = transport.url(label, path, options.query)
      const schema = options.schema
      if (schema !== undefined && typeof schema?.['~standard']?.validate !== 'function')
        throw new AuthError(
          'invalid_input',
          process.env.NODE_ENV !== 'production' ? `${label}: schema is not a Standard Schema` : '',
        )
      const signedOut = () =>
        new AuthError(
          'unauthenticated',
          process.env.NODE_ENV !== 'production' ? `${label}: not signed in` : '',
        )
      // The call's timeout covers the wait for a token too (a refresh, its cross-tab lock). A
      // token at hand that is not due has nothing to wait for, so no timer is armed for it; the
      // last look at storage before the send (`current`) still catches another tab's change.
      const timeoutMs = options.timeoutMs ?? deps.timeoutMs
      const held = session.credentials
      if (!(held && !deps.refresher.due(held)))
        if (!(await within(deps.getToken(), timeoutMs, label))) throw signedOut()
      // Taken right before each send, after a last look at storage, so that no request leaves
      // with a token that a sign-out or a rotation in another tab has retired meanwhile.
      let generation: number | undefined
      const current = () => {
        deps.sync()
        const c = session.credentials
        if (!c || (generation !== undefined && session.generation !== generation)) throw signedOut()
        generation = session.generation
        return c
      }
      const send = (c: Credentials) => {
        let auth: Record<string, string>
        try {
          auth = deps.headersFor(c)
        } catch (error) {
          throw new AuthError(
            'invalid_input',
            process.env.NODE_ENV !== 'production' ? `${label}: authHeaders threw` : '',
            {
              cause: redactedCause(error, redact),
            },
          )
        }
        return transport.request({
          method,
          path,
          url,
          body: options.body,
          headers: options.headers,
          auth,
          signal: options.signal,
          timeoutMs,
          responseType: unwrap ? 'json' : (options.responseType ?? 'auto'),
          retry: options.retry ?? (method === 'GET' || method === 'HEAD' ? 1 : 0),
        })
      }
      const first = current()
      let answer = await send(first)
      if (answer.status === 401) {
        // Wait for one shared refresh (unless another caller already rotated), replay once.
        if (session.credentials?.token === first.token)
          await within(deps.refresher.refresh(), timeoutMs, label)
        answer = await send(current())
      }
      const value = judge(answer, unwrap)
      if (!schema) return value
      let checked: Awaited<ReturnType<typeof checkSchema>>
      try {
        checked = await checkSchema(schema, value, unwrap ? 'data' : 'body')
      } catch (error) {
        throw new AuthError(
          'invalid_input',
          process.env.NODE_ENV !== 'production' ? `${label}: schema threw` : '',
          {
            cause: redactedCause(error, redact),
          },
        )
      }
      if (!checked.ok)
        throw failure('invalid_response', answer, redact, redact(checked.problem).slice(0, 200))
      return checked.value
    } catch (error) {
      throw redactThrown(error, redact)
    }
  }

  function judge(answer: Answer, unwrap: boolean): unknown {
    const { status } = answer
    // A 403 from the app's own API is a permission answer, not a sign that the session is gone.
    if (status >= 400)
      throw failure(
        status === 429 ? 'rate_limited' : status === 401 ? 'unauthenticated' : 'server',
        answer,
        redact,
      )
    let value = answer.body
    // 204 No Content has no envelope to unwrap: there is no data.
    if (unwrap && status !== 204) {
      const parsed = envelope.safeParse(value)
      if (!parsed.success) throw failure('invalid_response', answer, redact, 'not an envelope')
      if (!parsed.data.status) throw failure('server', answer, redact)
      value = parsed.data.data
    }
    return value
  }

  return {
    fetch: (path, options) => call(path, options, true) as Promise<never>,
    fetchRaw: (path, options) => call(path, options, false) as Promise<never>,
  }
}

/** `promise`, or a `network` "timed out" once `ms` have passed (0 or Infinity: no limit). */
function within<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  if (!(ms > 0 && Number.isFinite(ms))) return promise
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AuthError(
            'network',
            process.env.NODE_ENV !== 'production'
              ? `${label}: timed out waiting for the session's token`
              : '',
          ),
        ),
      ms,
    )
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}
