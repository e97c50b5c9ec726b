import { randomInt, timingSafeEqual } from 'node:crypto'

export interface OtpLimits {
  ttlMs: number
  cooldownMs: number
  maxSendsPerWindow: number
  windowMs: number
  maxAttempts: number
}

export type SendResult = { ok: true; code: string } | { ok: false; retryAfterSeconds: number }

interface ActiveCode {
  code: string
  expiresAt: number
  wrongAttempts: number
}

function generateCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0')
}

function sameCode(expected: string, given: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * One live code per email plus its send history. Emails must already be normalized.
 * A code dies when used, when it expires, when a new one replaces it, or after too many wrong
 * tries; every one of those failures looks the same to the caller on purpose.
 */
export class OtpStore {
  readonly #limits: OtpLimits
  readonly #now: () => number
  readonly #codes = new Map<string, ActiveCode>()
  readonly #sends = new Map<string, number[]>()

  constructor(limits: OtpLimits, now: () => number) {
    this.#limits = limits
    this.#now = now
  }

  send(email: string): SendResult {
    const now = this.#now()
    this.#prune(now)
    const { cooldownMs, windowMs, maxSendsPerWindow, ttlMs } = this.#limits
    // Only successful sends are kept, so the limit itself bounds this to maxSendsPerWindow.
    const recent = (this.#sends.get(email) ?? []).filter((at) => now - at < windowMs)
    let waitMs = 0
    const last = recent[recent.length - 1]
    if (last !== undefined && now - last < cooldownMs) waitMs = last + cooldownMs - now
    if (recent.length >= maxSendsPerWindow) {
      const oldest = recent[recent.length - maxSendsPerWindow] ?? now
      waitMs = Math.max(waitMs, oldest + windowMs - now)
    }
    this.#sends.set(email, recent)
    if (waitMs > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }

    recent.push(now)
    const code = generateCode()
    this.#codes.set(email, { code, expiresAt: now + ttlMs, wrongAttempts: 0 })
    return { ok: true, code }
  }

  /** How many live codes and send histories are held, for the memory-bound tests. */
  size(): { codes: number; sendHistories: number } {
    return { codes: this.#codes.size, sendHistories: this.#sends.size }
  }

  // Expired codes and send histories that no longer limit anything are forgotten.
  #prune(now: number): void {
    for (const [email, active] of this.#codes) {
      if (now >= active.expiresAt) this.#codes.delete(email)
    }
    const { windowMs, cooldownMs } = this.#limits
    for (const [email, sends] of this.#sends) {
      const last = sends[sends.length - 1]
      if (last === undefined || now - last >= Math.max(windowMs, cooldownMs)) {
        this.#sends.delete(email)
      }
    }
  }

  verify(email: string, code: string): boolean {
    const active = this.#codes.get(email)
    if (!active) return false
    if (this.#now() >= active.expiresAt) {
      this.#codes.delete(email)
      return false
    }
    if (sameCode(active.code, code)) {
      this.#codes.delete(email)
      return true
    }
    active.wrongAttempts += 1
    if (active.wrongAttempts >= this.#limits.maxAttempts) this.#codes.delete(email)
    return false
  }
}
