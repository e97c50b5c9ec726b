import { SignInForm } from './sign-in-form'

// It reads ?next= from the request, so it renders per request (Cache Components' dev checks
// report a page reading searchParams outside <Suspense> otherwise, whatever the layout says).
export const instant = false

type Props = { searchParams: Promise<{ next?: string | string[] }> }

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm next={next} />
    </>
  )
}
