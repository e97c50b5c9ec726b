import { AuthError } from './errors'

// Deliberately loose: the server is the judge of deliverability; this only catches typos early.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/
const CODE = /^\d{4,8}$/

/** Trims and lower-cases an email, or throws `invalid_input`. */
export function parseEmail(email: unknown): string {
  const value = typeof email === 'string' ? email.trim().toLowerCase() : ''
  if (value.length > 254 || !EMAIL.test(value))
    throw new AuthError('invalid_input', 'Enter a valid email address.')
  return value
}

/** Accepts a one-time code of 4 to 8 digits (spaces ignored), or throws `invalid_input`. */
export function parseCode(code: unknown): string {
  const value = typeof code === 'string' ? code.replace(/\s+/g, '') : ''
  if (!CODE.test(value)) throw new AuthError('invalid_input', 'Enter the 4 to 8 digit code.')
  return value
}
