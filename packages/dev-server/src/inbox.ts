import { normalizeEmail } from './email'

export interface InboxMessage {
  email: string
  code: string
  /** Server time in ms. */
  sentAt: number
}

/** Where "sent" codes land instead of a real mailbox. Newest first. */
export class Inbox {
  #messages: InboxMessage[] = []

  deliver(message: InboxMessage): void {
    this.#messages.unshift({ ...message })
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
