import { AuthError } from '@auth-state/core/server'
import { authHeaders, type Context, clearCookie, readCookieSession } from './context'
import { proxyPath } from './proxy-path'
import { readRequestBytes } from './request-body'
import { fail, failFrom } from './respond'
import type { SessionRecord } from './session-view'
import type { Reply } from './upstream'

// Request headers that describe what the page wants; nothing that identifies the browser or
// carries its credentials (never `cookie`, `authorization`, `origin`).
const FORWARDED = [
  'accept',
  'accept-language',
  'content-type',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
]
// Response headers that must not go back: cookies of the API's origin, hop-by-hop headers, and
// the framing of a body that fetch has already decoded and that is re-sent whole.
const DROPPED = new Set([
  'set-cookie',
  'set-cookie2',
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'content-encoding',
])
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * `{basePath}/api/<path>`: the API call a page asks for, sent with the session's headers when
 * `<path>` is under a configured prefix; one replay after a 401 with a refreshed token. The
 * answer comes back as it came, minus cookies and hop-by-hop headers.
 */
export async function proxy(
  c: Context,
  request: Request,
  rest: string,
  search: string,
): Promise<Response> {
  const path = proxyPath(rest, c.o.proxy)
  if (!path) return fail(404, 'invalid_input', 'not a proxied path')
  const method = request.method.toUpperCase()
  if (!METHODS.has(method)) return fail(405, 'invalid_input', `${method} is not proxied`)
  const call = `[${method}] ${path}`

  const { cookie, present } = await readCookieSession(c, request)
  const cleared = present ? [clearCookie(c, request)] : []
  if (!cookie) return fail(401, 'unauthenticated', `${call}: not signed in`, {}, cleared)
  try {
    const body =
      method === 'GET' || method === 'HEAD'
        ? null
        : await readRequestBytes(request, c.o.maxProxyBytes, call)
    let loaded = await c.sessions.load(cookie.id)
    if (!loaded.record)
      return fail(401, 'session_expired', `${call}: the session has ended`, {}, cleared)
    // A call from the page is activity: the server's idle clock restarts.
    loaded = { record: await c.sessions.touch(cookie.id, loaded.record) }
    const send = (record: SessionRecord) => {
      const headers = authHeaders(c, record)
      for (const name of FORWARDED) {
        const value = request.headers.get(name)
        if (value !== null && !headers.has(name)) headers.set(name, value)
      }
      return c.upstream.send({
        method,
        path: path + search,
        body: body && body.byteLength > 0 ? body : null,
        headers,
        timeoutMs: c.o.fetchTimeoutMs,
        maxBytes: c.o.maxProxyBytes,
      })
    }
    let reply = await send(loaded.record)
    if (reply.status === 401) {
      loaded = await c.sessions.rotate(cookie.id, loaded.record)
      if (!loaded.record)
        return fail(401, 'session_expired', `${call}: the session has ended`, {}, cleared)
      reply = await send(loaded.record)
    }
    return pass(reply)
  } catch (error) {
    if (error instanceof AuthError) return failFrom(error)
    throw error
  }
}

function pass(reply: Reply): Response {
  const headers = new Headers()
  reply.headers.forEach((value, name) => {
    if (!DROPPED.has(name.toLowerCase())) headers.set(name, value)
  })
  // An answer for one user, found by their cookie: no shared cache may keep it unless the API
  // says how.
  if (!headers.has('cache-control')) headers.set('cache-control', 'private, no-store')
  const empty = reply.status === 204 || reply.status === 304 || reply.bytes.byteLength === 0
  return new Response(empty ? null : reply.bytes, { status: reply.status, headers })
}
