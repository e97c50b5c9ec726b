import type { IdentityApi } from '@auth-state/wire'
import type { HttpBindings } from '@hono/node-server'
import type { ServerClock } from './clock'
import type { FaultList } from './faults'
import type { Inbox } from './inbox'
import type { ResolvedOptions } from './options'
import type { RefusedSends } from './refused-sends'
import type { SecretRegistry } from './secrets'
import type { RequestStats } from './stats'

/** Everything one running dev server holds; each server instance has its own. */
export interface DevState {
  options: ResolvedOptions
  clock: ServerClock
  /** Server time in ms, skew included. */
  now: () => number
  /** The identity API's rules and state: users, codes, token families (@auth-state/wire). */
  api: IdentityApi
  inbox: Inbox
  /** Sends the identity API refused, with the reason, newest first. */
  refused: RefusedSends
  faults: FaultList
  stats: RequestStats
  secrets: SecretRegistry
  /** Aborted by close(), so injected delays do not hold the process open. */
  closing: AbortSignal
}

export type AppEnv = {
  Bindings: HttpBindings
  Variables: { outcome?: string }
}
