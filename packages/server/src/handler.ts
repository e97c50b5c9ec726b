import { AuthError } from '@auth-state/core/server'
import { PATHS } from '@auth-state/wire'
import {
  appOrigins,
  authHeaders,
  type Context,
  clearCookie,
  type RequestLike,
  readCookieSession,
  sessionCookie,
} from './context'
import { csrfRefusal } from './csrf'
import { createForms } from './form'
import { createOtp } from './otp'
import { proxy } from './proxy'
import { isId, readJsonObject } from './request-body'
import { fail, failFrom, ok } from './respond'
import { type SessionView, viewOf } from './session-view'

/**
 * The session a request carries, as a view, and (with `cookies`, for an answer of the handler)
 * the Set-Cookie lines to send back with it.
 */
export async function currentSession(
  c: Context,
  request: RequestLike,
  options: { cookies: boolean },
): Promise<{ view: SessionView; cookies: string[] }> {
  const { cookie, present } = await readCookieSession(c, request)
  const answer = options.cookies ? (request as Request) : null
  if (!cookie)
    return {
      view: { status: 'unauthenticated' },
      cookies: present && answer ? [clearCookie(c, answer)] : [],
    }
  let loaded: Awaited<ReturnType<Context['sessions']['load']>>
  try {
    loaded = await c.sessions.load(cookie.id)
  } catch {
    // A refresh that failed for now (network, 5xx): the session stands on its current token.
    loaded = await c.sessions.load(cookie.id, { refresh: false })
  }
  if (!loaded.record)
    return {
      view: { status: 'unauthenticated', reason: loaded.reason ?? 'expired' },
      cookies: answer ? [clearCookie(c, answer)] : [],
    }
  // Asking for the session (a page load, a tab waking, POST /activity) is activity.
  const record = await c.sessions.touch(cookie.id, loaded.record)
  const view = viewOf(record, c.o.idleTimeoutMs)
  // Re-sealed only when what the cookie shows has changed.
  const changed =
    view.status === 'authenticated' &&
    (cookie.expiresAt !== view.expiresAt ||
      cookie.organizationId !== view.organizationId ||
      cookie.accountId !== view.accountId)
  return {
    view,
    cookies: changed && answer ? [await sessionCookie(c, answer, cookie.id, record)] : [],
  }
}

/** `handle(request)`: every endpoint of the contract under `basePath`. */
export function createHandler(c: Context): (request: Request) => Promise<Response> {
  const otp = createOtp(c)

  async function session(request: Request): Promise<Response> {
    const { view, cookies } = await currentSession(c, request, { cookies: true })
    return ok(view, cookies)
  }

  async function switchTo(
    request: Request,
    body: Record<string, unknown>,
    field: 'organizationId' | 'accountId',
  ): Promise<Response> {
    const call = `[POST] ${field === 'organizationId' ? 'organization' : 'account'}`
    const value = body[field]
    const valid = field === 'accountId' ? value === null || isId(value) : isId(value)
    if (!valid)
      throw new AuthError(
        'invalid_input',
        `${call}: ${field} must be ${field === 'accountId' ? 'null or ' : ''}a non-empty id that can be a header value`,
      )
    const { cookie, present } = await readCookieSession(c, request)
    const cleared = present ? [clearCookie(c, request)] : []
    if (!cookie) return fail(401, 'unauthenticated', `${call}: not signed in`, {}, cleared)
    const loaded = await c.sessions.update(cookie.id, { [field]: value as string | null })
    if (!loaded.record)
      return fail(401, 'session_expired', `${call}: the session has ended`, {}, cleared)
    return ok(viewOf(loaded.record, c.o.idleTimeoutMs), [
      await sessionCookie(c, request, cookie.id, loaded.record),
    ])
  }

  async function logout(request: Request): Promise<Response> {
    const { cookie, present } = await readCookieSession(c, request)
    const cookies = present ? [clearCookie(c, request)] : []
    const record = cookie ? await c.sessions.end(cookie.id) : null
    if (record) {
      // Revoke upstream too, bounded by the timeout; the local session is over whatever it says.
      await c.upstream
        .identity(PATHS.logout, {}, c.o.timeoutMs, Object.fromEntries(authHeaders(c, record)))
        .catch(() => {})
    }
    return ok({ status: 'unauthenticated', reason: 'signed-out' }, cookies)
  }

  const form = createForms(c, { send: otp.send, verify: otp.verify, logout })

  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const base = c.o.basePath
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`))
      return fail(404, 'invalid_input', 'not an auth route')
    const route = url.pathname.slice(base.length)
    const method = request.method.toUpperCase()
    try {
      if (route === '/session' && (method === 'GET' || method === 'HEAD'))
        return await session(request)
      // Plain form posts: their own CSRF rule (a same-origin Origin), answered with redirects.
      if (route.startsWith('/form/')) return await form(request, route.slice('/form/'.length))
      const refusal = csrfRefusal(request, appOrigins(c, request))
      if (refusal) return fail(403, 'forbidden', `refused: ${refusal}`)
      if (route.startsWith('/api/'))
        return await proxy(c, request, route.slice('/api'.length), url.search)
      const post = (run: (body: Record<string, unknown>) => Promise<Response>) =>
        method === 'POST'
          ? readJsonObject(request, `[POST] ${route}`).then(run)
          : Promise.resolve(fail(405, 'invalid_input', `${method} ${route}: use POST`))
      switch (route) {
        case '/otp/send':
          return await post((body) => otp.send(request, body))
        case '/otp/verify':
          return await post((body) => otp.verify(request, body))
        case '/organization':
          return await post((body) => switchTo(request, body, 'organizationId'))
        case '/account':
          return await post((body) => switchTo(request, body, 'accountId'))
        // The page reports activity (the browser's idle timer): the idle clock restarts.
        case '/activity':
          return await post(() => session(request))
        case '/logout':
          return await post(() => logout(request))
        default:
          return fail(404, 'invalid_input', `no route ${route}`)
      }
    } catch (error) {
      return failFrom(error)
    }
  }
}
