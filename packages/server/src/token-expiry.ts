import { decodeJwt } from 'jose'

/** The access token's `exp` in epoch ms, or `null` when it has none or is not a JWT. */
export function tokenExpiry(token: string): number | null {
  try {
    const { exp } = decodeJwt(token)
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : null
  } catch {
    return null
  }
}
