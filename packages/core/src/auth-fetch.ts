import type { $Fetch, FetchOptions } from 'ofetch'
import { FetchError } from 'ofetch'
import { AuthError } from './errors'
import type { Refresher } from './refresh'
import type { Credentials, Session } from './session'
import { fromFetchError } from './transport'

/** `client.fetch`: ofetch on `baseURL` with the session's headers and one replay after a 401. */
export type AuthFetch = <T = unknown>(path: string, options?: FetchOptions<'json'>) => Promise<T>

export interface AuthFetchDeps {
  raw: $Fetch
  session: Session
  refresher: Refresher
  getToken(): Promise<string | null>
  headersFor(credentials: Credentials): Record<string, string>
}

export function createAuthFetch(deps: AuthFetchDeps): AuthFetch {
  const { session } = deps

  const send = <T>(path: string, options: FetchOptions<'json'>, credentials: Credentials) => {
    const headers = new Headers(options.headers as HeadersInit | undefined)
    for (const [name, value] of Object.entries(deps.headersFor(credentials)))
      headers.set(name, value)
    return deps.raw<T>(path, { ...options, headers })
  }

  return async function authFetch<T>(path: string, options: FetchOptions<'json'> = {}) {
    const method = options.method ?? 'GET'
    const signedOut = () => new AuthError('unauthenticated', `[${method}] ${path}: not signed in`)
    const token = await deps.getToken()
    const credentials = session.credentials
    if (!token || !credentials) throw signedOut()
    const generation = session.generation
    try {
      return await send<T>(path, options, { ...credentials, token })
    } catch (error) {
      if (!(error instanceof FetchError && error.response?.status === 401))
        throw fromFetchError(error, method, path)
    }
    // 401: wait for one shared refresh (unless another caller already rotated), replay once.
    if (session.generation !== generation) throw signedOut()
    if (session.credentials?.token === token) await deps.refresher.refresh()
    const current = session.credentials
    if (!current || session.generation !== generation) throw signedOut()
    try {
      return await send<T>(path, options, current)
    } catch (error) {
      throw fromFetchError(error, method, path)
    }
  }
}
