import { WireError } from '@auth-state/wire'
import type { MiddlewareHandler } from 'hono'
import { isAllowedOrigin, type OriginPolicy } from './origin-policy'
import type { AppEnv } from './state'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses what a foreign page must not do even without reading the answer: any state change,
 * and any /__dev request (the inbox holds codes). CORS alone would only hide the response; the
 * request itself would still arm a fault or send a code. A request without `Origin` is not a
 * cross-origin browser request (Node, curl, a same-origin GET) and passes.
 */
export function originCheck(policy: OriginPolicy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin')
    const guarded = !SAFE_METHODS.has(c.req.method) || c.req.path.startsWith('/__dev')
    if (guarded && origin !== undefined && !isAllowedOrigin(origin, policy)) {
      throw new WireError(
        403,
        'Origin not allowed; add it to the corsOrigins option (--cors-origins) of the dev server',
      )
    }
    await next()
  }
}
