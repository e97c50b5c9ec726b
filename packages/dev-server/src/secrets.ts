/**
 * Every credential the server has handed out. Kept so the request log can scrub them and so
 * test suites can assert none of them ever reached a log, a URL or storage they should not.
 */
export class SecretRegistry {
  readonly #secrets = new Set<string>()

  add(secret: string): void {
    this.#secrets.add(secret)
  }

  list(): string[] {
    return [...this.#secrets]
  }
}
