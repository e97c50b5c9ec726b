import type { RefusedSend as WireRefusedSend } from '@auth-state/wire'

/**
 * A send the server refused, and why. Declared here rather than re-exported from
 * `@auth-state/wire`: wire is private, so the published types cannot name it.
 */
export interface RefusedSend {
  email: string
  /** `cooldown`: too soon after the last send; `cap`: too many sends in the window; `unknown-email`: nobody registered. */
  reason: 'cooldown' | 'cap' | 'unknown-email'
  /** For `cooldown` and `cap`: when a send would be accepted. */
  retryAfterSeconds?: number
  /** Server time in ms. */
  at: number
}
// Both ways assignable: the two declarations cannot drift apart without a type error.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
const _same: Same<RefusedSend, WireRefusedSend> = true
void _same

/** How many refusals are kept; older ones go as new ones arrive. */
export const REFUSED_LIMIT = 100

/**
 * The sends the server refused (a cooldown, the cap, an unknown email), newest first: a
 * developer waiting for a code that never came sees why. Never holds a code.
 */
export class RefusedSends {
  #refused: RefusedSend[] = []

  record(refused: RefusedSend): void {
    this.#refused.unshift({ ...refused })
    if (this.#refused.length > REFUSED_LIMIT) this.#refused.length = REFUSED_LIMIT
  }

  list(): RefusedSend[] {
    return this.#refused.map((refused) => ({ ...refused }))
  }

  clear(): void {
    this.#refused = []
  }
}
