import { SignInForm } from './sign-in-form'

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
