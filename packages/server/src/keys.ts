import { AuthError } from '@auth-state/core/server'

/** A secret shorter than this is refused: 32 characters of a random string carry >= 128 bits. */
export const MIN_SECRET_LENGTH = 32

const encoder = new TextEncoder()
// Fixed labels: they bind the derived key to this use, so the same secret used elsewhere in an
// app (say, for another cookie) yields an unrelated key.
const SALT = encoder.encode('auth-state/server session cookie')
const INFO = encoder.encode('auth-state/server JWE dir A256GCM v1')

/**
 * The secrets as a list, checked at startup: a missing, empty or short secret is a clear
 * `invalid_input` now, not a forgeable cookie later.
 */
export function checkSecrets(secret: unknown): string[] {
  const list = Array.isArray(secret) ? secret : [secret]
  if (list.length === 0)
    throw new AuthError('invalid_input', 'createAuthServer: secret must not be an empty list')
  list.forEach((value, index) => {
    const name = Array.isArray(secret) ? `secret[${index}]` : 'secret'
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH)
      throw new AuthError(
        'invalid_input',
        `createAuthServer: ${name} must be a string of at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 32\`)`,
      )
  })
  return list as string[]
}

/** A 256-bit AES-GCM key for each secret, derived with HKDF-SHA-256 through Web Crypto. */
export async function deriveKey(secret: string): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: INFO },
    material,
    256,
  )
  return new Uint8Array(bits)
}
