import type { SessionView, SignInForm } from '@auth-state/server'

/** What the server hands the browser's provider: plain data, no token. */
export interface NextAuthState {
  /** The request's verified session. */
  session: SessionView
  /** What the sign-in form renders before its script has loaded (`useSignInForm()`). */
  signIn: SignInForm
}
