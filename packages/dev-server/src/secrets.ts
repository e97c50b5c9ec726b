/** How many of the most recent credentials are remembered. */
export const SECRETS_LIMIT = 1000

/**
 * The credentials the server has handed out, the last 1,000, oldest first. Kept so the request
 * log can scrub them and so test suites can assert none of them ever reached a log, a URL or
 * storage they should not. Older ones are dropped to bound memory; the log's redaction still
 * catches them by shape (see redact.ts).
 */
export class SecretRegistry {
  readonly #secrets = new Set<string>()

  add(secret: string): void {
    this.#secrets.add(secret)
    if (this.#secrets.size > SECRETS_LIMIT) {
      this.#secrets.delete(this.#secrets.values().next().value as string)
    }
  }

  list(): string[] {
    return [...this.#secrets]
  }
}
