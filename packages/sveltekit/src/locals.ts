import type {
  AuthServer,
  ServerFetchOptions,
  ServerFetchResult,
  SessionView,
  StandardSchemaV1,
} from '@auth-state/server'

/** What `handleAuth` puts in `event.locals` for every request outside the auth handler's path. */
export interface AuthLocals {
  /**
   * The request's verified session: read from the sealed cookie and the session store, refreshed
   * first when the token was due. Never a token. A forged or expired cookie reads as
   * `unauthenticated`.
   */
  session: SessionView
  /**
   * Calls the API as this request's user (the session's headers, a refresh when due, one replay
   * after a 401), unwraps the envelope and validates `data` with `schema`. When there is no
   * session or it ends under this call (`unauthenticated`, `session_expired`), it throws
   * SvelteKit's redirect to the sign-in page with this path in `?next=`; any other failure
   * rejects with an `AuthError` (`invalid_response`, `network`, ...).
   *
   * @example
   * export const load = async ({ locals }) => ({
   *   account: await locals.fetch('/network/v1/account', { schema: Account }),
   * })
   */
  fetch<S extends StandardSchemaV1 | undefined = undefined>(
    path: string,
    options?: ServerFetchOptions<S>,
  ): Promise<ServerFetchResult<S>>
  /**
   * The app's `@auth-state/server` instance, for the rest of its API (`guard`, `signInForm`,
   * `pages`, `getSession`); each takes `event.request`.
   */
  auth: AuthServer
}

// Importing this package types `event.locals` in the whole app, as adapters type `App.Platform`:
// the app's src/app.d.ts needs no line for auth.
declare global {
  namespace App {
    // Merged with the app's own Locals, if it declares one.
    interface Locals extends AuthLocals {}
  }
}
