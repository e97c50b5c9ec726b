import { readSession } from '@auth-state/core/server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { AccountView } from './account-view'

export default async function AccountPage() {
  // Guarded on the server: without a session cookie, a redirect before any HTML.
  if (readSession(await headers()).status !== 'authenticated') redirect('/sign-in?next=%2Faccount')
  return <AccountView />
}
