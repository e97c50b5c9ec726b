/** Request counts keyed 'METHOD /path', e.g. 'POST /identity/user/refresh-token'. */
export class RequestStats {
  #counts = new Map<string, number>()

  record(method: string, path: string): void {
    const key = `${method} ${path}`
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
