// `@auth-state/core/server`: what a server render needs. No browser globals, no storage, no timers.

// For @auth-state/server: the capped body reader the browser transport uses, for upstream
// responses and the handler's own requests (internal: not part of the documented API).
export { readCapped } from '../body'
// For @auth-state/server: the one AuthError class (a shared chunk, so `instanceof` holds across
// entries) and the default header mapping, without the browser client.
export type { AuthErrorCode, AuthErrorOptions } from '../errors'
export { AuthError } from '../errors'
export type { AuthHeadersContext } from '../options'
export { defaultAuthHeaders } from '../options'
// For guards and sign-in redirects on the server: the same check as the browser's.
export { safeRedirect } from '../redirect'
export type { SessionState, SignOutReason } from '../session'
export type { ReadSessionOptions, SessionInput } from './read-session'
export { readSession, readToken } from './read-session'
