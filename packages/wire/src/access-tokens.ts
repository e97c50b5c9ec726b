import { randomSecret } from './rules'
import type { SessionFamily } from './token-families'

/** The claims of an access token (a JWT). */
export interface AccessClaims {
  /** The account id. */
  sub: string
  email: string
  /** The organization at login. */
  org: string
  /** The session family, so that logout and reuse detection reach every token of a login. */
  sid: string
  jti: string
  iat: number
  exp: number
}

/**
 * How one server of the contract signs and reads its access tokens. The dev server signs real
 * HS256 JWTs; the testing kit mints unsigned ones and remembers what it issued.
 */
export interface AccessTokenCodec {
  sign(claims: AccessClaims): string | Promise<string>
  /** The claims of a token this server issued, expired or not; null for anything else. */
  read(token: string): AccessClaims | null | Promise<AccessClaims | null>
}

export function accessClaims(
  session: SessionFamily,
  now: number,
  ttlSeconds: number,
  random: () => number,
): AccessClaims {
  const iat = Math.floor(now / 1000)
  return {
    sub: session.subject.accountId,
    email: session.subject.email,
    org: session.subject.organizationId,
    sid: session.id,
    jti: randomSecret(random, 22),
    iat,
    exp: iat + ttlSeconds,
  }
}

/** As JWT libraries count it: expired from the second `exp` names, with no tolerance. */
export function isExpired(claims: AccessClaims, now: number): boolean {
  return claims.exp <= Math.floor(now / 1000)
}
