'use client'
import { useAuth, useHealth, useSession } from '@auth-state/react'
import Link from 'next/link'
import { type FormEvent, useEffect, useState } from 'react'

export function Header() {
  const auth = useAuth()
  const session = useSession()
  const health = useHealth()
  // For the browser tests and their timings: the app has hydrated.
  useEffect(() => {
    performance.mark('example:hydrated')
  }, [])
  // The sign-out countdown: one render a second while the session is about to end.
  const [, tick] = useState(0)
  useEffect(() => {
    if (health.status !== 'ending') return
    const timer = setInterval(() => tick((n) => n + 1), 1000)
    return () => clearInterval(timer)
  }, [health.status])
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
      {(health.status === 'offline' || health.status === 'retrying') && (
        <p role="status">Offline, reconnecting…</p>
      )}
      {health.status === 'ending' && (
        <dialog open>
          You'll be signed out in {Math.max(0, Math.round((health.endsAt - Date.now()) / 1000))} s.{' '}
          {health.reason === 'idle' ? (
            <button type="button" onClick={() => auth.stayActive()}>
              Stay signed in
            </button>
          ) : (
            'Save your work and sign in again.'
          )}
        </dialog>
      )}
    </header>
  )
}
