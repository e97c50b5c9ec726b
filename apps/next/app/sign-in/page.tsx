import { auth } from '../../auth'
import { SignInForm } from './sign-in-form'

// A signed-in visitor never gets here (proxy.ts sends them to ?next= or /account).
export const instant = false

type Props = { searchParams: Promise<{ next?: string | string[] }> }

export default async function SignInPage({ searchParams }: Props) {
  const form = await auth.signInForm((await searchParams).next)
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm form={form} />
    </>
  )
}
