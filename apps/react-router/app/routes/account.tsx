import { useAuth, useSession } from '@auth-state/react'
import { useRevalidator } from 'react-router'
import * as z from 'zod'
import { auth } from '../auth.server'
import type { Route } from './+types/account'

const Account = z.object({ organizationName: z.string(), accountId: z.string() })
const Organizations = z.object({
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
})

export const loader = async ({ request }: Route.LoaderArgs) => ({
  account: await auth.fetch(request, '/network/v1/account', { schema: Account }),
  ...(await auth.fetch(request, '/network/v1/organizations', { schema: Organizations })),
})

export default function AccountPage({ loaderData }: Route.ComponentProps) {
  const { account, organizations } = loaderData
  const client = useAuth()
  const organizationId = useSession((s) => (s.status === 'authenticated' ? s.organizationId : ''))
  const { revalidate } = useRevalidator()
  return (
    <>
      <h1>Account</h1>
      <dl>
        <dt>Organization name</dt>
        <dd>{account.organizationName}</dd>
        <dt>Account</dt>
        <dd>{account.accountId}</dd>
      </dl>
      <label htmlFor="organization">Organization</label>
      <select
        id="organization"
        value={organizationId}
        onChange={(event) => client.setOrganization(event.target.value)}
      >
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => revalidate()}>
        Reload
      </button>
    </>
  )
}
