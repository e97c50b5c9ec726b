import type { AuthFetch, AuthFetchRaw, AuthFetchRawOptions } from '../auth-fetch'
import { AuthError, redactedCause, scrub } from '../errors'
import { checkSchema } from '../standard-schema'
import { type Endpoint, failure, handlerCode, type Reply } from './endpoint'

export interface ProxyDeps {
  endpoint: Endpoint
  /** Default timeout of a call, ms. */
  timeoutMs: number
  /** Resolves once the first session check and every organization or account switch are done. */
  settled(): Promise<void>
  signedIn(): boolean
  /** The handler says the session is gone: end it here too. */
  lost(): void
}

/**
 * `client.fetch` and `client.fetchRaw` of a server-session client: the call goes to the
 * handler's proxy (`{path}/api/<path>`), which adds the user's headers on the server and
 * refreshes there. `fetch` unwraps and validates like the direct mode's.
 */
export function createProxyFetch(deps: ProxyDeps): { fetch: AuthFetch; fetchRaw: AuthFetchRaw } {
  async function call(path: string, options: AuthFetchRawOptions = {}, unwrap: boolean) {
    const method = (options.method ?? 'GET').toUpperCase()
    const label = scrub(`[${method}] ${path}`)
    // Refused before anything else, as in the direct mode.
    const route = deps.endpoint.proxied(label, path)
    const schema = options.schema
    if (schema !== undefined && typeof schema?.['~standard']?.validate !== 'function')
      throw new AuthError(
        'invalid_input',
        process.env.NODE_ENV !== 'production' ? `${label}: schema is not a Standard Schema` : '',
      )
    await deps.settled()
    if (!deps.signedIn())
      throw new AuthError(
        'unauthenticated',
        process.env.NODE_ENV !== 'production' ? `${label}: not signed in` : '',
      )
    // The call's query, body, headers and signal as they are.
    const reply = await deps.endpoint.request({
      ...options,
      method,
      route,
      timeoutMs: options.timeoutMs ?? deps.timeoutMs,
      responseType: unwrap ? 'json' : (options.responseType ?? 'auto'),
      retry: options.retry ?? (method === 'GET' || method === 'HEAD' ? 1 : 0),
    })
    const value = judge(reply, unwrap)
    if (!schema) return value
    // The direct mode's check: the first failing path and the kind found, never the value.
    let checked: Awaited<ReturnType<typeof checkSchema>>
    try {
      checked = await checkSchema(schema, value, unwrap ? 'data' : 'body')
    } catch (error) {
      throw new AuthError(
        'invalid_input',
        process.env.NODE_ENV !== 'production' ? `${label}: schema threw` : '',
        {
          cause: redactedCause(error, scrub),
        },
      )
    }
    if (!checked.ok) throw failure(reply, 'invalid_response', scrub(checked.problem).slice(0, 200))
    return checked.value
  }

  function judge(reply: Reply, unwrap: boolean): unknown {
    const { status } = reply
    if (status >= 400) {
      const named = handlerCode(reply)
      // The handler's own 401: it holds no session for this cookie (signed out elsewhere, the
      // refresh token rejected). An API's 401 after the handler's replay is passed on as it is.
      if (status === 401 && (named === 'unauthenticated' || named === 'session_expired')) {
        deps.lost()
        throw failure(reply)
      }
      // A 403 from the app's own API is a permission answer; the handler's CSRF refusal is not.
      throw failure(reply, null)
    }
    let value = reply.body
    // 204 No Content has no envelope to unwrap: there is no data.
    if (unwrap && status !== 204) {
      const envelope = value as { status?: unknown; data?: unknown } | undefined
      if (!envelope || typeof envelope !== 'object' || typeof envelope.status !== 'boolean')
        throw failure(reply, 'invalid_response', 'not an envelope')
      if (!envelope.status) throw failure(reply, 'server')
      value = envelope.data
    }
    return value
  }

  return {
    fetch: (path, options) => call(path, options, true) as Promise<never>,
    fetchRaw: (path, options) => call(path, options, false) as Promise<never>,
  }
}
