import { randomBytes } from 'node:crypto'
import type { AccessClaims, AccessTokenCodec } from '@auth-state/wire'
import { compactVerify, SignJWT } from 'jose'

const ALGORITHM = 'HS256'
const STRING_CLAIMS = ['sub', 'email', 'org', 'sid', 'jti'] as const

function isClaims(value: unknown): value is AccessClaims {
  if (typeof value !== 'object' || value === null) return false
  const claims = value as Record<string, unknown>
  return (
    STRING_CLAIMS.every((name) => typeof claims[name] === 'string') &&
    Number.isFinite(claims.iat) &&
    Number.isFinite(claims.exp)
  )
}

/**
 * Real HS256 JWTs, signed with a key drawn at start. Reading checks the signature only: the
 * wire rules judge expiry on the server's (skewable) clock, and logout must still read the
 * session of an expired token.
 */
export function hs256Tokens(): AccessTokenCodec {
  const key = new Uint8Array(randomBytes(32))
  return {
    sign: (claims) =>
      new SignJWT({ ...claims }).setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' }).sign(key),
    async read(token) {
      try {
        const { payload } = await compactVerify(token, key, { algorithms: [ALGORITHM] })
        const claims: unknown = JSON.parse(new TextDecoder().decode(payload))
        return isClaims(claims) ? claims : null
      } catch {
        return null
      }
    },
  }
}
