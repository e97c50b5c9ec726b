import { z } from 'zod'
import { auth } from '../../auth'
import { OrganizationSwitcher, ReloadButton } from './organization-switcher'

const Account = z.object({ email: z.string(), accountId: z.string(), organizationName: z.string() })

// Reads the request: no static shell for Cache Components to prerender.
export const instant = false

// Guarded by proxy.ts; the data is loaded here, on the server, so the first HTML has it.
export default async function AccountPage() {
  const account = await auth.fetch('/network/v1/account', { schema: Account })
  return (
    <>
      <h1>Account</h1>
      <dl>
        <dt>Email</dt>
        <dd>{account.email}</dd>
        <dt>Organization name</dt>
        <dd>{account.organizationName}</dd>
        <dt>Account</dt>
        <dd>{account.accountId}</dd>
      </dl>
      <OrganizationSwitcher />
      <ReloadButton />
    </>
  )
}
