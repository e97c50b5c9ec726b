import { EncryptJWT, jwtDecrypt } from 'jose'
import { deriveKey } from './keys'

/** What the sealed cookie carries: the session's id in the store and its view at sealing time. */
export interface CookieSession {
  /** The session's key in the store. */
  id: string
  email: string
  organizationId: string
  accountId: string | null
  /** Access token expiry, epoch ms. */
  expiresAt: number
  refreshedAt: number
  sessionExpiresAt: number
}

/** Browsers keep cookies up to 4096 bytes, name included; a longer seal is refused. */
export const MAX_COOKIE_VALUE = 3900

export interface Sealer {
  /** An encrypted, authenticated JWE (`dir`, A256GCM) with the first secret's key. */
  seal(session: CookieSession): Promise<string>
  /** The session, or `null` for anything that is not a live seal of ours. Never throws. */
  unseal(value: string): Promise<CookieSession | null>
}

// Short claim names keep the cookie small.
interface Claims {
  sid: string
  em: string
  org: string
  acc: string | null
  xp: number
  rf: number
  sx: number
}

function fromClaims(claims: Record<string, unknown>): CookieSession | null {
  const c = claims as Partial<Claims>
  const ok =
    typeof c.sid === 'string' &&
    c.sid.length > 0 &&
    typeof c.em === 'string' &&
    typeof c.org === 'string' &&
    (c.acc === null || typeof c.acc === 'string') &&
    typeof c.xp === 'number' &&
    typeof c.rf === 'number' &&
    typeof c.sx === 'number'
  if (!ok) return null
  return {
    id: c.sid!,
    email: c.em!,
    organizationId: c.org!,
    accountId: c.acc ?? null,
    expiresAt: c.xp!,
    refreshedAt: c.rf!,
    sessionExpiresAt: c.sx!,
  }
}

const JWE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

/**
 * True for a compact JWE each of whose parts is base64url exactly as it would be encoded: so no
 * change to a cookie, even one in the unused bits of a last character or in whitespace a decoder
 * would skip, still unseals.
 */
function isCanonical(value: string): boolean {
  if (!JWE.test(value)) return false
  try {
    return value.split('.').every((part) => {
      const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'))
      return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') === part
    })
  } catch {
    return false
  }
}

/**
 * Seals with the first secret, unseals with any: rotate by putting the new secret first and
 * keeping the old one until the cookies it sealed have expired.
 */
export function createSealer(secrets: string[], now: () => number): Sealer {
  // Derived once, on first use: Web Crypto is async and createAuthServer is not.
  let keys: Promise<Uint8Array[]> | undefined
  const getKeys = () => {
    keys ??= Promise.all(secrets.map(deriveKey))
    return keys
  }

  return {
    async seal(session) {
      const [key] = await getKeys()
      const claims: Claims = {
        sid: session.id,
        em: session.email,
        org: session.organizationId,
        acc: session.accountId,
        xp: session.expiresAt,
        rf: session.refreshedAt,
        sx: session.sessionExpiresAt,
      }
      return new EncryptJWT({ ...claims })
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
        .setIssuedAt(Math.floor(now() / 1000))
        .setExpirationTime(Math.floor(session.sessionExpiresAt / 1000))
        .encrypt(key!)
    },
    async unseal(value) {
      if (typeof value !== 'string' || value.length > MAX_COOKIE_VALUE || !isCanonical(value))
        return null
      let all: Uint8Array[]
      try {
        all = await getKeys()
      } catch {
        return null
      }
      for (const key of all) {
        try {
          const { payload } = await jwtDecrypt(value, key, {
            keyManagementAlgorithms: ['dir'],
            contentEncryptionAlgorithms: ['A256GCM'],
            currentDate: new Date(now()),
          })
          return fromClaims(payload)
        } catch {
          // Another key may have sealed it; else it is forged, tampered, foreign or expired.
        }
      }
      return null
    },
  }
}
