import type { StoredOtp } from '../schemas'
import { chain, type PersistedValue } from '../storage'

/** The cookie `@auth-state/server`'s form posts leave: the flow, for the page script to adopt. */
export const FLOW_COOKIE = 'auth-state-flow'

interface FormFlow {
  email: string
  sentAt: number
  attemptsLeft: number
}

const time = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/**
 * The code flow a plain form post began before this page's script had loaded (sign-in before
 * hydration), taken out of its cookie: the cookie is deleted, the flow lives in storage from
 * here on like any flow this client began. `null` when there is none or it holds no sent code.
 */
export function takeFormFlow(doc: { cookie: string } | undefined): FormFlow | null {
  if (!doc) return null
  let raw: string | undefined
  try {
    raw = doc.cookie
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${FLOW_COOKIE}=`))
      ?.slice(FLOW_COOKIE.length + 1)
  } catch {
    return null // a sandboxed document may refuse cookie access
  }
  if (!raw) return null
  doc.cookie = `${FLOW_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
  try {
    const f = JSON.parse(decodeURIComponent(raw)) as Record<string, unknown>
    if (typeof f.email !== 'string' || !f.email || !time(f.sentAt)) return null
    return {
      email: f.email,
      sentAt: f.sentAt,
      attemptsLeft: time(f.attemptsLeft) ? f.attemptsLeft : 0,
    }
  } catch {
    return null
  }
}

/**
 * `store` with `flow` merged into what it holds on the first read: the send counts toward the
 * browser's cap and the email's cooldown, and the flow is the one in progress. The OTP flow
 * then starts at code entry for that email, as if this tab had sent the code.
 */
export function withFormFlow(
  store: PersistedValue<StoredOtp>,
  flow: FormFlow | null,
): PersistedValue<StoredOtp> {
  if (!flow) return store
  let pending = true
  return {
    read: () =>
      chain(store.read(), (stored) => {
        if (!pending) return stored
        pending = false
        const base: StoredOtp = stored ?? { v: 1, sends: [], resendAvailableAt: null }
        const emails = (base.emails ?? []).filter((e) => e.email !== flow.email)
        const merged: StoredOtp = {
          ...base,
          sends: [...new Set([...base.sends, flow.sentAt])].sort((a, b) => a - b),
          emails: [...emails, { email: flow.email, sentAt: flow.sentAt }],
          flow,
        }
        void store.write(merged)
        return merged
      }),
    write: (value) => store.write(value),
  }
}
