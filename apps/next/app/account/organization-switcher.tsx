'use client'
import { useAuth, useSession } from '@auth-state/react'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

type Organization = { id: string; name: string }

// The provider renders the server's data again once the handler has the new organization.
export function OrganizationSwitcher() {
  const auth = useAuth()
  const organizationId = useSession((s) => (s.status === 'authenticated' ? s.organizationId : ''))
  const [organizations, setOrganizations] = useState<Organization[]>([])
  useEffect(() => {
    auth.fetch<{ organizations: Organization[] }>('/network/v1/organizations').then(
      (data) => setOrganizations(data.organizations),
      () => {},
    )
  }, [auth])
  return (
    <>
      <label htmlFor="organization">Organization</label>
      <select
        id="organization"
        value={organizationId}
        onChange={(event) => auth.setOrganization(event.target.value)}
      >
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </>
  )
}

// A data call from the page (through /auth/api), then the server's render again.
export function ReloadButton() {
  const auth = useAuth()
  const router = useRouter()
  const reload = () =>
    auth.fetch('/network/v1/account').then(
      () => router.refresh(),
      () => {},
    )
  return (
    <button type="button" onClick={reload}>
      Reload
    </button>
  )
}
