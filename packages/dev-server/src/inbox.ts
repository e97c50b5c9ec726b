import { normalizeEmail } from '@auth-state/wire'

export interface InboxMessage {
  email: string
  code: string
  /** Server time in ms. */
  sentAt: number
}

/** How many messages the inbox keeps; older ones are dropped as new ones arrive. */
export const INBOX_LIMIT = 100

/** Where "sent" codes land instead of a real mailbox. Newest first, the last 100 only. */
export class Inbox {
  #messages: InboxMessage[] = []

  deliver(message: InboxMessage): void {
    this.#messages.unshift({ ...message })
    if (this.#messages.length > INBOX_LIMIT) this.#messages.length = INBOX_LIMIT
  }

  latest(email: string): string | undefined {
    const wanted = normalizeEmail(email)
    return this.#messages.find((message) => message.email === wanted)?.code
  }

  list(email?: string): InboxMessage[] {
    const wanted = email === undefined ? undefined : normalizeEmail(email)
    return this.#messages
      .filter((message) => wanted === undefined || message.email === wanted)
      .map((message) => ({ ...message }))
  }

  clear(): void {
    this.#messages = []
  }
}
