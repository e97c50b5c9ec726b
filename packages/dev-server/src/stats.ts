/** The one key that every request to an unknown path is counted under. */
export const OTHER = 'other'

/**
 * Request counts keyed 'METHOD /path', e.g. 'POST /identity/user/refresh-token', for the
 * server's own routes; any other path counts as 'other', so random paths cannot grow it.
 */
export class RequestStats {
  #counts = new Map<string, number>()

  /** `known`: whether the path is one of the server's routes (the app knows, this does not). */
  record(method: string, path: string, known: boolean): void {
    const key = known ? `${method} ${path}` : OTHER
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1)
  }

  get(): Record<string, number> {
    return Object.fromEntries(this.#counts)
  }

  /** 'POST /path' counts one method; a bare '/path' sums every method. */
  count(route: string): number {
    if (!route.startsWith('/')) return this.#counts.get(route) ?? 0
    let total = 0
    for (const [key, count] of this.#counts) {
      if (key.slice(key.indexOf(' ') + 1) === route) total += count
    }
    return total
  }

  reset(): void {
    this.#counts = new Map()
  }
}
