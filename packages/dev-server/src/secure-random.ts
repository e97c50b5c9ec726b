import { randomBytes } from 'node:crypto'

/**
 * Uniform in [0, 1) from the OS's CSPRNG, 48 bits at a time: the randomness the wire rules draw
 * codes and refresh tokens from. Never `Math.random`, whose output can be predicted.
 */
export function secureRandom(): number {
  return randomBytes(6).readUIntBE(0, 6) / 2 ** 48
}
