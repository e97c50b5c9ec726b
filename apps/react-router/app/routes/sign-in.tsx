import { otpMessage } from '@auth-state/core'
import { useOtp } from '@auth-state/react'
import { type FormEvent, useState } from 'react'
import { auth } from '~/auth.server'

export const loader = auth.signedOut

// Every rule (cooldown, sends per minute, attempts, wording) is core's: this form shows `state`
// and calls the actions; errors land in `state.error`, worded by otpMessage. Once the code is
// right, the sign-in page's loader runs again and sends the visitor to ?next=.
export default function SignIn() {
  const { state, sendOtp, verifyOtp, reset, secondsUntilResend } = useOtp()
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

  return (
    <>
      <h1>Sign in</h1>
      {state.email === null ? (
        <form onSubmit={send}>
          <label htmlFor="email">Email</label>
          <input
            id="email"
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
        <form onSubmit={verify}>
          <p>
            Code for <strong>{state.email}</strong>{' '}
            <button type="button" onClick={reset}>
              Change email
            </button>
          </p>
          <label htmlFor="code">Code</label>
          <input
            id="code"
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
