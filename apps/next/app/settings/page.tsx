'use client'
import { useSession } from '@auth-state/react'

// Guarded by proxy.ts.
export default function SettingsPage() {
  const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
  return (
    <>
      <h1>Settings</h1>
      <p>Signed in as {email}.</p>
    </>
  )
}
