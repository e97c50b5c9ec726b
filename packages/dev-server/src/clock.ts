/** The settable skew of the server clock; tests move it to expire tokens without waiting. */
export interface ServerClock {
  offsetSeconds: number
}

/** Server time in ms: the injectable base clock plus the current skew. */
export function createServerTime(now: () => number, clock: ServerClock): () => number {
  return () => now() + clock.offsetSeconds * 1000
}
