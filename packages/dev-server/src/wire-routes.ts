import { METHODS, PATHS } from '@auth-state/wire'
import type { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { readLimitedText } from './request-body'
import type { AppEnv, DevState } from './state'

/**
 * The identity API's routes and the two sample protected ones, answered by the wire contract
 * (@auth-state/wire): this file only carries requests to it and its answers back. Everything
 * around them (Host, origins, content type, stats, faults, body size) is the app's middleware.
 */
export function registerWireRoutes(app: Hono<AppEnv>, state: DevState): void {
  for (const path of Object.values(PATHS)) {
    app.on(METHODS[path], path, async (c) => {
      const answer = await state.api.handle({
        method: c.req.method,
        path,
        header: (name) => c.req.header(name),
        body: c.req.method === 'POST' ? await readLimitedText(c) : '',
      })
      return c.json(answer.body, answer.status as ContentfulStatusCode, answer.headers)
    })
  }
}
