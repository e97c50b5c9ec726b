import { SignInForm } from './sign-in-form'

// A signed-in visitor never gets here: proxy.ts sends them to ?next= or /account.
export default function SignInPage() {
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm />
    </>
  )
}
