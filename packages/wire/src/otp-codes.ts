import type { WireEnvironment, WireRules } from './rules'

export type SendResult =
  | { ok: true; code: string }
  | {
      ok: false
      /** Which rule refused it: the wait after a send, or the cap on sends per window. */
      reason: 'cooldown' | 'cap'
      retryAfterSeconds: number
    }

type CodeRules = Pick<
  WireRules,
  | 'codeLength'
  | 'codeTtlSeconds'
  | 'maxAttempts'
  | 'cooldownSeconds'
  | 'maxSendsPerWindow'
  | 'sendWindowSeconds'
>

interface ActiveCode {
  code: string
  expiresAt: number
  wrongAttempts: number
}

// Compares every character whatever the first difference, so timing says nothing about the code.
function sameCode(expected: string, given: string): boolean {
  if (expected.length !== given.length) return false
  let diff = 0
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.charCodeAt(i)
  return diff === 0
}

/**
 * One live code per email plus its send history. Emails must already be normalized.
 * A code dies when used, when it expires, when a new one replaces it, or after too many wrong
 * tries; every one of those failures looks the same to the caller on purpose.
 */
export class OtpCodes {
  readonly #rules: CodeRules
  readonly #env: WireEnvironment
  readonly #codes = new Map<string, ActiveCode>()
  readonly #sends = new Map<string, number[]>()

  constructor(rules: CodeRules, env: WireEnvironment) {
    this.#rules = rules
    this.#env = env
  }

  /** A new code for `email`, or how long the send throttle says to wait. */
  send(email: string): SendResult {
    const now = this.#env.now()
    this.#prune(now)
    const { cooldownSeconds, sendWindowSeconds, maxSendsPerWindow, codeTtlSeconds } = this.#rules
    const windowMs = sendWindowSeconds * 1000
    const cooldownMs = cooldownSeconds * 1000
    const recent = (this.#sends.get(email) ?? []).filter((at) => now - at < windowMs)
    let waitMs = 0
    let reason: 'cooldown' | 'cap' = 'cooldown'
    const last = recent[recent.length - 1]
    if (last !== undefined && now - last < cooldownMs) waitMs = last + cooldownMs - now
    if (recent.length >= maxSendsPerWindow) {
      const oldest = recent[recent.length - maxSendsPerWindow] ?? now
      // The rule that makes the caller wait longest is the one named.
      if (oldest + windowMs - now > waitMs) reason = 'cap'
      waitMs = Math.max(waitMs, oldest + windowMs - now)
    }
    this.#sends.set(email, recent)
    if (waitMs > 0)
      return { ok: false, reason, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }

    recent.push(now)
    const code = this.#generate()
    this.#codes.set(email, { code, expiresAt: now + codeTtlSeconds * 1000, wrongAttempts: 0 })
    return { ok: true, code }
  }

  /** True once for the live code of `email`; a wrong code counts against it. */
  verify(email: string, code: string): boolean {
    const active = this.#codes.get(email)
    if (!active) return false
    if (this.#env.now() >= active.expiresAt) {
      this.#codes.delete(email)
      return false
    }
    if (sameCode(active.code, code)) {
      this.#codes.delete(email)
      return true
    }
    active.wrongAttempts += 1
    if (active.wrongAttempts >= this.#rules.maxAttempts) this.#codes.delete(email)
    return false
  }

  /** How many live codes and send histories are held, for tests of the memory bounds. */
  size(): { codes: number; sendHistories: number } {
    return { codes: this.#codes.size, sendHistories: this.#sends.size }
  }

  // Expired codes, and send histories that no longer limit anything, are forgotten. The
  // histories need no other cap: only successful sends are kept, at most maxSendsPerWindow.
  #prune(now: number): void {
    for (const [email, active] of this.#codes) {
      if (now >= active.expiresAt) this.#codes.delete(email)
    }
    const { sendWindowSeconds, cooldownSeconds } = this.#rules
    const stale = Math.max(sendWindowSeconds, cooldownSeconds) * 1000
    for (const [email, sends] of this.#sends) {
      const last = sends[sends.length - 1]
      if (last === undefined || now - last >= stale) this.#sends.delete(email)
    }
  }

  #generate(): string {
    const { codeLength } = this.#rules
    return Math.floor(this.#env.random() * 10 ** codeLength)
      .toString()
      .padStart(codeLength, '0')
  }
}
