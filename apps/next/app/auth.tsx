'use client'
import { createAuthClient, type SessionState } from '@auth-state/core'
import { AuthProvider } from '@auth-state/react'
import { type ReactNode, useState } from 'react'

type Props = { apiURL: string; session: SessionState; children: ReactNode }

export function Auth({ apiURL, session, children }: Props) {
  // One client per browser tab (and an inert one per server render): never module state.
  const [auth] = useState(() => createAuthClient({ baseURL: apiURL, cookie: true }))
  return (
    <AuthProvider client={auth} initialSession={session}>
      {children}
    </AuthProvider>
  )
}
