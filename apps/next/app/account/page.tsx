'use client'
import { SignedIn, SignedOut, useAuth, useSession } from '@auth-state/react'
import Link from 'next/link'
import { useCallback, useEffect, useState } from 'react'

interface Account {
  email: string
  organizationId: string
  accountId: string
  organizationName: string
}
interface Organization {
  id: string
  name: string
}

export default function AccountPage() {
  const auth = useAuth()
  const session = useSession()
  const organizationId = session.status === 'authenticated' ? session.organizationId : null
  const [account, setAccount] = useState<Account | null>(null)
  const [organizations, setOrganizations] = useState<Organization[]>([])
  const [error, setError] = useState<string | null>(null)

  // Typed data calls: auth.fetch adds the auth headers and resolves to the envelope's data.
  const load = useCallback(() => {
    auth.fetch<Account>('/network/v1/account').then(setAccount, (e: Error) => setError(e.message))
  }, [auth])
  useEffect(() => {
    if (!organizationId) return
    load()
    auth.fetch<{ organizations: Organization[] }>('/network/v1/organizations').then(
      (data) => setOrganizations(data.organizations),
      () => {},
    )
  }, [auth, organizationId, load])

  return (
    <>
      <h1>Account</h1>
      <SignedIn>
        <dl>
          <dt>Email</dt>
          <dd>{session.status === 'authenticated' && session.email}</dd>
          <dt>Organization name</dt>
          <dd>{account?.organizationName ?? '…'}</dd>
          <dt>Account</dt>
          <dd>{account?.accountId ?? '…'}</dd>
        </dl>
        <label htmlFor="organization">Organization</label>
        <select
          id="organization"
          value={organizationId ?? ''}
          onChange={(event) => auth.setOrganization(event.target.value)}
        >
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={load}>
          Reload
        </button>
        {error && <p>{error}</p>}
      </SignedIn>
      <SignedOut>
        <p>
          You are signed out. <Link href="/sign-in?next=%2Faccount">Sign in</Link>
        </p>
      </SignedOut>
    </>
  )
}
