import { WireError } from '@auth-state/wire'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './state'

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/**
 * Every POST must say it is JSON. A form or a `text/plain` fetch from any page is a "simple"
 * request that the browser sends without asking (no preflight); a JSON one must pass CORS
 * first. So this check is what makes CORS guard the state-changing routes at all.
 */
export function requireJsonContentType(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'POST' && !JSON_TYPE.test(c.req.header('content-type') ?? '')) {
      throw new WireError(415, 'Content-Type must be application/json')
    }
    await next()
  }
}
