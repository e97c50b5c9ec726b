// `@auth-state/core/server`: what a server render needs. No browser globals, no storage, no timers.
export type { SessionState, SignOutReason } from '../session'
export type { ReadSessionOptions, SessionInput } from './read-session'
export { readSession, readToken } from './read-session'
