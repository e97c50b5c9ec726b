import type { MiddlewareHandler } from 'hono'
import { abortableSleep } from './abortable-sleep'
import { fail } from './envelope'
import type { AppEnv, DevState } from './state'

// Tells @hono/node-server that the response is already handled, so it writes nothing.
const ALREADY_SENT = { 'x-hono-already-sent': 'true' }
// Looks like the start of an envelope, so a client that trusts content-type still chokes on it.
const MALFORMED_BODY = '{"status":true,"data":{"token":'
export const DROPPED = 'fault: dropped'

/** Applies the first armed fault matching the request, if any. */
export function faultInjection(state: DevState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path.startsWith('/__dev')) return next()
    const fault = state.faults.take(c.req.method, c.req.path)
    if (!fault) return next()

    if (fault.delayMs) await abortableSleep(fault.delayMs, state.closing)
    const headers: Record<string, string> =
      fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }

    if (fault.drop) {
      c.set('outcome', DROPPED)
      c.env.incoming.socket.destroy()
      return new Response(null, { headers: ALREADY_SENT })
    }
    if (fault.malformed) {
      c.set('outcome', 'fault: malformed')
      return c.body(MALFORMED_BODY, (fault.status ?? 200) as 200, {
        ...headers,
        'content-type': 'application/json',
      })
    }
    if (fault.statusFalse) {
      c.set('outcome', 'fault: status false')
      return fail(c, fault.status ?? 200, 'Injected failure (status: false)', headers)
    }
    if (fault.status !== undefined || fault.retryAfter !== undefined) {
      const status = fault.status ?? 429
      c.set('outcome', `fault: ${status}`)
      return fail(c, status, `Injected failure (HTTP ${status})`, headers)
    }
    c.set('outcome', `fault: delayed ${fault.delayMs} ms`)
    return next()
  }
}
