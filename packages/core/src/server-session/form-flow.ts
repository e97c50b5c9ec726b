import { AuthError, type AuthErrorCode } from '../errors'
import type { OtpState } from '../otp'
import type { StoredOtp } from '../schemas'
import { chain, type PersistedValue } from '../storage'
import { is, object, text, validator } from '../stored'

/** The cookie `@auth-state/server`'s form posts leave: the flow, for the page script to adopt. */
export const FLOW_COOKIE = 'auth-state-flow'

interface FormFlow {
  email: string
  sentAt: number
  attemptsLeft: number
}

const count = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0

const formFlow = validator<FormFlow>(
  object({
    email: text,
    sentAt: is(count),
    attemptsLeft: (value) => (count(value) ? value : 0),
  }),
)

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
    // A failure has no `data`.
    return (
      (formFlow.safeParse(JSON.parse(decodeURIComponent(raw))) as { data?: FormFlow }).data ?? null
    )
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

/**
 * What a plain form post left for the sign-in page (`@auth-state/server`'s `signInForm(request)`,
 * rendered by the server): the fields `shownOtp` needs.
 */
export interface PostedSignIn {
  step: 'email' | 'code'
  email: string | null
  attemptsLeft: number
  error: string | null
}

const KNOWN: readonly string[] = [
  'invalid_input',
  'otp_cooldown',
  'otp_send_limit',
  'otp_invalid',
  'otp_attempts_exhausted',
  'otp_not_requested',
  'rate_limited',
  'network',
]

/**
 * The OTP state a sign-in form shows: the live flow (`useOtp()`, `$otp`) once it has begun,
 * else what the last plain form post left (`posted`, from the server render). The server and the
 * hydrating page render the same (the live flow starts idle in both), and once the page's client
 * has taken the flow over, its state is the same flow. Pass `null` once the user has left the
 * posted flow ("change email").
 *
 * @example
 * const { state } = useOtp()
 * const [posted, setPosted] = useState(form) // form = await auth.signInForm(...) on the server
 * const shown = shownOtp(state, posted)
 */
export function shownOtp(state: OtpState, posted: PostedSignIn | null | undefined): OtpState {
  if (!posted || state.step !== 'idle' || state.email !== null || state.error) return state
  if (!posted.email && !posted.error) return state
  const code =
    posted.error && KNOWN.includes(posted.error) ? posted.error : posted.error && 'server'
  const message =
    code === 'invalid_input' ? 'Enter a valid email address and the code it was sent.' : code || ''
  return {
    ...state,
    step: posted.step === 'code' ? (posted.attemptsLeft > 0 ? 'code-sent' : 'locked') : 'idle',
    email: posted.step === 'code' ? posted.email : null,
    attemptsLeft: posted.attemptsLeft,
    error: code ? new AuthError(code as AuthErrorCode, message) : null,
  }
}
