import type { MiddlewareHandler } from 'hono'
import { DROPPED } from './fault-injection'
import { redact } from './redact'
import type { AppEnv, DevState } from './state'

/**
 * One line per request. Only the method, the path (never the query or a body) and the outcome
 * are logged, and even the path is scrubbed: a token pasted into a URL must not reach a log.
 */
export function requestLog(
  state: DevState,
  write: (line: string) => void,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const ms = Math.round(performance.now() - started)
    const path = redact(c.req.path, state.secrets.list())
    const outcome = c.get('outcome')
    // A dropped request never got a status; the placeholder response's 200 would mislead.
    const status = outcome === DROPPED ? '---' : String(c.res.status)
    const suffix = outcome ? ` (${outcome})` : ''
    write(`${c.req.method} ${path} ${status} ${ms}ms${suffix}`)
  }
}
