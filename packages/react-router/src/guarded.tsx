import { whenSettled } from '@auth-state/core/server-session'
import { useAuth, useSession } from '@auth-state/react/server-session'
import { type ReactElement, useEffect } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'

/**
 * The component of a guarded layout route (whose `loader` is `auth.guard`): renders the pages
 * below it, and leaves for the sign-in page, with the path in `?next=`, as soon as the session
 * ends in this tab or another one. The server guard covers requests and navigations; this
 * covers a page already open.
 *
 * @example
 * // app/routes/guarded.tsx
 * export const loader = auth.guard
 * export default Guarded
 */
export function Guarded({ signIn = '/sign-in' }: { signIn?: string }): ReactElement {
  const auth = useAuth()
  const status = useSession((s) => s.status)
  const navigate = useNavigate()
  const { pathname, search } = useLocation()
  useEffect(() => {
    if (status !== 'unauthenticated') return
    let live = true
    // After this tab's sign-out request: the sign-in page's loader must not find the session.
    void whenSettled(auth).then(() => {
      if (live && auth.$session.get().status === 'unauthenticated')
        void navigate(`${signIn}?next=${encodeURIComponent(pathname + search)}`, { replace: true })
    })
    return () => {
      live = false
    }
  }, [auth, status, navigate, pathname, search, signIn])
  return <Outlet />
}
