// `@auth-state/sveltekit`: server sessions in SvelteKit (server side; the browser's is ./client).
export type { AuthServer, SessionView, SignInForm } from '@auth-state/server'
export { type HandleAuthOptions, handleAuth } from './handle'
export {
  type LoadSessionOptions,
  loadSession,
  type SessionData,
  type SessionLoadEvent,
} from './load-session'
export type { AuthLocals } from './locals'
