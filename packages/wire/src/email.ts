// Deliberately loose: dev users like `alice@localhost` must work, only obvious junk is refused.
const EMAIL = /^[^\s@]+@[^\s@]+$/

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value)
}

/** Emails are matched case-insensitively, as mail providers do. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}
