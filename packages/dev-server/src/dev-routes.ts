import { requireEmail, WireError } from '@auth-state/wire'
import type { Hono } from 'hono'
import { DEV_PAGE, DEV_PAGE_CSP } from './dev-page'
import { ok } from './envelope'
import type { Fault } from './faults'
import { readJsonObject, requireFiniteNumber } from './request-body'
import type { AppEnv, DevState } from './state'

// JSON has no Infinity; "until cleared" travels as -1.
function toJson(fault: Fault): Fault {
  return fault.times === Number.POSITIVE_INFINITY ? { ...fault, times: -1 } : fault
}

/** The /__dev routes: the inbox page and panel, refusals, revocation, faults, stats, the clock. */
export function registerDevRoutes(app: Hono<AppEnv>, state: DevState): void {
  app.get('/__dev', (c) =>
    c.html(DEV_PAGE, 200, {
      'Content-Security-Policy': DEV_PAGE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    }),
  )

  app.get('/__dev/refused', (c) => ok(c, { refused: state.refused.list() }))

  app.delete('/__dev/refused', (c) => {
    state.refused.clear()
    return ok(c, {}, 'Refused sends cleared')
  })

  // Ends a user's sessions as an admin would: their refresh tokens and access tokens stop
  // working, so an app's "session ended" path can be tried without fault injection.
  app.post('/__dev/sessions/revoke', async (c) => {
    const email = requireEmail(await readJsonObject(c))
    const user = state.api.users.find(email)
    if (!user) throw new WireError(404, 'No user with this email')
    const revoked = state.api.families.revokeAll(user.email)
    return ok(c, { revoked }, `Revoked ${revoked} session${revoked === 1 ? '' : 's'}`)
  })

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
