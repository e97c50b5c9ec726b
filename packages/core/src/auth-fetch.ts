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
  /** Synchronous with synchronous storage: makes the session agree with other tabs. */
  sync(): unknown
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
    if (!(await deps.getToken())) throw signedOut()
    // Taken right before each send, after a last look at storage, so that no request leaves
    // with a token that a sign-out or a rotation in another tab has retired meanwhile.
    let generation: number | undefined
    const current = () => {
      deps.sync()
      const c = session.credentials
      if (!c || (generation !== undefined && session.generation !== generation)) throw signedOut()
      generation = session.generation
      return c
    }
    const first = current()
    try {
      return await send<T>(path, options, first)
    } catch (error) {
      if (!(error instanceof FetchError && error.response?.status === 401))
        throw fromFetchError(error, method, path)
    }
    // 401: wait for one shared refresh (unless another caller already rotated), replay once.
    if (session.credentials?.token === first.token) await deps.refresher.refresh()
    const second = current()
    try {
      return await send<T>(path, options, second)
    } catch (error) {
      throw fromFetchError(error, method, path)
    }
  }
}
