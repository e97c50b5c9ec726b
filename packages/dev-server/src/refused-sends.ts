import type { RefusedSend } from '@auth-state/wire'

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
