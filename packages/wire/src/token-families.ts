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
  | { ok: false; reason: 'unknown' | 'revoked' | 'reused' }

interface RefreshRecord {
  sessionId: string
  rotatedAt?: number
  successor?: string
}

/**
 * Rotating refresh-token families with reuse detection. A refresh token is good for one
 * exchange; a replay of a spent one (outside a short grace for racing tabs) is taken as theft
 * and kills the whole family. Access tokens are the caller's business: this holds only state.
 */
export class TokenFamilies {
  readonly #env: WireEnvironment
  readonly #graceMs: number
  readonly #onIssue: (secret: string) => void
  readonly #sessions = new Map<string, SessionFamily>()
  readonly #refreshTokens = new Map<string, RefreshRecord>()

  constructor(options: {
    graceSeconds: number
    env: WireEnvironment
    /** Called with every refresh token as it is minted (leak guards, log scrubbing). */
    onIssue?: (secret: string) => void
  }) {
    this.#env = options.env
    this.#graceMs = options.graceSeconds * 1000
    this.#onIssue = options.onIssue ?? (() => {})
  }

  /** Starts a family (login) and returns it with its first refresh token. */
  open(subject: SessionSubject): { session: SessionFamily; refreshToken: string } {
    const session: SessionFamily = {
      id: `sess_${randomSecret(this.#env.random, 16)}`,
      subject: { ...subject },
      revoked: false,
      currentRefreshToken: '',
    }
    this.#sessions.set(session.id, session)
    return { session, refreshToken: this.#mint(session) }
  }

  /** Exchanges a refresh token. Synchronous, so two requests can never both rotate one token. */
  rotate(refreshToken: string): RotateResult {
    const record = this.#refreshTokens.get(refreshToken)
    if (!record) return { ok: false, reason: 'unknown' }
    const session = this.#sessions.get(record.sessionId)
    if (!session || session.revoked) return { ok: false, reason: 'revoked' }

    const now = this.#env.now()
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

  /** Families not revoked, oldest first. */
  live(): SessionFamily[] {
    return [...this.#sessions.values()].filter((session) => !session.revoked)
  }

  #mint(session: SessionFamily): string {
    const refreshToken = randomSecret(this.#env.random)
    this.#refreshTokens.set(refreshToken, { sessionId: session.id })
    session.currentRefreshToken = refreshToken
    this.#onIssue(refreshToken)
    return refreshToken
  }
}
