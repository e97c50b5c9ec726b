import { useAuth, useSession } from '@auth-state/react'
import { useEffect } from 'react'
import { Link } from 'react-router'

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
        <Link to="/">Home</Link> <Link to="/account">Account</Link>{' '}
        <Link to="/settings">Settings</Link>
      </nav>
      {session.status === 'authenticated' && (
        <p>
          <strong>{session.email}</strong> <code>{session.organizationId}</code>{' '}
          <button type="button" onClick={() => auth.logout()}>
            Sign out
          </button>
        </p>
      )}
      {session.status === 'unauthenticated' && <Link to="/sign-in">Sign in</Link>}
      {session.status === 'unauthenticated' && session.reason === 'expired' && (
        <p role="alert">Session expired. Please sign in again.</p>
      )}
    </header>
  )
}
