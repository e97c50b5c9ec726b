import type { AuthClient } from '@auth-state/core'
import {
  createServerSessionClient,
  type ServerSessionOptions,
} from '@auth-state/core/server-session'

let tab: AuthClient | undefined

/**
 * The tab's auth client: a server-session client talking to the handler at `/auth`. The first
 * call in a tab creates it (with `options`); every later call, from `<AuthProvider>`, a
 * component or a `clientLoader` (which has no React context), returns that same client. On the
 * server (no `window`) every call makes a new inert one, since a client shared by a server's
 * requests would mix up their people.
 *
 * @example
 * export async function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
 *   const auth = authClient()
 *   ...
 * }
 */
export function authClient(options?: ServerSessionOptions): AuthClient {
  if (typeof window === 'undefined') return createServerSessionClient({ ...options, ssr: true })
  tab ??= createServerSessionClient(options)
  return tab
}
