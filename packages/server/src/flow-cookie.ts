import { readCookie } from './cookie'

/**
 * The sign-in flow a plain form post left: the email, when its code was sent, the attempts left
 * and the last error's code. Never the code. Page script reads it (so the browser client takes
 * the flow over once its script has loaded) and so does the server render (so the form shows the
 * right step before any script runs).
 */
export interface FormFlow {
  email: string
  /** When the code was sent, epoch ms; absent while the email step failed. */
  sentAt?: number
  attemptsLeft?: number
  /** The code of the last failure (`otp_invalid`, `otp_cooldown`, `forbidden`...). */
  error?: string
}

/** Not HttpOnly on purpose: it holds what the page shows anyway, and the page script adopts it. */
export const FLOW_COOKIE = 'auth-state-flow'
/** A code's life at the identity API: after it, the flow is over anyway. */
const FLOW_SECONDS = 600

const time = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** The flow the request's cookie carries, or `null` (absent or malformed). */
export function readFlow(header: string | null): FormFlow | null {
  const raw = readCookie(header, FLOW_COOKIE)
  if (!raw) return null
  let value: unknown
  try {
    value = JSON.parse(decodeURIComponent(raw))
  } catch {
    return null
  }
  const f = value as Record<string, unknown>
  if (
    !f ||
    typeof f !== 'object' ||
    typeof f.email !== 'string' ||
    !f.email ||
    f.email.length > 320
  )
    return null
  const flow: FormFlow = { email: f.email }
  if (time(f.sentAt)) flow.sentAt = f.sentAt as number
  if (time(f.attemptsLeft)) flow.attemptsLeft = f.attemptsLeft as number
  if (typeof f.error === 'string' && /^[a-z_]{1,40}$/.test(f.error)) flow.error = f.error
  return flow
}

/** A Set-Cookie for `flow`, or one that deletes the cookie (`null`). */
export function flowCookie(flow: FormFlow | null, secure: boolean): string {
  const parts = [
    `${FLOW_COOKIE}=${flow ? encodeURIComponent(JSON.stringify(flow)) : ''}`,
    'Path=/',
    'SameSite=Lax',
    `Max-Age=${flow ? FLOW_SECONDS : 0}`,
  ]
  if (secure) parts.push('Secure')
  return parts.join('; ')
}
