import { randomSecret, type WireEnvironment } from './rules'

/** Who a session belongs to. */
export interface SessionSubject {
  email: string
  accountId: string
  organizationId: string
}

/** One login: every refresh token minted from it belongs to it, and dies with it. */
export interface SessionFamily {
  readonly id: string
  readonly subject: SessionSubject
  revoked: boolean
  currentRefreshToken: string
}

export type RotateResult =
  | {
      ok: true
      session: SessionFamily
      refreshToken: string
      /**
       * True for a replay inside the grace: the caller must answer with the very pair it gave the
       * first exchange of this token, not mint another.
       */
      replay: boolean
    }
  | { ok: false; reason: 'unknown' | 'revoked' | 'reused' | 'expired' }

interface RefreshRecord {
  sessionId: string
  mintedAt: number
  rotatedAt?: number
  successor?: string
}

/**
 * Memory bounds, so that a server of the contract left running for days, or hit by a burst,
 * stays small. Past them the oldest entries go; see `open` and `#mint`.
 */
export const FAMILY_LIMITS = {
  /** Families kept per account; a login past this drops the least recently used one. */
  familiesPerAccount: 50,
  /**
   * Refresh tokens remembered per family, the live one included. An older spent token is
   * forgotten: replaying it is `unknown` (still refused) rather than `reused` (which revokes).
   */
  refreshTokensPerFamily: 20,
} as const

// What the families keep beside the public shape: their tokens, and when they were last used.
interface FamilyState {
  refreshTokens: string[]
  lastMintedAt: number
}

/**
 * Rotating refresh-token families with reuse detection. A refresh token is good for one
 * exchange; a replay of a spent one (outside a short grace for racing tabs) is taken as theft
 * and kills the whole family. Access tokens are the caller's business: this holds only state.
 */
export class TokenFamilies {
  readonly #env: WireEnvironment
  readonly #graceMs: number
  readonly #refreshTtlMs: number
  readonly #onIssue: (secret: string) => void
  readonly #accessTtlMs: number
  readonly #onDrop: (sessionId: string) => void
  readonly #sessions = new Map<string, SessionFamily>()
  readonly #state = new WeakMap<SessionFamily, FamilyState>()
  readonly #refreshTokens = new Map<string, RefreshRecord>()

  constructor(options: {
    graceSeconds: number
    env: WireEnvironment
    /** Lifetime of each refresh token from its mint; 0 or absent: no limit. */
    refreshTtlSeconds?: number
    /**
     * Lifetime of the access tokens minted with each refresh token. A revoked family is kept
     * that long after its last mint, so its access tokens are still told "revoked"; then it
     * goes. Default 0: revoked families go at the next login.
     */
    accessTtlSeconds?: number
    /** Called with every refresh token as it is minted (leak guards, log scrubbing). */
    onIssue?: (secret: string) => void
    /** Called when a family is forgotten, so whoever keeps data per family can drop it too. */
    onDrop?: (sessionId: string) => void
  }) {
    this.#env = options.env
    this.#graceMs = options.graceSeconds * 1000
    this.#refreshTtlMs = (options.refreshTtlSeconds ?? 0) * 1000
    this.#accessTtlMs = (options.accessTtlSeconds ?? 0) * 1000
    this.#onIssue = options.onIssue ?? (() => {})
    this.#onDrop = options.onDrop ?? (() => {})
  }

  /** Starts a family (login) and returns it with its first refresh token. */
  open(subject: SessionSubject): { session: SessionFamily; refreshToken: string } {
    this.#prune(subject.accountId)
    const session: SessionFamily = {
      id: `sess_${randomSecret(this.#env.random, 16)}`,
      subject: { ...subject },
      revoked: false,
      currentRefreshToken: '',
    }
    this.#sessions.set(session.id, session)
    this.#state.set(session, { refreshTokens: [], lastMintedAt: this.#env.now() })
    return { session, refreshToken: this.#mint(session) }
  }

  /** How many families and refresh tokens are held, for tests of the memory bounds. */
  size(): { families: number; refreshTokens: number } {
    return { families: this.#sessions.size, refreshTokens: this.#refreshTokens.size }
  }

  /** Exchanges a refresh token. Synchronous, so two requests can never both rotate one token. */
  rotate(refreshToken: string): RotateResult {
    const record = this.#refreshTokens.get(refreshToken)
    if (!record) return { ok: false, reason: 'unknown' }
    const session = this.#sessions.get(record.sessionId)
    if (!session || session.revoked) return { ok: false, reason: 'revoked' }

    const now = this.#env.now()
    // Past its lifetime a token is refused, replay grace or not; the family is not revoked for
    // it (that is for theft), it simply cannot be refreshed any more.
    if (this.#refreshTtlMs > 0 && now - record.mintedAt >= this.#refreshTtlMs)
      return { ok: false, reason: 'expired' }
    if (record.successor === undefined) {
      record.rotatedAt = now
      record.successor = this.#mint(session)
      return { ok: true, session, refreshToken: record.successor, replay: false }
    }
    // Two tabs racing the same refresh: the loser gets the winner's pair instead of a logout.
    const isLatestRotation = record.successor === session.currentRefreshToken
    if (isLatestRotation && now - (record.rotatedAt ?? now) < this.#graceMs) {
      return { ok: true, session, refreshToken: record.successor, replay: true }
    }
    session.revoked = true
    return { ok: false, reason: 'reused' }
  }

  get(sessionId: string): SessionFamily | undefined {
    return this.#sessions.get(sessionId)
  }

  /** Ends a family (logout); false when it was unknown or already over. */
  revoke(sessionId: string): boolean {
    const session = this.#sessions.get(sessionId)
    if (!session || session.revoked) return false
    session.revoked = true
    return true
  }

  /** Ends every live family of a user (an admin's "sign out everywhere"); how many it ended. */
  revokeAll(email: string): number {
    let ended = 0
    for (const session of this.live())
      if (session.subject.email === email && this.revoke(session.id)) ended++
    return ended
  }

  /** Families not revoked, oldest first. */
  live(): SessionFamily[] {
    return [...this.#sessions.values()].filter((session) => !session.revoked)
  }

  // Revoked families whose access tokens have all expired go everywhere; then, if the account
  // still holds its quota, its least recently used families (revoked ones first).
  #prune(accountId: string): void {
    const now = this.#env.now()
    const ofAccount: Array<[SessionFamily, FamilyState]> = []
    for (const session of this.#sessions.values()) {
      const state = this.#state.get(session)!
      if (session.revoked && state.lastMintedAt + this.#accessTtlMs <= now) this.#drop(session)
      else if (session.subject.accountId === accountId) ofAccount.push([session, state])
    }
    ofAccount.sort(
      ([a, stateA], [b, stateB]) =>
        Number(b.revoked) - Number(a.revoked) || stateA.lastMintedAt - stateB.lastMintedAt,
    )
    const excess = ofAccount.length - FAMILY_LIMITS.familiesPerAccount + 1
    for (const [session] of ofAccount.slice(0, Math.max(0, excess))) this.#drop(session)
  }

  #drop(session: SessionFamily): void {
    for (const token of this.#state.get(session)!.refreshTokens) this.#refreshTokens.delete(token)
    this.#sessions.delete(session.id)
    this.#onDrop(session.id)
  }

  #mint(session: SessionFamily): string {
    const refreshToken = randomSecret(this.#env.random)
    const now = this.#env.now()
    this.#refreshTokens.set(refreshToken, { sessionId: session.id, mintedAt: now })
    const state = this.#state.get(session)!
    state.lastMintedAt = now
    state.refreshTokens.push(refreshToken)
    if (state.refreshTokens.length > FAMILY_LIMITS.refreshTokensPerFamily) {
      this.#refreshTokens.delete(state.refreshTokens.shift()!)
    }
    session.currentRefreshToken = refreshToken
    this.#onIssue(refreshToken)
    return refreshToken
  }
}
