import type { AccessClaims, AccessTokenCodec } from '@auth-state/wire'

function base64url(json: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(json))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const HEADER = base64url({ alg: 'none', typ: 'JWT' })

/**
 * JWT-shaped access tokens without a signature: the client reads `exp` and `iat` from them as it
 * would from real ones, and the in-memory API knows its own by remembering what it issued, so a
 * test cannot forge one either. Synchronous, so a test can start signed in at once.
 */
export function unsignedTokens(): AccessTokenCodec {
  const issued = new Map<string, AccessClaims>()
  return {
    sign(claims) {
      const token = `${HEADER}.${base64url(claims)}.unsigned`
      issued.set(token, claims)
      return token
    },
    read: (token) => issued.get(token) ?? null,
  }
}
