/** A limit: at most `max` events per `windowSeconds`, and `gapSeconds` between two. */
export interface Limit {
  max: number
  windowSeconds: number
  gapSeconds?: number
}

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number; why: 'gap' | 'window' }

/**
 * Sliding-window counters per key (an email, a client address) in bounded memory: at most
 * `maxKeys` keys, the least recently hit forgotten first. Forgetting a key only forgives it early;
 * it never blocks anyone.
 */
export class Throttle {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly limit: Limit,
    private readonly now: () => number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Whether an event for `key` may happen now; does not record it. */
  check(key: string): Verdict {
    const t = this.now()
    const recent = this.recent(key, t)
    const { gapSeconds = 0, max, windowSeconds } = this.limit
    const last = recent[recent.length - 1]
    if (last !== undefined && gapSeconds > 0 && t - last < gapSeconds * 1000)
      return {
        ok: false,
        why: 'gap',
        retryAfterSeconds: Math.ceil((last + gapSeconds * 1000 - t) / 1000),
      }
    if (recent.length >= max)
      return {
        ok: false,
        why: 'window',
        retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowSeconds * 1000 - t) / 1000)),
      }
    return { ok: true }
  }

  record(key: string): void {
    const t = this.now()
    const recent = this.recent(key, t)
    recent.push(t)
    // Keep the last `max` only: older ones cannot decide anything.
    if (recent.length > this.limit.max) recent.splice(0, recent.length - this.limit.max)
    this.hits.delete(key)
    this.hits.set(key, recent)
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string)
  }

  /** Forgets `key` (a successful sign-in clears its failures). */
  clear(key: string): void {
    this.hits.delete(key)
  }

  private recent(key: string, t: number): number[] {
    const since = t - this.limit.windowSeconds * 1000
    return (this.hits.get(key) ?? []).filter((at) => at > since)
  }
}
