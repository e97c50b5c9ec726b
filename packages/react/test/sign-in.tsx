import { otpMessage } from '@auth-state/core'
import { type FormEvent, useState } from 'react'
import { useOtp, useSession } from '../src'

/** The README's sign-in form, exercised by the tests. */
export function SignIn() {
  const { state, sendOtp, verifyOtp, reset, secondsUntilResend } = useOtp()
  const [email, setEmail] = useState('')
  const [code, setCode] = useState('')
  const enteringCode = state.step !== 'idle' && state.step !== 'sending'
  const message = otpMessage(state)

  function submit(event: FormEvent) {
    event.preventDefault()
    // The error is already in `state`, where otpMessage words it.
    const done = enteringCode ? verifyOtp(code) : sendOtp(email)
    done.catch(() => {})
  }

  return (
    <form onSubmit={submit}>
      {enteringCode ? (
        <input
          aria-label="Code"
          autoComplete="one-time-code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
      ) : (
        <input
          aria-label="Email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      )}
      <button type="submit">{enteringCode ? 'Verify' : 'Send code'}</button>
      {enteringCode && (
        <>
          <button
            type="button"
            disabled={secondsUntilResend > 0}
            onClick={() => sendOtp(state.email ?? '').catch(() => {})}
          >
            {secondsUntilResend > 0 ? `Resend in ${secondsUntilResend}s` : 'Resend code'}
          </button>
          <button type="button" onClick={reset}>
            Use another email
          </button>
        </>
      )}
      {message && <p role="status">{message}</p>}
    </form>
  )
}

/** Shows the signed-in email through a selector: it re-renders only when the email changes. */
export function Email() {
  const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
  return <p>{email ?? 'signed out'}</p>
}
