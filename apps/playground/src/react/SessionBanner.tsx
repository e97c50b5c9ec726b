import { useAuth, useHealth } from '@auth-state/react'
import { useEffect, useState } from 'react'

// The recipe from the core README's "Session health": an "offline, reconnecting…" line and a
// "Stay signed in" dialog before the idle timeout signs everyone out.
export function SessionBanner() {
  const auth = useAuth()
  const health = useHealth()
  const endsAt = health.status === 'ending' && health.reason === 'idle' ? health.endsAt : null
  const seconds = useSecondsUntil(endsAt)
  if (health.status === 'offline') return <p role="status">Offline, reconnecting…</p>
  if (endsAt === null) return null
  return (
    <div role="alertdialog" aria-label="Session ending">
      <p>You'll be signed out in {seconds} s.</p>
      <button type="button" onClick={() => auth.stayActive()}>
        Stay signed in
      </button>
    </div>
  )
}

// Ticks once a second while there is an end to count down to.
function useSecondsUntil(at: number | null): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    if (at === null) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [at])
  return at === null ? 0 : Math.max(0, Math.round((at - now) / 1000))
}
