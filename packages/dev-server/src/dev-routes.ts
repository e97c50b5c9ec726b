import { WireError } from '@auth-state/wire'
import type { Hono } from 'hono'
import { ok } from './envelope'
import type { Fault } from './faults'
import { readJsonObject, requireFiniteNumber } from './request-body'
import type { AppEnv, DevState } from './state'

// JSON has no Infinity; "until cleared" travels as -1.
function toJson(fault: Fault): Fault {
  return fault.times === Number.POSITIVE_INFINITY ? { ...fault, times: -1 } : fault
}

/** The /__dev routes: the inbox panel, fault injection, stats and the clock. */
export function registerDevRoutes(app: Hono<AppEnv>, state: DevState): void {
  app.get('/__dev/inbox', (c) => {
    const email = c.req.query('email')?.trim() || undefined
    return ok(c, { messages: state.inbox.list(email) })
  })

  app.delete('/__dev/inbox', (c) => {
    state.inbox.clear()
    return ok(c, {}, 'Inbox cleared')
  })

  app.get('/__dev/users', (c) => ok(c, { users: state.api.users.users }))

  app.get('/__dev/faults', (c) => ok(c, { faults: state.faults.list().map(toJson) }))

  app.post('/__dev/faults', async (c) => {
    const body = await readJsonObject(c)
    let fault: Fault
    try {
      fault = state.faults.add(body as unknown as Fault)
    } catch (error) {
      throw new WireError(400, (error as Error).message)
    }
    return ok(c, { fault: toJson(fault) }, 'Fault armed')
  })

  app.delete('/__dev/faults', (c) => {
    state.faults.clear()
    return ok(c, {}, 'Faults cleared')
  })

  app.get('/__dev/stats', (c) => ok(c, { counts: state.stats.get() }))

  app.post('/__dev/stats/reset', (c) => {
    state.stats.reset()
    return ok(c, {}, 'Stats reset')
  })

  app.get('/__dev/clock', (c) =>
    ok(c, { offsetSeconds: state.clock.offsetSeconds, now: state.now() }),
  )

  app.post('/__dev/clock', async (c) => {
    state.clock.offsetSeconds = requireFiniteNumber(await readJsonObject(c), 'offsetSeconds')
    return ok(c, { offsetSeconds: state.clock.offsetSeconds, now: state.now() }, 'Clock set')
  })
}
