import { randomBytes, randomUUID } from 'node:crypto'
import { errors, jwtVerify, SignJWT } from 'jose'

export interface TokenPair {
  token: string
  refreshToken: string
}

/** The claims of an access token. */
export interface AccessClaims {
  sub: string
  email: string
  org: string
  sid: string
  jti: string
  iat: number
  exp: number
}

export interface SessionSubject {
  email: string
  accountId: string
  organizationId: string
}

export type RefreshResult =
  | { ok: true; pair: TokenPair }
  | { ok: false; reason: 'unknown' | 'revoked' | 'reused' }

export type VerifyResult =
  | { ok: true; claims: AccessClaims }
  | { ok: false; reason: 'invalid' | 'expired' | 'revoked' }

export interface TokenServiceOptions {
  ttlSeconds: number
  graceSeconds: number
  now: () => number
  /** Called with every credential as it is minted. */
  onIssue: (secret: string) => void
}

/**
 * Memory bounds: a dev server runs for days and takes bursts from test suites. Past these,
 * the oldest entries go (see `#prune` and `#mint`).
 */
export const TOKEN_LIMITS = {
  /** Sessions kept per account; a new login past this drops the least recently used one. */
  sessionsPerAccount: 50,
  /**
   * Refresh tokens remembered per session, the live one included. An older spent token is
   * forgotten: replaying it gets the same 401 as any unknown token, without revoking the family.
   */
  refreshTokensPerSession: 20,
} as const

// A session is one refresh-token family: everything minted from one login.
interface Session {
  id: string
  subject: SessionSubject
  revoked: boolean
  currentRefreshToken: string
  // Its refresh tokens still in #refreshTokens, oldest first; the last is the current one.
  refreshTokens: string[]
  // The latest `exp` (ms) of an access token of this session: after it, a revoked session has
  // nothing left to answer for and can go.
  lastExpiresAt: number
  lastUsedAt: number
}

interface RefreshRecord {
  sessionId: string
  // Set once the token has been exchanged: when, and for what. The pair is a promise so that
  // racing requests that arrive while it is still being signed get the very same pair.
  rotatedAt?: number
  successor?: string
  next?: Promise<TokenPair>
}

const ALGORITHM = 'HS256'

/** Access JWTs, rotating refresh-token families, and their revocation. */
export class TokenService {
  readonly #key = new Uint8Array(randomBytes(32))
  readonly #options: TokenServiceOptions
  readonly #sessions = new Map<string, Session>()
  readonly #refreshTokens = new Map<string, RefreshRecord>()

  constructor(options: TokenServiceOptions) {
    this.#options = options
  }

  /** Starts a new session (login). */
  createSession(subject: SessionSubject): Promise<TokenPair> {
    const now = this.#options.now()
    this.#prune(subject.accountId, now)
    const session: Session = {
      id: randomUUID(),
      subject: { ...subject },
      revoked: false,
      currentRefreshToken: '',
      refreshTokens: [],
      lastExpiresAt: now,
      lastUsedAt: now,
    }
    this.#sessions.set(session.id, session)
    return this.#mint(session).pair
  }

  /** How many sessions and refresh tokens are held, for the memory-bound tests. */
  size(): { sessions: number; refreshTokens: number } {
    return { sessions: this.#sessions.size, refreshTokens: this.#refreshTokens.size }
  }

  /**
   * Exchanges a refresh token. The state change happens synchronously, before any await, so
   * two requests carrying the same token can never both rotate it.
   */
  async refresh(refreshToken: string): Promise<RefreshResult> {
    const record = this.#refreshTokens.get(refreshToken)
    if (!record) return { ok: false, reason: 'unknown' }
    const session = this.#sessions.get(record.sessionId)
    if (!session || session.revoked) return { ok: false, reason: 'revoked' }

    const now = this.#options.now()
    session.lastUsedAt = now
    if (record.next === undefined) {
      const minted = this.#mint(session)
      record.rotatedAt = now
      record.successor = minted.refreshToken
      record.next = minted.pair
      return { ok: true, pair: await minted.pair }
    }

    // Two tabs racing the same refresh: the loser gets the winner's pair instead of a logout.
    const isLatestRotation = record.successor === session.currentRefreshToken
    const elapsed = now - (record.rotatedAt ?? now)
    if (isLatestRotation && elapsed < this.#options.graceSeconds * 1000) {
      return { ok: true, pair: await record.next }
    }
    // Anything else is a replay of a spent token: assume theft and kill the whole family.
    session.revoked = true
    return { ok: false, reason: 'reused' }
  }

  async verifyAccess(token: string): Promise<VerifyResult> {
    let claims: AccessClaims
    try {
      const { payload } = await jwtVerify(token, this.#key, {
        algorithms: [ALGORITHM],
        currentDate: new Date(this.#options.now()),
        requiredClaims: ['sub', 'sid', 'exp', 'iat'],
      })
      claims = payload as unknown as AccessClaims
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' }
    }
    const session = this.#sessions.get(claims.sid)
    if (!session) return { ok: false, reason: 'invalid' }
    if (session.revoked) return { ok: false, reason: 'revoked' }
    return { ok: true, claims }
  }

  /** Logout: ends the session an access token belongs to, even if that token has expired. */
  async revokeByAccessToken(token: string): Promise<boolean> {
    let sid: unknown
    try {
      sid = (await jwtVerify(token, this.#key, { algorithms: [ALGORITHM] })).payload.sid
    } catch (error) {
      // jose authenticates the signature before checking claims, so an expired token's
      // payload is still trustworthy here.
      if (!(error instanceof errors.JWTExpired)) return false
      sid = error.payload.sid
    }
    const session = typeof sid === 'string' ? this.#sessions.get(sid) : undefined
    if (!session || session.revoked) return false
    session.revoked = true
    return true
  }

  // Revoked sessions whose access tokens have all expired are dropped everywhere; then, if the
  // account still holds its quota, its least recently used session (revoked ones first).
  #prune(accountId: string, now: number): void {
    const ofAccount: Session[] = []
    for (const session of this.#sessions.values()) {
      if (session.revoked && session.lastExpiresAt <= now) this.#drop(session)
      else if (session.subject.accountId === accountId) ofAccount.push(session)
    }
    ofAccount.sort((a, b) => Number(b.revoked) - Number(a.revoked) || a.lastUsedAt - b.lastUsedAt)
    const excess = ofAccount.length - TOKEN_LIMITS.sessionsPerAccount + 1
    for (const session of ofAccount.slice(0, Math.max(0, excess))) this.#drop(session)
  }

  #drop(session: Session): void {
    for (const token of session.refreshTokens) this.#refreshTokens.delete(token)
    this.#sessions.delete(session.id)
  }

  // The refresh token is created and registered synchronously; only the JWT signature waits.
  #mint(session: Session): { refreshToken: string; pair: Promise<TokenPair> } {
    const refreshToken = randomBytes(32).toString('base64url')
    this.#refreshTokens.set(refreshToken, { sessionId: session.id })
    session.refreshTokens.push(refreshToken)
    if (session.refreshTokens.length > TOKEN_LIMITS.refreshTokensPerSession) {
      this.#refreshTokens.delete(session.refreshTokens.shift()!)
    }
    session.currentRefreshToken = refreshToken
    this.#options.onIssue(refreshToken)
    const pair = this.#sign(session).then((token) => ({ token, refreshToken }))
    return { refreshToken, pair }
  }

  async #sign(session: Session): Promise<string> {
    const iat = Math.floor(this.#options.now() / 1000)
    session.lastExpiresAt = Math.max(session.lastExpiresAt, (iat + this.#options.ttlSeconds) * 1000)
    const token = await new SignJWT({
      email: session.subject.email,
      org: session.subject.organizationId,
      sid: session.id,
    })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(session.subject.accountId)
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.#options.ttlSeconds)
      .sign(this.#key)
    this.#options.onIssue(token)
    return token
  }
}
