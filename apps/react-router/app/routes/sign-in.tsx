import { otpMessage } from '@auth-state/core'
import { useSignInForm } from '@auth-state/react-router'
import { type FormEvent, useState } from 'react'
import type { Route } from './+types/sign-in'

export { signInLoader as loader } from '../auth.server'

// Plain form posts before the script has loaded (the handler answers with redirects), the
// page's own flow after: every rule (cooldown, attempts, wording) is core's. Once the code is
// right, the sign-in page's loader runs again and sends the visitor to ?next=.
export default function SignIn({ loaderData }: Route.ComponentProps) {
  const { state, form, sendOtp, verifyOtp, reset, secondsUntilResend } = useSignInForm(
    loaderData.form,
  )
  const [email, setEmail] = useState('')
  const [code, setCode] = useState('')
  const busy = state.step === 'sending' || state.step === 'verifying'

  const send = (event: FormEvent) => {
    event.preventDefault()
    sendOtp(email).catch(() => {})
  }
  const verify = (event: FormEvent) => {
    event.preventDefault()
    verifyOtp(code).catch(() => {})
  }
  const next = form.next && <input type="hidden" name="next" value={form.next} />

  return (
    <>
      <h1>Sign in</h1>
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
        <form method="post" action={form.actions.verify} onSubmit={verify}>
          {next}
          <input type="hidden" name="email" value={state.email} />
          <p>
            Code for <strong>{state.email}</strong>{' '}
            <button
              type="submit"
              formAction={form.actions.reset}
              onClick={(event) => {
                event.preventDefault()
                reset()
              }}
            >
              Change email
            </button>
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
      )}
      <p role="status">{otpMessage(state)}</p>
    </>
  )
}
