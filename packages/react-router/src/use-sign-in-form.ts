import { type UseOtpResult, useAuth, useOtp } from '@auth-state/react'
import type { SignInForm } from '@auth-state/server'
import { formOtpState } from './form-otp-state'
import { useHydrated } from './use-hydrated'

export interface UseSignInFormResult extends UseOtpResult {
  /** Where each plain `<form method="post">` posts, and the `?next=` to post back with it. */
  form: SignInForm
}

/**
 * `useOtp()` for a sign-in page whose forms also work before the script has loaded: until
 * hydration, `state` is what the server saw (`form`, from `auth.signInLoader`: the step, the
 * email, the attempts and the error the last plain post left), so the server's markup and the
 * hydrating render agree; then the page's own flow, which has taken that flow over.
 *
 * @example
 * const { state, form, sendOtp } = useSignInForm(loaderData.form)
 * <form method="post" action={form.actions.send} onSubmit={...}>
 */
export function useSignInForm(form: SignInForm): UseSignInFormResult {
  const otp = useOtp()
  const auth = useAuth()
  const live = useHydrated()
  return { ...otp, state: live ? otp.state : formOtpState(form, auth.initialOtp), form }
}
