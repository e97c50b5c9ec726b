import { useSession } from '@auth-state/react'

export { guardLoader as loader } from '../auth.server'

export default function Settings() {
  const email = useSession((s) => (s.status === 'authenticated' ? s.email : null))
  return (
    <>
      <h1>Settings</h1>
      <p>Signed in as {email}.</p>
    </>
  )
}
