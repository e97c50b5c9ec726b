import { otpMessage } from '@auth-state/core'
import { useOtp } from '@auth-state/react'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { plural } from '../shared/format'

// Email, then code. Every rule (cooldown, sends per minute, attempts, wording) is core's: this
// component shows `state` and calls the actions; errors land in `state.error`.
export function SignIn() {
  const { state, sendOtp, verifyOtp, reset, secondsUntilResend } = useOtp()
  const [email, setEmail] = useState('')
  const [code, setCode] = useState('')
  const [focusCode, setFocusCode] = useState(false)
  const codeInput = useRef<HTMLInputElement>(null)
  const id = useId()

  const codeStep = state.email !== null // a code was sent (or is being re-sent)
  const locked = state.step === 'locked'
  const busy = state.step === 'sending' || state.step === 'verifying'

  // Move focus to the code field once the code is on its way (only in the panel that sent it).
  useEffect(() => {
    if (focusCode && codeStep) {
      codeInput.current?.focus()
      setFocusCode(false)
    }
  }, [focusCode, codeStep])

  const send = (address: string) =>
    sendOtp(address).then(
      () => {
        setCode('')
        setFocusCode(true)
      },
      () => {}, // shown from state.error
    )

  const onEmail = (event: FormEvent) => {
    event.preventDefault()
    send(email)
  }
  const onCode = (event: FormEvent) => {
    event.preventDefault()
    verifyOtp(code).catch(() => codeInput.current?.select())
  }

  return (
    <div className="sign-in">
      {codeStep ? (
        <form onSubmit={onCode}>
          <p className="for-email">
            <span>
              Code for <strong>{state.email}</strong>
            </span>
            <button type="button" className="link" onClick={reset}>
              Change email
            </button>
          </p>
          <label htmlFor={`${id}-code`}>Code</label>
          <input
            id={`${id}-code`}
            ref={codeInput}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={8}
            disabled={locked}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <p className="hint">
            {locked ? 'No attempts left' : `${plural(state.attemptsLeft, 'attempt')} left`}
          </p>
          <div className="actions">
            <button type="submit" disabled={busy || locked}>
              {state.step === 'verifying' ? 'Verifying…' : 'Verify'}
            </button>
            <button
              type="button"
              disabled={busy || secondsUntilResend > 0}
              onClick={() => send(state.email!)}
            >
              {secondsUntilResend > 0 ? `Resend in ${secondsUntilResend} s` : 'Resend code'}
            </button>
          </div>
        </form>
      ) : (
        <form onSubmit={onEmail}>
          <label htmlFor={`${id}-email`}>Email</label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <div className="actions">
            <button type="submit" disabled={busy}>
              {state.step === 'sending' ? 'Sending…' : 'Send code'}
            </button>
          </div>
        </form>
      )}
      <p className="message" role="status" aria-live="polite">
        {otpMessage(state)}
      </p>
    </div>
  )
}
