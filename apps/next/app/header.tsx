'use client'
import { useAuth, useSession } from '@auth-state/react'
import Link from 'next/link'
import { type FormEvent, useEffect } from 'react'

export function Header() {
  const auth = useAuth()
  const session = useSession()
  // For the browser tests and their timings: the app has hydrated.
  useEffect(() => {
    performance.mark('example:hydrated')
  }, [])
  // Before hydration the form posts; after, the client signs out (every tab follows).
  const signOut = (event: FormEvent) => {
    event.preventDefault()
    auth.logout()
  }

  return (
    <header>
      <nav>
        <Link href="/">Home</Link>
        <Link href="/account" prefetch={false}>
          Account
        </Link>
        <Link href="/settings" prefetch={false}>
          Settings
        </Link>
      </nav>
      {session.status === 'authenticated' && (
        <form method="post" action="/auth/form/logout" onSubmit={signOut}>
          <strong>{session.email}</strong> <code>{session.organizationId}</code>{' '}
          <button type="submit">Sign out</button>
        </form>
      )}
      {session.status === 'unauthenticated' && <Link href="/sign-in">Sign in</Link>}
      {session.status === 'unauthenticated' && session.reason === 'expired' && (
        <p role="alert">Your session expired. Please sign in again.</p>
      )}
    </header>
  )
}
