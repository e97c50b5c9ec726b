import Link from 'next/link'

export default function Home() {
  return (
    <>
      <h1>auth-state with Next.js</h1>
      <p>
        The header above was rendered on the server from the session cookie.{' '}
        <Link href="/account" prefetch={false}>
          Your account
        </Link>{' '}
        is guarded on the server.
      </p>
    </>
  )
}
