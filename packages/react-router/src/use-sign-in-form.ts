import { shownOtp } from '@auth-state/core/server-session'
import { type UseOtpResult, useOtp } from '@auth-state/react/server-session'
import type { SignInForm } from '@auth-state/server'
import { useHydrated } from './use-hydrated'

export interface UseSignInFormResult extends UseOtpResult {
  /** Where each plain `<form method="post">` posts, and the `?next=` to post back with it. */
  form: SignInForm
}

/**
 * `useOtp()` for a sign-in page whose forms also work before the script has loaded: until
 * hydration, `state` is what the server saw (`form`, from `auth.signInLoader`: the step, the
 * email, the attempts and the error the last plain post left; core's `shownOtp`), so the
 * server's markup and the hydrating render agree; from then on, the page's own flow, which has
 * taken that flow over (and which "change email" really resets).
 *
 * @example
 * const { state, form, sendOtp } = useSignInForm(loaderData.form)
 * <form method="post" action={form.actions.send} onSubmit={...}>
 */
export function useSignInForm(form: SignInForm): UseSignInFormResult {
  const otp = useOtp()
  const live = useHydrated()
  return { ...otp, state: live ? otp.state : shownOtp(otp.state, form), form }
}
