'use client'
import { otpMessage, safeRedirect } from '@auth-state/core'
import { type PostedSignIn, shownOtp } from '@auth-state/core/server-session'
import { useSignInForm } from '@auth-state/next/client'
import { useOtp } from '@auth-state/react'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

// Plain forms that post to the handler until the script has loaded; then the same flow in the
// page, where every rule (cooldown, attempts, wording) is core's.
export function SignInForm() {
  const form = useSignInForm()
  const { state: live, sendOtp, verifyOtp, reset, secondsUntilResend } = useOtp()
  const router = useRouter()
  const [posted, setPosted] = useState<PostedSignIn | null>(form)
  const state = shownOtp(live, posted)
  const [email, setEmail] = useState(form.email ?? '')
  const [code, setCode] = useState('')
  const busy = state.step === 'sending' || state.step === 'verifying'
  const next = form.next ? <input type="hidden" name="next" value={form.next} /> : null

  const send = (event: FormEvent) => {
    event.preventDefault()
    sendOtp(email).catch(() => {})
  }
  const verify = (event: FormEvent) => {
    event.preventDefault()
    verifyOtp(code).then(
      () => router.replace(safeRedirect(form.next, '/account')),
      () => {},
    )
  }
  const changeEmail = (event: FormEvent) => {
    event.preventDefault()
    setPosted(null)
    reset()
  }

  return (
    <>
      {state.email === null ? (
        <form method="post" action={form.actions.send} onSubmit={send}>
          {next}
          <label htmlFor="email">Email</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" disabled={busy}>
            Send code
          </button>
        </form>
      ) : (
        <>
          <form method="post" action={form.actions.verify} onSubmit={verify}>
            {next}
            <input type="hidden" name="email" value={state.email} />
            <p>
              Code for <strong>{state.email}</strong>
            </p>
            <label htmlFor="code">Code</label>
            <input
              id="code"
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              disabled={state.step === 'locked'}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
            <p>{state.attemptsLeft} attempts left</p>
            <button type="submit" disabled={busy || state.step === 'locked'}>
              Verify
            </button>
            <button
              type="button"
              disabled={busy || secondsUntilResend > 0}
              onClick={() => sendOtp(state.email!).catch(() => {})}
            >
              {secondsUntilResend > 0 ? `Resend in ${secondsUntilResend} s` : 'Resend code'}
            </button>
          </form>
          <form method="post" action={form.actions.reset} onSubmit={changeEmail}>
            {next}
            <button type="submit">Change email</button>
          </form>
        </>
      )}
      <p role="status">{otpMessage(state)}</p>
    </>
  )
}
