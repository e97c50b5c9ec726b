import { auth } from '../../auth'

// Guarded by proxy.ts.
export const instant = false

export default async function SettingsPage() {
  const session = await auth.session()
  return (
    <>
      <h1>Settings</h1>
      <p>Signed in as {session.status === 'authenticated' ? session.email : '…'}.</p>
    </>
  )
}
