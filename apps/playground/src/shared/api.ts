// The two protected routes of the dev server, called through `auth.fetch`: it adds the
// auth-token and organization-id headers, refreshes and replays once after a 401, and unwraps
// the API's `{ status, data, message }` envelope to `data`.
import type { AuthClient, SessionState } from '@auth-state/core'

/** The signed-in branch of SessionState: what the session cards receive. */
export type SignedIn = Extract<SessionState, { status: 'authenticated' }>

export interface Organization {
  id: string
  name: string
}

export interface Account {
  email: string
  organizationId: string
  accountId: string
  organizationName: string
}

export async function fetchOrganizations(auth: AuthClient): Promise<Organization[]> {
  const data = await auth.fetch<{ organizations: Organization[] }>('/network/v1/organizations')
  return data.organizations
}

export async function fetchAccount(auth: AuthClient): Promise<Account> {
  return auth.fetch<Account>('/network/v1/account')
}

/** An error as one line for the screen. Core's errors never carry a token or a code. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
