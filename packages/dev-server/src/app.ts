import { WireError } from '@auth-state/wire'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { registerDevRoutes } from './dev-routes'
import { fail } from './envelope'
import { faultInjection } from './fault-injection'
import { hostCheck } from './host-check'
import { requireJsonContentType } from './json-content-type'
import { originCheck } from './origin-check'
import { isAllowedOrigin } from './origin-policy'
import { redact } from './redact'
import { bodyTooLarge, MAX_BODY_BYTES } from './request-body'
import { requestLog } from './request-log'
import type { AppEnv, DevState } from './state'
import { registerWireRoutes } from './wire-routes'

const ALLOWED_HEADERS = [
  'content-type',
  'auth-token',
  'organization-id',
  'account-id',
  'authorization',
  'x-organization-id',
  'x-aui-client',
  'x-aui-environment',
  'x-aui-origin',
]

/** The Hono app: middleware order matters, see the comments below. */
export function createApp(state: DevState): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const { log, corsOrigins } = state.options

  // Outermost, so even rejected and faulted requests are logged.
  if (log) app.use(requestLog(state, log))

  // A rebound name is refused before anything else, preflights included.
  app.use(hostCheck(state.options.host))

  // Before the counters and faults: a browser must be able to read a faulted response, and
  // preflights are not requests the app made, so they are neither counted nor faulted.
  app.use(
    cors({
      origin: (origin) => {
        if (!origin) return null
        return isAllowedOrigin(origin, corsOrigins) ? origin : null
      },
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: ALLOWED_HEADERS,
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  )

  // After CORS, so an allowed page can read why it was refused; before the counters and
  // faults, because a refused request is not one the app made.
  app.use(originCheck(corsOrigins))
  app.use(requireJsonContentType())

  // Counted before faults apply, so a test can tell a faulted call was still attempted. Filled
  // in once the routes below are registered.
  const routePaths = new Set<string>()
  app.use(async (c, next) => {
    const { method, path } = c.req
    if (!path.startsWith('/__dev')) state.stats.record(method, path, routePaths.has(path))
    await next()
  })

  app.use(faultInjection(state))

  // Declared sizes are refused up front, whatever the route; undeclared (chunked) bodies are
  // capped while being read (see request-body.ts).
  app.use(async (c, next) => {
    const declared = Number(c.req.header('content-length') ?? 0)
    if (declared > MAX_BODY_BYTES) throw bodyTooLarge()
    await next()
  })

  registerWireRoutes(app, state)
  if (state.options.devRoutes) registerDevRoutes(app, state)
  for (const route of app.routes) if (route.method !== 'ALL') routePaths.add(route.path)

  app.notFound((c) => {
    const allowed = app.routes
      .filter((route) => route.path === c.req.path && route.method !== 'ALL')
      .map((route) => route.method)
    if (allowed.length > 0) {
      const allow = [...new Set([...allowed, 'OPTIONS'])].join(', ')
      return fail(c, 405, `Method ${c.req.method} is not allowed here; use ${allow}`, {
        Allow: allow,
      })
    }
    // Scrubbed like the log: a client may echo this message into its own logs.
    const path = redact(c.req.path, state.secrets.list())
    return fail(c, 404, `No route for ${c.req.method} ${path}`)
  })

  app.onError((error, c) => {
    if (error instanceof WireError) return fail(c, error.status, error.message, error.headers)
    // Never a stack trace on the wire; the log gets the error's name and message only.
    log?.(redact(`error in ${c.req.method} ${c.req.path}: ${String(error)}`, state.secrets.list()))
    return fail(c, 500, 'Internal dev server error')
  })

  return app
}
