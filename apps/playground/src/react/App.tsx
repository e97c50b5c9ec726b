import { useSession } from '@auth-state/react'
import { SessionBanner } from './SessionBanner'
import { SessionCard } from './SessionCard'
import { SignIn } from './SignIn'

export function App() {
  const session = useSession()
  if (session.status === 'loading') return <p className="muted">Loading…</p>
  return session.status === 'authenticated' ? (
    <>
      <SessionBanner />
      <SessionCard session={session} />
    </>
  ) : (
    <SignIn />
  )
}
