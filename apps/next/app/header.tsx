'use client'
import { useAuth, useSession } from '@auth-state/react'
import Link from 'next/link'
import { useEffect } from 'react'

export function Header() {
  const auth = useAuth()
  const session = useSession()
  // For the browser tests and their timings: the app has hydrated.
  useEffect(() => {
    performance.mark('example:hydrated')
  }, [])

  return (
    <header>
      <nav>
        <Link href="/">Home</Link>
        <Link href="/account" prefetch={false}>
          Account
        </Link>
      </nav>
      {session.status === 'authenticated' && (
        <p>
          <strong>{session.email}</strong> <code>{session.organizationId}</code>{' '}
          <button type="button" onClick={() => auth.logout()}>
            Sign out
          </button>
        </p>
      )}
      {session.status === 'unauthenticated' && <Link href="/sign-in">Sign in</Link>}
      {session.status === 'unauthenticated' && session.reason === 'expired' && (
        <p role="alert">Your session expired. Please sign in again.</p>
      )}
    </header>
  )
}
