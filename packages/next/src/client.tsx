import type { SessionState } from '@auth-state/core'
import {
  type AuthClient,
  createServerSessionClient,
  type ServerSessionOptions,
  sessionStateOf,
  whenSettled,
} from '@auth-state/core/server-session'
import { AuthProvider } from '@auth-state/react/server-session'
import { useRouter } from 'next/navigation'
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { NextAuthState } from './state'

let tab: AuthClient | undefined

/** The tab's one client in the browser; on the server, an inert one per render. */
function clientOf(options: ServerSessionOptions): AuthClient {
  if (typeof window === 'undefined') return createServerSessionClient({ ...options, ssr: true })
  tab ??= createServerSessionClient(options)
  return tab
}

/** The tab's server-session client outside React (a handler, a test); null before the provider. */
export const currentAuthClient = (): AuthClient | null => tab ?? null

/** Who and where: what the server renders differently. */
const keyOf = (state: SessionState) =>
  state.status === 'authenticated'
    ? `in ${state.email} ${state.organizationId} ${state.accountId}`
    : state.status

const SignInContext = createContext<NextAuthState['signIn'] | null>(null)

/**
 * What the sign-in form renders before its script has loaded: the step, email and error the last
 * plain form post left, the safe `?next=`, and the form actions. Hand `posted` to core's
 * `shownOtp(state, posted)`.
 */
export function useSignInForm(): NextAuthState['signIn'] {
  const form = useContext(SignInContext)
  if (!form) throw new Error('@auth-state/next: useSignInForm() needs <AuthStateProvider state>')
  return form
}

export interface AuthStateProviderProps {
  /** What the server rendered with: `await auth.state()` in the root layout. */
  state: NextAuthState
  /** The client's options (`path` where the handler is not at `/auth`). */
  options?: ServerSessionOptions
  children?: ReactNode
}

/**
 * The root layout's provider (`<AuthStateProvider state={await auth.state()}>`): `useSession`, `useOtp`, `useAuth` and the gates of
 * `@auth-state/react` below it, on the tab's server-session client, first rendered with the
 * server's session (no flash, no hydration mismatch). When the session changes in any tab (a
 * sign-in or sign-out, an expiry, an organization or account switch) it refreshes the route once
 * the handler has the change: server components render again with the new session and data, and
 * the proxy step sends a signed-out tab away from a guarded page.
 */
export function AuthStateProvider({ state, options, children }: AuthStateProviderProps) {
  const { session } = state
  const [client] = useState(() => clientOf(options ?? {}))
  const router = useRouter()
  const initial = useMemo(() => sessionStateOf(session), [session])
  // What the server last rendered (each render of this provider brings the server's session).
  const rendered = useRef(keyOf(initial))
  rendered.current = keyOf(initial)
  useEffect(() => {
    let running = false
    return client.$session.listen((state) => {
      if (running || state.status === 'loading' || keyOf(state) === rendered.current) return
      running = true
      void (async () => {
        await whenSettled(client)
        // A refresh can still find the old session on the server: a sign-out in another tab
        // (or this one) whose request has not reached the handler yet. Ask again, backing off,
        // until the server renders what this tab shows.
        for (let wait = 100; wait <= 3200; wait *= 2) {
          const shown = client.$session.get()
          if (shown.status === 'loading' || keyOf(shown) === rendered.current) break
          router.refresh()
          await new Promise((resolve) => setTimeout(resolve, wait))
        }
        running = false
      })()
    })
  }, [client, router])
  return (
    <AuthProvider client={client} initialSession={initial}>
      <SignInContext value={state.signIn}>{children}</SignInContext>
    </AuthProvider>
  )
}
